// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>

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
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dealscope"));
    DealScope::MainWindow window;
    window.show();
    return app.exec();
}
