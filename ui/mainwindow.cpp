// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "articlereader.h"
#include "articlereaderview.h"
#include "entitybrowserview.h"
#include "eventbrowserview.h"
#include "explorersource.h"
#include "factpanelview.h"
#include "ingestcontroller.h"
#include "searchview.h"
#include "selectionhub.h"
#include "windowsettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QToolButton>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>
#include <QToolBar>

namespace DealScope {

MainWindow::MainWindow(ExplorerSource *source, WindowSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_source(source)
    , m_settings(settings)
    , m_hub(new SelectionHub(this))
    , m_entities(new EntityBrowserView(source, m_hub))
    , m_events(new EventBrowserView(source, m_hub))
    , m_facts(new FactPanelView(source, m_hub))
    , m_reader(new ArticleReaderView(source, m_hub))
    , m_search(new SearchView(source, m_hub))
    , m_databaseLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_selectionLabel(new QLabel(this))
    , m_workLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_rejected(new QListWidget)
{
    setWindowTitle(tr("DealScope"));
    setObjectName(QStringLiteral("DealScopeMainWindow"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    setCentralWidget(m_facts);
    m_entitiesDock = addViewDock(QStringLiteral("entities"), tr("Entities"), m_entities, Qt::LeftDockWidgetArea);
    // Deals share the entities' place, a tab away.
    m_eventsDock = addViewDock(QStringLiteral("deals"), tr("Deals"), m_events, Qt::LeftDockWidgetArea);
    tabifyDockWidget(m_entitiesDock, m_eventsDock);
    m_entitiesDock->raise();
    // The deals are built when their tab is first opened: building them reads
    // every fact, which a window that never shows them need not pay for.
    connect(m_eventsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_source->requestEvents();
    });
    m_searchDock = addViewDock(QStringLiteral("search"), tr("Search"), m_search, Qt::LeftDockWidgetArea);
    m_readerDock = addViewDock(QStringLiteral("reader"), tr("Reader"), m_reader, Qt::RightDockWidgetArea);
    m_rejectedDock = addViewDock(QStringLiteral("rejected"), tr("Rejected Files"), m_rejected,
                                 Qt::BottomDockWidgetArea, false);
    // Slots for the timeline, graph and charts of the next issues: tabbed
    // below the panel, hidden until the View menu shows them.
    QDockWidget *previous = nullptr;
    for (const auto &[name, title] : {std::pair{QStringLiteral("timeline"), tr("Timeline")},
                                      std::pair{QStringLiteral("graph"), tr("Stake Graph")},
                                      std::pair{QStringLiteral("charts"), tr("Charts")}}) {
        auto *placeholder = new QLabel(tr("The %1 view is not built yet.").arg(title.toLower()));
        placeholder->setAlignment(Qt::AlignCenter);
        placeholder->setEnabled(false);
        QDockWidget *dock = addViewDock(name, title, placeholder, Qt::BottomDockWidgetArea, false);
        if (previous)
            tabifyDockWidget(previous, dock);
        previous = dock;
        m_laterDocks.append(dock);
    }
    resizeDocks({m_entitiesDock, m_readerDock}, {290, 540}, Qt::Horizontal);
    resizeDocks({m_entitiesDock, m_searchDock}, {520, 300}, Qt::Vertical);

    createMenus();

    m_selectionLabel->setTextFormat(Qt::PlainText);
    m_selectionLabel->setMinimumWidth(200);
    statusBar()->addWidget(m_selectionLabel, 1);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the import; nothing of it is kept"));
    m_cancel->hide();
    m_workLabel->hide();
    statusBar()->addPermanentWidget(m_workLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_databaseLabel->setText(tr("Database: %1").arg(source->location()));
    m_databaseLabel->setToolTip(source->location());
    connect(m_hub, &SelectionHub::selectionChanged, this, &MainWindow::showSelection);
    connect(source, &ExplorerSource::contentChanged, this, &MainWindow::updateCounts);
    connect(source, &ExplorerSource::summariesReady, this, &MainWindow::updateCounts);
    connect(source, &ExplorerSource::workStarted, this, &MainWindow::showWork);
    connect(source, &ExplorerSource::workFinished, this, [this](const QString &message) {
        m_workLabel->hide();
        if (m_cancel->isHidden())
            m_progress->hide();
        statusBar()->showMessage(message, 8000);
    });
    if (!source->backgroundWork().isEmpty())
        showWork(source->backgroundWork());
    updateCounts();
    showSelection(m_hub->current());

    resize(1440, 900);
    if (m_settings)
        m_settings->restoreWindow(this);
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addViewDock(const QString &objectName, const QString &title, QWidget *view,
                                     Qt::DockWidgetArea area, bool visible)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() finds docks by name
    dock->setWidget(view);
    addDockWidget(area, dock);
    dock->setVisible(visible);
    if (m_viewMenu)
        m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::setIngestController(IngestController *controller)
{
    connect(this, &MainWindow::openRequested, controller, &IngestController::start);
    connect(m_cancel, &QToolButton::clicked, controller, &IngestController::cancel);
    connect(controller, &IngestController::started, this, [this] {
        m_progress->setRange(0, 0); // busy until the first count arrives
        m_progress->show();
        m_cancel->show();
        m_cancel->setEnabled(true);
        statusBar()->showMessage(tr("Importing…"));
    });
    connect(m_cancel, &QToolButton::clicked, this, [this] { m_cancel->setEnabled(false); });
    connect(controller, &IngestController::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
    });
    connect(controller, &IngestController::finished, this, [this, controller](int stored, bool completed) {
        m_cancel->hide();
        if (m_workLabel->isHidden())
            m_progress->hide();
        else
            m_progress->setRange(0, 0); // the source's own work goes on
        if (stored > 0)
            m_source->reload();
        if (completed)
            statusBar()->showMessage(tr("%n article(s) added", nullptr, stored), 8000);
        else if (controller->lastRunCancelled())
            statusBar()->showMessage(tr("Import cancelled; nothing was added"), 8000);
        else
            statusBar()->showMessage(tr("Import failed; nothing was added: %1").arg(controller->lastError()));
        m_rejected->clear();
        for (const IngestController::Rejection &r : controller->rejected())
            m_rejected->addItem(tr("%1 — %2").arg(r.path, r.reason));
        if (m_rejected->count() > 0)
            m_rejectedDock->show();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Articles…"), this, &MainWindow::openFiles);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Folder…"), this, &MainWindow::openFolder);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_hub->backAction());
    go->addAction(m_hub->forwardAction());
    go->addSeparator();
    QAction *find = go->addAction(tr("&Search Articles"), this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_search->focusField();
    });
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_K)});
    find->setShortcutContext(Qt::WindowShortcut);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : {m_entitiesDock, m_eventsDock, m_searchDock, m_readerDock, m_rejectedDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : std::as_const(m_laterDocks))
        m_viewMenu->addAction(dock->toggleViewAction());

    QToolBar *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("navigation"));
    bar->setMovable(false);
    bar->addAction(m_hub->backAction());
    bar->addAction(m_hub->forwardAction());
    bar->addSeparator();
    bar->addAction(find);
}

