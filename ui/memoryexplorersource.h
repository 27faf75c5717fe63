// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explorersource.h"
#include "factindex.h"
#include "gazetteer.h"

#include <QHash>

namespace DealScope {

// An ExplorerSource held in memory: extractions analysed on the spot, their
// figures read as fact mentions and reconciled into facts. For tests, and
// for running without a database.
class MemoryExplorerSource : public ExplorerSource
{
    Q_OBJECT

public:
    explicit MemoryExplorerSource(QObject *parent = nullptr);

    // Reads and analyses the bundled corpus.
    static MemoryExplorerSource *fromBundledCorpus(QObject *parent = nullptr);

    void setLocation(const QString &location) { m_location = location; }
    // Adds analysed articles and rebuilds the facts; returns their ids.
    QList<qint64> addArticles(const QList<ArticleExtraction> &extractions);

    QString location() const override { return m_location; }
    QList<ArticleSummary> articles() const override;
    std::optional<ArticleExtraction> article(qint64 id) const override;
    QList<EntitySummary> entities() const override;
    QList<FactSummary> factsAbout(const QString &entity) const override;
    std::optional<FactSummary> fact(qint64 id) const override;
    qint64 factAt(qint64 articleId, qsizetype start) const override;
    int factCount() const override { return m_facts.count(); }
    QList<EventSummary> events() const override { return m_events; }
    QList<SearchHit> search(const QString &query, int limit = 100) const override;

private:
    void rebuild();

    QString m_location;
    Gazetteer m_gazetteer;
    QList<ArticleExtraction> m_articles; // id = index
    FactIndex m_facts;
    QList<EntitySummary> m_entities;
    QList<EventSummary> m_events;
};

} // namespace DealScope
