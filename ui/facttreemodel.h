// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explorersource.h"

#include <QAbstractItemModel>
#include <functional>
#include <optional>
#include <unordered_map>

namespace DealScope {

// The figure panel's tree: the facts about one entity grouped by metric
// (top level), each fact with its value and qualifier, parties, time, status
// badge, first reporter and conflicting values; under each fact, every
// source that reports it with the quote, figure highlighted. A fact's
// details are read only when its row is shown (through the loader), so an
// entity with tens of thousands of facts costs its visible rows.
class FactTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ValueColumn, StatusColumn, WhenColumn, PartiesColumn, FirstReportedColumn, OtherValuesColumn, ColumnCount };

    using FactLoader = std::function<std::optional<ExplorerSource::FactSummary>(qint64 id)>;

    explicit FactTreeModel(QObject *parent = nullptr);

    // Facts already read: grouped and ordered here.
    void setFacts(const QList<ExplorerSource::FactSummary> &facts);
    // Facts grouped and ordered by the source, read when shown: a fact row
    // through `listLoader` (sources' quotes may be missing), its sources
    // through `loader` (everything).
    void setGroups(const QList<ExplorerSource::FactGroup> &groups, const FactLoader &listLoader,
                   const FactLoader &loader);
    int factCount() const { return m_count; }
    // Every fact, read now (tests, screenshots: not for large entities).
    QList<ExplorerSource::FactSummary> facts() const;
    QModelIndex indexOfFact(qint64 factId) const;
    QModelIndex indexOfSource(qint64 factId, qint64 articleId, qsizetype start) const;

    static QString statusBadge(const ExplorerSource::FactSummary &fact); // "corroborated ×3"

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ExplorerSource::FactSummary &factOf(int group, int row) const;
    const ExplorerSource::FactSummary &load(qint64 id, bool full = false) const;
    // nullptr when the loader has no such fact
    const ExplorerSource::FactSummary *find(qint64 id, bool full = false) const;

    QVariant groupData(int group, int column, int role) const;
    QVariant factData(const ExplorerSource::FactSummary &fact, int column, int role) const;
    QVariant sourceData(const ExplorerSource::FactSummary &fact, const ExplorerSource::FactSource &source,
                        int column, int role) const;
    QString otherValues(const ExplorerSource::FactSummary &fact) const;

    QList<ExplorerSource::FactGroup> m_groups;
    int m_count = 0;
    FactLoader m_listLoader;
    FactLoader m_loader;
    struct Loaded
    {
        std::optional<ExplorerSource::FactSummary> fact; // none when the loader had none
        bool full = false;                               // read by m_loader, quotes and all
    };
    // The facts read so far. Node-based, so references stay valid while more are read.
    mutable std::unordered_map<qint64, Loaded> m_loaded;
};

} // namespace DealScope
