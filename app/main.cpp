// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlereaderview.h"
#include "commandline.h"
#include "ingestcontroller.h"
#include "mainwindow.h"
#include "databaseexplorersource.h"
#include "screenshotrenderer.h"
#include "windowsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
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
    const QCommandLineOption screenshotAll(QStringLiteral("screenshot-all"),
                                           QStringLiteral("Render every view to DIR/VIEW.png and quit."),
                                           QStringLiteral("DIR"));
    parser.addOptions({db, screenshot, view, screenshotAll});
    QTextStream err(stderr);
    if (!parser.parse(app.arguments())) {
        err << "dealscope: " << parser.errorText() << '\n';
        return 2;
    }

    auto *source = new DealScope::DatabaseExplorerSource(&app);
    QString error;
    if (!source->open(parser.value(db), &error)) {
        err << "dealscope: " << error << '\n';
        return 2;
    }

    if (parser.isSet(screenshot) || parser.isSet(screenshotAll)) {
        QList<QPair<QString, QString>> shots; // view, file
        if (parser.isSet(screenshot))
            shots.append({parser.value(view), parser.value(screenshot)});
        if (parser.isSet(screenshotAll)) {
            const QDir dir(parser.value(screenshotAll));
            if (!QDir().mkpath(dir.path())) {
                err << "dealscope: cannot create " << dir.path() << '\n';
                return 2;
            }
            for (const QString &name : DealScope::ScreenshotRenderer::viewNames())
                shots.append({name, dir.filePath(name + QStringLiteral(".png"))});
        }
        for (const auto &[name, file] : std::as_const(shots)) {
            // A fresh window per view, so each starts from the same state.
            DealScope::MainWindow window(source, nullptr);
            DealScope::ScreenshotRenderer renderer(&window);
            if (!renderer.render(name, file, &error)) {
                err << "dealscope: " << error << '\n';
                return 2;
            }
        }
        return 0;
    }

    DealScope::WindowSettings settings;
    DealScope::MainWindow window(source, &settings);
    DealScope::IngestController ingest(source->databasePath());
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
