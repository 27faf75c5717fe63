// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylistmodel.h"

#include "itemroles.h"

namespace DealScope {

EntityListModel::EntityListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EntityListModel::setEntities(const QList<ExplorerSource::EntitySummary> &entities)
{
    if (m_entities.isEmpty() || entities.isEmpty()) {
        beginResetModel();
        m_entities = entities;
        m_rows.clear();
        reindex(0);
        endResetModel();
        return;
    }
    QHash<QString, qsizetype> incoming;
    incoming.reserve(entities.size());
    for (qsizetype i = 0; i < entities.size(); ++i)
        incoming.insert(entities.at(i).name, i);
    // Vanished names, removed in runs from the bottom up.
    for (int row = int(m_entities.size()) - 1; row >= 0;) {
        if (incoming.contains(m_entities.at(row).name)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_entities.at(first - 1).name))
            --first;
        beginRemoveRows({}, first, row);
        m_entities.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    reindex(0);
    // Changed counts or types in place.
    for (int row = 0; row < m_entities.size(); ++row) {
        ExplorerSource::EntitySummary &have = m_entities[row];
        const ExplorerSource::EntitySummary &want = entities.at(incoming.value(have.name));
        if (have.type != want.type || have.articleCount != want.articleCount || have.factCount != want.factCount) {
            have = want;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    // New names at the end; the view's sorting places them.
    QList<ExplorerSource::EntitySummary> added;
    for (const ExplorerSource::EntitySummary &e : entities) {
        if (!m_rows.contains(e.name))
            added.append(e);
    }
    if (!added.isEmpty()) {
        const int first = int(m_entities.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_entities += added;
        reindex(first);
        endInsertRows();
    }
}

void EntityListModel::reindex(int from)
{
    if (from == 0)
        m_rows.clear();
    for (int row = from; row < m_entities.size(); ++row)
        m_rows.insert(m_entities.at(row).name, row);
}

int EntityListModel::rowOf(const QString &name) const
{
    return m_rows.value(name, -1);
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entities.size());
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExplorerSource::EntitySummary &e = m_entities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return e.name;
        case TypeColumn: return entityTypeName(e.type);
        case ArticlesColumn: return e.articleCount;
        case FactsColumn: return e.factCount;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ArticlesColumn || index.column() == FactsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ItemRole::RowKind:
        return RowKind::Entity;
    case ItemRole::EntityName:
        return e.name;
    case ItemRole::SortValue:
        switch (index.column()) {
        case NameColumn: return e.name.toLower();
        case TypeColumn: return entityTypeName(e.type);
        case ArticlesColumn: return e.articleCount;
        case FactsColumn: return e.factCount;
        }
        break;
    }
    return {};
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case ArticlesColumn: return tr("Articles");
    case FactsColumn: return tr("Facts");
    }
    return {};
}

} // namespace DealScope
