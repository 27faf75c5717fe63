// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlereaderview.h"
#include "commandline.h"
#include "ingestcontroller.h"
#include "mainwindow.h"
#include "memoryexplorersource.h"
#include "screenshotrenderer.h"
#include "windowsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace {

bool hasArgument(int argc, char *argv[], const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0 || std::strncmp(argv[i], name, std::strlen(name)) == 0)
            return true;
    }
    return false;
}

// The window's own options; the command line's commands never get here.
int runWindow(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("DealScope explorer window"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("FILE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Render to a PNG and quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("View to render: %1.")
                                      .arg(DealScope::ScreenshotRenderer::viewNames().join(QStringLiteral(", "))),
                                  QStringLiteral("VIEW"), QStringLiteral("explorer"));
    parser.addOptions({db, screenshot, view});
    QTextStream err(stderr);
    if (!parser.parse(app.arguments())) {
        err << "dealscope: " << parser.errorText() << '\n';
        return 2;
    }

    DealScope::MemoryExplorerSource *source = DealScope::MemoryExplorerSource::fromBundledCorpus(&app);
    if (parser.isSet(db))
        source->setLocation(QObject::tr("%1 (not read yet: showing the bundled sample)").arg(parser.value(db)));

    if (parser.isSet(screenshot)) {
        DealScope::MainWindow window(source, nullptr);
        DealScope::ScreenshotRenderer renderer(&window);
        QString error;
        if (!renderer.render(parser.value(view), parser.value(screenshot), &error)) {
            err << "dealscope: " << error << '\n';
            return 2;
        }
        return 0;
    }

    DealScope::WindowSettings settings;
    DealScope::MainWindow window(source, &settings);
    DealScope::IngestController ingest([source](const QList<DealScope::ArticleExtraction> &articles) {
        source->addArticles(articles);
    });
    window.setIngestController(&ingest);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const DealScope::CommandLine commandLine(arguments);
    if (commandLine.isCommand()) {
        // The scriptable twin needs no display.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("dealscope"));
        return commandLine.run();
    }

    // A screenshot never shows a window: without a display, render offscreen.
    if (hasArgument(argc, argv, "--screenshot") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Both must happen before the QApplication exists.
    DealScope::ArticleReaderView::prepareApplication();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dealscope"));
    QApplication::setOrganizationName(QStringLiteral("DealScope"));
    return runWindow(app);
}
