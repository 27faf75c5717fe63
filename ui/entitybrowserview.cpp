// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitybrowserview.h"

#include "entitylistmodel.h"
#include "explorersource.h"
#include "itemroles.h"
#include "selectionhub.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace DealScope {

EntityBrowserView::EntityBrowserView(ExplorerSource *source, SelectionHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_hub(hub)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new EntityListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setPlaceholderText(tr("Filter entities"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ItemRole::SortValue);
    m_proxy->setFilterKeyColumn(EntityListModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EntityListModel::FactsColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(EntityListModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectRow(current); });
    connect(m_hub, &SelectionHub::selectionChanged, this, &EntityBrowserView::followSelection);
    connect(m_source, &ExplorerSource::contentChanged, this, &EntityBrowserView::reload);
    connect(m_source, &ExplorerSource::summariesReady, this, &EntityBrowserView::reload);
    reload();
}

void EntityBrowserView::reload()
{
    // Still being counted in the background: keep what is listed until summariesReady.
    if (!m_source->hasSummaries()) {
        if (m_model->rowCount() == 0)
            m_filter->setPlaceholderText(tr("Counting entities…"));
        return;
    }
    m_filter->setPlaceholderText(tr("Filter entities"));
    m_following = true;
    m_model->setEntities(m_source->entities());
    m_table->resizeColumnToContents(EntityListModel::TypeColumn);
    m_table->resizeColumnToContents(EntityListModel::ArticlesColumn);
    m_table->resizeColumnToContents(EntityListModel::FactsColumn);
    m_following = false;
    followSelection(m_hub->current());
}

void EntityBrowserView::selectRow(const QModelIndex &proxyIndex)
{
    if (m_following || !proxyIndex.isValid())
        return;
    m_hub->select(Selection::entity(proxyIndex.data(ItemRole::EntityName).toString()));
}

void EntityBrowserView::followSelection(const Selection &selection)
{
    if (selection.kind != Selection::Kind::Entity)
        return;
    const int row = m_model->rowOf(selection.name);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid() || index == m_table->currentIndex())
        return;
    m_following = true;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_following = false;
}

} // namespace DealScope
