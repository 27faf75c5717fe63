// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventbrowserview.h"

#include "eventlistmodel.h"
#include "explorersource.h"
#include "itemroles.h"
#include "selectionhub.h"

#include <QCheckBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace DealScope {

EventBrowserView::EventBrowserView(ExplorerSource *source, SelectionHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_hub(hub)
    , m_only(new QCheckBox(this))
    , m_view(new QTreeView(this))
    , m_model(new EventListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    // Sorting by a column sorts the rows read so far; Date is the timeline order.
    m_proxy->setSortRole(ItemRole::SortValue);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // plain one-line rows: no row is measured
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventListModel::DateColumn, Qt::AscendingOrder);
    // Short columns first, so a narrow dock still shows when, how much and
    // what; the parties follow past the title (the view scrolls sideways).
    m_view->header()->setStretchLastSection(true);
    updateOnlyLabel();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_only);
    layout->addWidget(m_view, 1);

    connect(m_only, &QCheckBox::toggled, this, &EventBrowserView::filterToEntity);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectRow(current); });
    connect(m_hub, &SelectionHub::selectionChanged, this, &EventBrowserView::followSelection);
    connect(m_source, &ExplorerSource::contentChanged, this, &EventBrowserView::reload);
    connect(m_source, &ExplorerSource::eventsReady, this, &EventBrowserView::reload);
    reload();
}

void EventBrowserView::reload()
{
    // Events are built in the background: never wait for them here.
    if (!m_source->hasEvents()) {
        if (m_model->rowCount() == 0)
            m_only->setText(tr("Listing deals…"));
        return;
    }
    m_following = true;
    m_model->setSource(m_source);
    m_allCount = m_source->eventCount();
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Sized once, over the first rows, and wide enough for them in bold
        // (the selected entity's events); the user's widths stay after.
        m_columnsSized = true;
        QFont bold = m_view->font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        const int pad = metrics.horizontalAdvance(QStringLiteral("00"));
        m_view->header()->setResizeContentsPrecision(64);
        m_view->setColumnWidth(EventListModel::DateColumn,
                               qMax(metrics.horizontalAdvance(QStringLiteral("0000-00-00")),
                                    metrics.horizontalAdvance(tr("undated"))) + pad);
        m_view->resizeColumnToContents(EventListModel::FigureColumn);
        m_view->setColumnWidth(EventListModel::FigureColumn,
                               qMin(m_view->columnWidth(EventListModel::FigureColumn) * 11 / 10 + pad, 160));
        m_view->resizeColumnToContents(EventListModel::TitleColumn);
        m_view->setColumnWidth(EventListModel::TitleColumn,
                               qMin(m_view->columnWidth(EventListModel::TitleColumn) * 11 / 10, 360));
    }
    m_following = false;
    updateOnlyLabel();
    followSelection(m_hub->current());
}

void EventBrowserView::selectRow(const QModelIndex &proxyIndex)
{
    if (m_following || !proxyIndex.isValid())
        return;
    m_hub->select(Selection::event(proxyIndex.data(ItemRole::EventId).toLongLong()));
}

void EventBrowserView::filterToEntity(bool only)
{
    // The model reads the entity's events itself: a filter over the rows read
    // so far would miss those further down the timeline.
    m_model->setOnlyHighlighted(only);
}

void EventBrowserView::updateOnlyLabel()
{
    const QString entity = m_model->highlightedEntity();
    m_only->setEnabled(!entity.isEmpty());
    m_only->setText(entity.isEmpty() ? tr("Only the selected entity's deals")
                                     : tr("Only %1's deals (%2 of %3)")
                                           .arg(entity)
                                           .arg(m_model->highlightedCount())
                                           .arg(m_allCount));
}

void EventBrowserView::followSelection(const Selection &selection)
{
    switch (selection.kind) {
    case Selection::Kind::Entity:
        m_model->setHighlightedEntity(selection.name);
        updateOnlyLabel(); // with "Only …" on, the model has read that entity's events instead
        return;
    case Selection::Kind::Event: {
        // Rows are read up to the event (within reason: the list is read as it scrolls).
        int row = m_model->rowOf(selection.id);
        if (row < 0 && m_model->rowCount() < MaxRowsToFollow)
            row = m_model->loadUntil(selection.id, MaxRowsToFollow);
        const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid() || index == m_view->currentIndex())
            return;
        m_following = true;
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
        m_following = false;
        return;
    }
    default:
        return;
    }
}

} // namespace DealScope
