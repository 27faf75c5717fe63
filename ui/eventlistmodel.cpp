// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlistmodel.h"

#include "itemroles.h"

#include <QFont>
#include <QScopedValueRollback>

namespace DealScope {

EventListModel::EventListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventListModel::setSource(const ExplorerSource *source)
{
    m_whole.clear();
    m_page = [source](qint64 offset, int limit, const QString &party) { return source->eventPage(offset, limit, party); };
    m_count = [source](const QString &party) { return source->eventCount(party); };
    restart();
}

void EventListModel::setEvents(const QList<ExplorerSource::EventSummary> &events)
{
    m_whole = events;
    m_page = [this](qint64 offset, int limit, const QString &party) {
        return ExplorerSource::pageOf(m_whole, offset, limit, party);
    };
    m_count = [this](const QString &party) { return ExplorerSource::countOf(m_whole, party); };
    restart();
}

void EventListModel::restart()
{
    // Event ids are given afresh by every build: a reset is the honest change.
    const QScopedValueRollback notifying(m_notifying, true);
    beginResetModel();
    m_events.clear();
    m_rows.clear();
    m_byParty.clear();
    m_highlighted.clear();
    m_total = m_count ? m_count(party()) : 0;
    if (m_page)
        append(m_page(0, PageSize, party()));
    endResetModel();
}

void EventListModel::append(const QList<ExplorerSource::EventSummary> &events)
{
    for (const ExplorerSource::EventSummary &e : events) {
        const int row = int(m_events.size());
        m_events.append(e);
        m_rows.insert(e.id, row);
        for (const QString &p : e.parties)
            m_byParty[p].append(row);
        if (!m_entity.isEmpty() && e.parties.contains(m_entity))
            m_highlighted.insert(row);
    }
}

bool EventListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_events.size() < m_total;
}

void EventListModel::fetchMore(const QModelIndex &parent)
{
    // Not from a slot of our own change's signal (a view or a tester asking
    // at once for more): one page per request, never a cascade.
    if (!canFetchMore(parent) || !m_page || m_notifying)
        return;
    const QList<ExplorerSource::EventSummary> page = m_page(m_events.size(), PageSize, party());
    if (page.isEmpty()) {
        // The store holds fewer than it said (changed meanwhile): stop asking.
        m_total = m_events.size();
        return;
    }
    const QScopedValueRollback notifying(m_notifying, true);
    const int first = int(m_events.size());
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    append(page);
    endInsertRows();
}

int EventListModel::loadUntil(qint64 eventId, int maxRows)
{
    int row = rowOf(eventId);
    while (row < 0 && canFetchMore(QModelIndex()) && m_events.size() < maxRows) {
        const qsizetype before = m_events.size();
        fetchMore(QModelIndex());
        if (m_events.size() == before)
            break;
        row = rowOf(eventId);
    }
    return row;
}

void EventListModel::setHighlightedEntity(const QString &entity)
{
    if (entity == m_entity)
        return;
    if (m_only) {
        // The list itself is the entity's events.
        m_entity = entity;
        restart();
        return;
    }
    // Only the rows that change are announced: a selection must not make the
    // view (and its proxy) look at every event read so far.
    const QList<int> before = m_byParty.value(m_entity);
    m_entity = entity;
    const QList<int> after = m_byParty.value(m_entity);
    m_highlighted = QSet<int>(after.begin(), after.end());
    announce(before);
    announce(after);
}

void EventListModel::setOnlyHighlighted(bool only)
{
    if (only == m_only)
        return;
    m_only = only;
    restart();
}

void EventListModel::announce(const QList<int> &rows)
{
    // Ascending rows, announced as runs of neighbours.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        emit dataChanged(index(rows.at(i), 0), index(rows.at(j), ColumnCount - 1), {Qt::FontRole, ItemRole::Highlighted});
        i = j + 1;
    }
}

int EventListModel::rowOf(qint64 eventId) const
{
    return m_rows.value(eventId, -1);
}

int EventListModel::highlightedCount() const
{
    if (m_entity.isEmpty() || !m_count)
        return 0;
    // Every event read: counted here; else the source counts them.
    return m_events.size() == m_total && !m_only ? int(m_highlighted.size()) : int(m_count(m_entity));
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExplorerSource::EventSummary &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn: return e.date.isEmpty() ? tr("undated") : e.date;
        case TitleColumn:
            return role == Qt::ToolTipRole ? tr("%1 (%n article(s))", nullptr, e.articleCount).arg(e.title) : e.title;
        case PartiesColumn: return e.parties.join(QStringLiteral(", "));
        case FigureColumn: return e.figure;
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == FigureColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (isHighlighted(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ItemRole::SortValue:
        // The date column sorts in timeline order, which places undated events too.
        return index.column() == DateColumn ? QVariant(index.row()) : data(index, Qt::DisplayRole);
    case ItemRole::RowKind: return RowKind::Event;
    case ItemRole::EventId: return e.id;
    case ItemRole::Highlighted: return isHighlighted(index.row());
    default: return {};
    }
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case TitleColumn: return tr("Deal or announcement");
    case PartiesColumn: return tr("Parties");
    case FigureColumn: return tr("Figure");
    default: return {};
    }
}

} // namespace DealScope
