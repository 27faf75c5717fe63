// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotrenderer.h"

#include "articlereaderview.h"
#include "entitybrowserview.h"
#include "eventbrowserview.h"
#include "explorersource.h"
#include "factpanelview.h"
#include "facttreemodel.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "searchview.h"
#include "selectionhub.h"

#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QPixmap>
#include <QTableView>
#include <QTreeView>
#include <QDockWidget>
#include <QCoreApplication>

namespace DealScope {

namespace {

// Lets the event loop run until `done` holds or the time is up.
template<typename Predicate>
bool waitFor(Predicate done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

} // namespace

QStringList ScreenshotRenderer::viewNames()
{
    return {QStringLiteral("explorer"), QStringLiteral("reader"), QStringLiteral("figures"),
            QStringLiteral("search"), QStringLiteral("entities"), QStringLiteral("deals")};
}

ScreenshotRenderer::ScreenshotRenderer(MainWindow *window)
    : m_window(window)
{
}

void ScreenshotRenderer::prepare(const QString &view)
{
    SelectionHub *hub = m_window->hub();
    FactPanelView *panel = m_window->factPanel();

    // The entity with the most facts (the browser sorts them so).
    const QModelIndex first = m_window->entityBrowser()->table()->model()->index(0, 0);
    if (first.isValid())
        hub->select(Selection::entity(first.data().toString()));

    // Its first fact with more than one source, else its first fact: open that source.
    // Facts are read one by one, in the panel's order, until one fits.
    const ExplorerSource *source = m_window->source();
    std::optional<ExplorerSource::FactSummary> chosen;
    const QString entity = panel->entity();
    const QList<ExplorerSource::FactGroup> groups = entity.isEmpty() ? QList<ExplorerSource::FactGroup>()
                                                                     : source->factGroups(entity);
    for (const ExplorerSource::FactGroup &group : groups) {
        for (qint64 id : group.ids) {
            std::optional<ExplorerSource::FactSummary> f = source->factForList(id);
            if (!f)
                continue;
            const bool corroborated = f->sources.size() > 1;
            if (!chosen || corroborated)
                chosen = std::move(f);
            if (corroborated)
                break;
        }
        if (chosen && chosen->sources.size() > 1)
            break;
    }
    if (chosen && !chosen->sources.isEmpty() && view != QLatin1String("search")) {
        const auto &s = chosen->sources.first();
        hub->select(Selection::factMention(chosen->id, s.articleId, s.start, s.end));
    }
    if (view == QLatin1String("deals")) {
        // The entity's first deal, so the list shows a selection among its bold rows.
        m_window->eventsDock()->show();
        m_window->eventsDock()->raise();
        // Wide enough for the titles: the window's own layout keeps the dock narrow.
        m_window->resizeDocks({m_window->eventsDock()}, {620}, Qt::Horizontal);
        const QAbstractItemModel *events = m_window->eventBrowser()->view()->model();
        for (int row = 0; row < events->rowCount(); ++row) {
            const QModelIndex index = events->index(row, 0);
            if (index.data(ItemRole::Highlighted).toBool()) {
                hub->select(Selection::event(index.data(ItemRole::EventId).toLongLong()));
                break;
            }
        }
    }
    if (view == QLatin1String("search") || view == QLatin1String("explorer")) {
        // Search for the selected entity's name: always present, never made up.
        if (first.isValid()) {
            m_window->searchView()->field()->setText(first.data().toString());
            m_window->searchView()->runSearch();
        }
    }
}

bool ScreenshotRenderer::render(const QString &view, const QString &file, QString *error)
{
    if (!viewNames().contains(view)) {
        if (error)
            *error = QObject::tr("unknown view \"%1\" (known: %2)").arg(view, viewNames().join(QStringLiteral(", ")));
        return false;
    }
    m_window->setAttribute(Qt::WA_DontShowOnScreen);
    m_window->show();
    waitFor([] { return false; }, 100); // let the layout settle
    // The entity list is counted in the background: the picture wants it.
    ExplorerSource *source = m_window->source();
    waitFor([source] { return source->hasSummaries(); }, 600000);
    if (view == QLatin1String("deals")) { // built once asked for, after the entity list
        source->requestEvents();
        waitFor([source] { return source->hasEvents(); }, 600000);
    }
    waitFor([] { return false; }, 50);
    prepare(view);

    ArticleReaderView *reader = m_window->reader();
    if (view == QLatin1String("explorer") || view == QLatin1String("reader")) {
        if (reader->isEngineCreated()) {
            waitFor([reader] { return reader->isLoaded(); }, 20000);
            waitFor([] { return false; }, 3000); // loaded is not painted; let the flash (2 × 1.2 s) end too
        }
    }
    waitFor([] { return false; }, 200);

    QWidget *target = m_window;
    if (view == QLatin1String("reader"))
        target = reader;
    else if (view == QLatin1String("figures"))
        target = m_window->factPanel();
    else if (view == QLatin1String("search"))
        target = m_window->searchView();
    else if (view == QLatin1String("entities"))
        target = m_window->entityBrowser();
    else if (view == QLatin1String("deals"))
        target = m_window->eventBrowser();

    const QPixmap pixmap = target->grab();
    if (pixmap.isNull() || !pixmap.save(file, "PNG")) {
        if (error)
            *error = QObject::tr("cannot write %1").arg(file);
        return false;
    }
    return true;
}

} // namespace DealScope
