// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlistmodel.h"

#include "itemroles.h"

#include <QFont>

namespace DealScope {

EventListModel::EventListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventListModel::setEvents(const QList<ExplorerSource::EventSummary> &events)
{
    // Event ids are given afresh by every build: a reset is the honest change.
    beginResetModel();
    m_events = events;
    m_rows.clear();
    m_byParty.clear();
    m_rows.reserve(m_events.size());
    for (int row = 0; row < m_events.size(); ++row) {
        m_rows.insert(m_events.at(row).id, row);
        for (const QString &party : m_events.at(row).parties)
            m_byParty[party].append(row);
    }
    const QList<int> rows = m_byParty.value(m_entity);
    m_highlighted = QSet<int>(rows.begin(), rows.end());
    endResetModel();
}

void EventListModel::setHighlightedEntity(const QString &entity)
{
    if (entity == m_entity)
        return;
    // Only the rows that change are announced: a selection must not make the
    // view (and its proxy) look at every event of a large store.
    const QList<int> before = m_byParty.value(m_entity);
    m_entity = entity;
    const QList<int> after = m_byParty.value(m_entity);
    m_highlighted = QSet<int>(after.begin(), after.end());
    announce(before);
    announce(after);
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
    return int(m_highlighted.size());
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
