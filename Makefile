# DealScope: the two commands of the README, and a few more for developers.
#   make run    install what is missing, build, open the explorer
#   make test   install what is missing, build, run the whole CTest suite headless
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)

DEBIAN_PACKAGES = cmake ninja-build g++ make pkg-config python3 \
	qt6-base-dev qt6-charts-dev qt6-webengine-dev qt6-svg-dev libqt6sql6-sqlite \
	qt6-tools-dev qt6-tools-dev-tools libgl1-mesa-dev libsqlite3-dev sqlite3 \
	libgumbo-dev libzstd-dev libssl-dev libgraphviz-dev xvfb xauth fonts-dejavu-core

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
HEADLESS_ENV := QT_QPA_PLATFORM=offscreen $(shell [ "$$(id -u)" -eq 0 ] && echo QTWEBENGINE_DISABLE_SANDBOX=1)

.PHONY: all deps configure build run test bench package clean

all: build

deps:
	@missing=""; \
	for p in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing missing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(BUILD_DIR)/build.ninja: CMakeLists.txt | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

SCREENSHOT_DIR ?= screenshots

run: build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(shell [ "$$(id -u)" -eq 0 ] && echo QTWEBENGINE_DISABLE_SANDBOX=1) $(BUILD_DIR)/app/dealscope; \
	else \
		echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open."; \
		echo "Writing a screenshot of every view to $(SCREENSHOT_DIR)/ instead:"; \
		mkdir -p $(SCREENSHOT_DIR); \
		if $(HEADLESS_ENV) $(BUILD_DIR)/app/dealscope --screenshot-all $(SCREENSHOT_DIR) 2> $(SCREENSHOT_DIR)/dealscope.log; then \
			ls -1 $(SCREENSHOT_DIR)/*.png; \
		else \
			cat $(SCREENSHOT_DIR)/dealscope.log; exit 1; \
		fi; \
	fi

test: build
	cd $(BUILD_DIR) && $(HEADLESS_ENV) ctest --output-on-failure --parallel $(JOBS) --timeout 600

bench: build
	@for b in $(BUILD_DIR)/tests/bench_*; do [ -x "$$b" ] && { echo "== $$b"; $$b; }; done

package: build
	cd $(BUILD_DIR) && cpack

clean:
	rm -rf $(BUILD_DIR)
