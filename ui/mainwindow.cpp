// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QLabel>

namespace DealScope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("DealScope"));
    setCentralWidget(new QLabel(tr("The explorer is not built yet."), this));
}

} // namespace DealScope
