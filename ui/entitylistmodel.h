// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explorersource.h"

#include <QAbstractTableModel>
#include <QHash>

namespace DealScope {

// The entities of the store, one row each: name, type, articles, facts.
class EntityListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, ArticlesColumn, FactsColumn, ColumnCount };

    explicit EntityListModel(QObject *parent = nullptr);

    // Updates in place: rows of names still there keep their place (and the
    // view its selection), counts change, new names are appended, vanished
    // ones removed. No reset, so a new article does not rebuild the list.
    void setEntities(const QList<ExplorerSource::EntitySummary> &entities);
    int rowOf(const QString &name) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reindex(int from);

    QList<ExplorerSource::EntitySummary> m_entities;
    QHash<QString, int> m_rows; // name → row
};

} // namespace DealScope