void MainWindow::updateCounts()
{
    // The entity and fact counts may still be computed in the background: never wait for them here.
    if (!m_source->hasSummaries()) {
        m_countsLabel->setText(tr("%1 articles · counting entities and facts…").arg(m_source->articleCount()));
        return;
    }
    m_countsLabel->setText(tr("%1 articles · %2 entities · %3 facts")
                               .arg(m_source->articleCount())
                               .arg(m_source->entities().size())
                               .arg(m_source->factCount()));
}

void MainWindow::showWork(const QString &what)
{
    m_workLabel->setText(what);
    m_workLabel->show();
    if (m_cancel->isHidden()) { // an import's own progress wins
        m_progress->setRange(0, 0);
        m_progress->show();
    }
}

void MainWindow::showSelection(const Selection &selection)
{
    m_selectionLabel->setText(m_source->describe(selection));
}

void MainWindow::openFiles()
{
    const QString filter = tr("Articles (%1)").arg(QStringLiteral("*.") + ArticleReader::supportedSuffixes().join(QStringLiteral(" *.")));
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Articles"),
                                                            m_settings ? m_settings->lastOpenFolder() : QString(), filter);
    if (files.isEmpty())
        return;
    if (m_settings)
        m_settings->setLastOpenFolder(QFileInfo(files.first()).absolutePath());
    emit openRequested(files);
}

void MainWindow::openFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder"),
                                                             m_settings ? m_settings->lastOpenFolder() : QString());
    if (folder.isEmpty())
        return;
    if (m_settings)
        m_settings->setLastOpenFolder(folder);
    emit openRequested({folder});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings)
        m_settings->saveWindow(this);
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        emit openRequested(paths);
        event->acceptProposedAction();
    }
}

} // namespace DealScope
