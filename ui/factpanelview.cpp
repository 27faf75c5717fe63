// SPDX-License-Identifier: GPL-3.0-or-later
#include "factpanelview.h"

#include "explorersource.h"
#include "facttreemodel.h"
#include "itemroles.h"
#include "richtextdelegate.h"
#include "selectionhub.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace DealScope {

FactPanelView::FactPanelView(ExplorerSource *source, SelectionHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_hub(hub)
    , m_title(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_model(new FactTreeModel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setText(tr("Select an entity to see its facts."));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new RichTextDelegate(m_tree));
    // Group and fact rows are one line each (the view measures their cells
    // unwrapped): uniform heights spare measuring, and reading, every row
    // laid out. Only a fact opened to its wrapped quotes needs row-by-row
    // heights (spanSources).
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setDefaultSectionSize(120);
    // Columns fit the rows in view only: sizing over hidden rows would read their facts.
    m_tree->header()->setResizeContentsPrecision(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);

    connect(m_tree, &QTreeView::clicked, this, &FactPanelView::pick);
    connect(m_tree, &QTreeView::activated, this, &FactPanelView::pick);
    connect(m_tree, &QTreeView::expanded, this, &FactPanelView::spanSources);
    connect(m_hub, &SelectionHub::selectionChanged, this, &FactPanelView::followSelection);
    connect(m_source, &ExplorerSource::contentChanged, this, &FactPanelView::reload);
}

void FactPanelView::showEntity(const QString &entity)
{
    m_entity = entity;
    m_event = -1;
    showGroups(m_source->factGroups(entity));
    const int count = m_model->factCount();
    m_title->setText(count == 0 ? tr("No facts about %1 yet.").arg(entity)
                                : tr("%n fact(s) about %1", nullptr, count).arg(entity));
}

void FactPanelView::showDeal(qint64 eventId)
{
    const std::optional<ExplorerSource::EventSummary> event = m_source->eventSummary(eventId);
    m_entity.clear();
    m_event = eventId;
    // An event has a handful of facts: reading them to group them is cheap.
    QList<ExplorerSource::FactSummary> facts;
    for (qint64 id : event ? event->facts : QList<qint64>()) {
        if (auto f = m_source->factForList(id))
            facts.append(std::move(*f));
    }
    showGroups(ExplorerSource::groupFacts(facts));
    if (!event)
        m_title->setText(tr("This deal is no longer listed."));
    else
        m_title->setText(tr("%n fact(s) of %1 (%2)", nullptr, m_model->factCount())
                             .arg(event->title, event->date.isEmpty() ? tr("undated") : event->date));
}

void FactPanelView::showGroups(const QList<ExplorerSource::FactGroup> &groups)
{
    // Ids only: a fact is read when its row is shown. A new list starts
    // with every fact closed: one-line rows again.
    m_tree->setUniformRowHeights(true);
    m_model->setGroups(
        groups, [source = m_source](qint64 id) { return source->factForList(id); },
        [source = m_source](qint64 id) { return source->fact(id); });
    const int count = m_model->factCount();
    m_tree->expandToDepth(0);
    // Columns fit the first facts shown, then keep their widths (the user's
    // too): measuring rows on every selection costs more than it shows.
    if (m_columnsSized || count == 0)
        return;
    m_columnsSized = true;
    for (int c = FactTreeModel::ValueColumn; c < FactTreeModel::OtherValuesColumn; ++c) {
        m_tree->resizeColumnToContents(c);
        m_tree->setColumnWidth(c, qMin(m_tree->columnWidth(c), c == FactTreeModel::ValueColumn ? 240 : 190));
    }
}

void FactPanelView::reload()
{
    if (m_event >= 0)
        showDeal(m_event);
    else if (!m_entity.isEmpty())
        showEntity(m_entity);
}

void FactPanelView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_tree->doItemsLayout(); // quotes wrap to the new width
}

void FactPanelView::spanSources(const QModelIndex &expanded)
{
    // A source row is one wide quote, not six columns. Only an expanded
    // fact's sources are spanned: the others have not been read.
    if (expanded.data(ItemRole::RowKind).toInt() != RowKind::Fact)
        return;
    // Quotes wrap: rows are measured one by one from now on (the view lays
    // out its geometry again right after this signal).
    m_tree->setUniformRowHeights(false);
    for (int s = 0; s < m_model->rowCount(expanded); ++s)
        m_tree->setFirstColumnSpanned(s, expanded, true);
}

void FactPanelView::pick(const QModelIndex &index)
{
    if (m_following || !index.isValid())
        return;
    const QModelIndex first = index.siblingAtColumn(0);
    switch (first.data(ItemRole::RowKind).toInt()) {
    case RowKind::Fact:
        m_hub->select(Selection::fact(first.data(ItemRole::FactId).toLongLong()));
        break;
    case RowKind::Source:
        m_hub->select(Selection::factMention(first.data(ItemRole::FactId).toLongLong(),
                                             first.data(ItemRole::ArticleId).toLongLong(),
                                             first.data(ItemRole::Start).toLongLong(),
                                             first.data(ItemRole::End).toLongLong()));
        break;
    default:
        break;
    }
}

void FactPanelView::followSelection(const Selection &selection)
{
    qint64 factId = -1;
    switch (selection.kind) {
    case Selection::Kind::Entity:
        if (selection.name != m_entity)
            showEntity(selection.name);
        return;
    case Selection::Kind::Event:
        if (selection.id != m_event)
            showDeal(selection.id);
        return;
    case Selection::Kind::Fact:
    case Selection::Kind::FigureMention:
        factId = selection.id;
        break;
    default:
        return;
    }
    if (factId < 0)
        return;
    QModelIndex index = m_model->indexOfFact(factId);
    if (!index.isValid()) {
        // A fact picked elsewhere (the reader, the timeline): show its subject's facts.
        const auto fact = m_source->fact(factId);
        if (!fact)
            return;
        showEntity(fact->subject);
        index = m_model->indexOfFact(factId);
    }
    if (selection.hasMention()) {
        const QModelIndex source = m_model->indexOfSource(factId, selection.articleId, selection.start);
        if (source.isValid())
            index = source;
    }
    if (!index.isValid())
        return;
    m_following = true;
    m_tree->expand(index.parent());
    m_tree->expand(index.siblingAtColumn(0));
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    m_following = false;
}

} // namespace DealScope
