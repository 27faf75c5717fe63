// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "selection.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QListWidget;
class QProgressBar;
class QToolButton;

namespace DealScope {

class ArticleReaderView;
class EntityBrowserView;
class EventBrowserView;
class ExplorerSource;
class FactPanelView;
class IngestController;
class SearchView;
class SelectionHub;
class WindowSettings;

// Composes DealScope's views around one shared selection; holds no logic of
// its own beyond menus, docks and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `settings` may be null (nothing remembered); neither is owned.
    MainWindow(ExplorerSource *source, WindowSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    SelectionHub *hub() const { return m_hub; }
    ExplorerSource *source() const { return m_source; }
    ArticleReaderView *reader() const { return m_reader; }
    FactPanelView *factPanel() const { return m_facts; }
    SearchView *searchView() const { return m_search; }
    EntityBrowserView *entityBrowser() const { return m_entities; }
    EventBrowserView *eventBrowser() const { return m_events; }
    QDockWidget *eventsDock() const { return m_eventsDock; }

    // Opening and dropping files ingests through `controller` (not owned).
    void setIngestController(IngestController *controller);

    // A slot for the views of later issues (timeline, graph, charts).
    QDockWidget *addViewDock(const QString &objectName, const QString &title, QWidget *view,
                             Qt::DockWidgetArea area, bool visible = true);

signals:
    void openRequested(const QStringList &paths); // File → Open, drag and drop

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void updateCounts();
    void showWork(const QString &what); // a source's background work: busy bar and what it does
    void showSelection(const Selection &selection);
    void openFiles();
    void openFolder();

    ExplorerSource *m_source;
    WindowSettings *m_settings;
    SelectionHub *m_hub;
    EntityBrowserView *m_entities;
    EventBrowserView *m_events;
    FactPanelView *m_facts;
    ArticleReaderView *m_reader;
    SearchView *m_search;
    QDockWidget *m_entitiesDock;
    QDockWidget *m_eventsDock;
    QDockWidget *m_searchDock;
    QDockWidget *m_readerDock;
    QLabel *m_databaseLabel;
    QLabel *m_countsLabel;
    QLabel *m_selectionLabel;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_workLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QListWidget *m_rejected;
    QDockWidget *m_rejectedDock;
    QList<QDockWidget *> m_laterDocks; // timeline, graph, charts: placeholders for now
};

} // namespace DealScope
