// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explorersource.h"

#include <QAbstractItemModel>

namespace DealScope {

// The figure panel's tree: the facts about one entity grouped by metric
// (top level), each fact with its value and qualifier, parties, time, status
// badge, first reporter and conflicting values; under each fact, every
// source that reports it with the quote, figure highlighted.
class FactTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ValueColumn, StatusColumn, WhenColumn, PartiesColumn, FirstReportedColumn, OtherValuesColumn, ColumnCount };

    explicit FactTreeModel(QObject *parent = nullptr);

    void setFacts(const QList<ExplorerSource::FactSummary> &facts);
    const QList<ExplorerSource::FactSummary> &facts() const { return m_facts; }
    QModelIndex indexOfFact(qint64 factId) const;
    QModelIndex indexOfSource(qint64 factId, qint64 articleId, qsizetype start) const;

    static QString statusBadge(const ExplorerSource::FactSummary &fact); // "corroborated ×3"

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString metric;
        QList<int> facts; // indexes into m_facts
    };

    QVariant groupData(int group, int column, int role) const;
    QVariant factData(const ExplorerSource::FactSummary &fact, int column, int role) const;
    QVariant sourceData(const ExplorerSource::FactSummary &fact, const ExplorerSource::FactSource &source,
                        int column, int role) const;
    QString otherValues(const ExplorerSource::FactSummary &fact) const;

    QList<ExplorerSource::FactSummary> m_facts;
    QList<Group> m_groups;
};

} // namespace DealScope
