// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explorersource.h"
#include "fact.h"

#include <QHash>
#include <QList>
#include <QPair>

#include <functional>

namespace DealScope {

// Facts as the views show them (FactSummary), with the lookups the explorer
// needs: by id, by entity, and the fact a figure mention reports. Built from
// reconciled facts, whichever source reconciled them.
class FactIndex
{
public:
    // Where a fact's source article is: its id, title and publisher.
    struct ArticleRef
    {
        qint64 id = -1;
        QString title;
        QString publisher;
    };
    using ArticleLookup = std::function<ArticleRef(const FactMention &mention)>;

    void rebuild(const QList<Fact> &facts, const ArticleLookup &lookup);
    void clear();

    int count() const { return int(m_facts.size()); }
    QList<ExplorerSource::FactSummary> about(const QString &entity) const;
    int countAbout(const QString &entity) const { return int(m_byEntity.value(entity).size()); }
    std::optional<ExplorerSource::FactSummary> fact(qint64 id) const;
    qint64 factAt(qint64 articleId, qsizetype start) const { return m_byMention.value({articleId, start}, -1); }
    // Every entity a fact names, with its fact count.
    QHash<QString, int> entityFactCounts() const;

    static QString metricLabel(const Fact &fact);
    static ExplorerSource::Status statusOf(FactStatus status);

private:
    QList<ExplorerSource::FactSummary> m_facts;
    QHash<qint64, qsizetype> m_index; // fact id → index in m_facts
    QHash<QString, QList<qint64>> m_byEntity;
    QHash<QPair<qint64, qsizetype>, qint64> m_byMention;
};

} // namespace DealScope
