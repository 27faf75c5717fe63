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
    beginResetModel();
    m_entities = entities;
    endResetModel();
}

int EntityListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_entities.size(); ++i) {
        if (m_entities.at(i).name == name)
            return i;
    }
    return -1;
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
