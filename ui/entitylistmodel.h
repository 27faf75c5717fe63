// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explorersource.h"

#include <QAbstractTableModel>

namespace DealScope {

// The entities of the store, one row each: name, type, articles, facts.
class EntityListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, ArticlesColumn, FactsColumn, ColumnCount };

    explicit EntityListModel(QObject *parent = nullptr);

    void setEntities(const QList<ExplorerSource::EntitySummary> &entities);
    int rowOf(const QString &name) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ExplorerSource::EntitySummary> m_entities;
};

} // namespace DealScope
