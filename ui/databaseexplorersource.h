// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleanalyzer.h"
#include "explorersource.h"
#include "factindex.h"

#include <QCache>
#include <QHash>

#include <memory>

namespace DealScope {

class ArticleRepository;
class Database;
class SearchIndex;

// The explorer over the SQLite store. Articles come from the repository;
// an article's figures and entity mentions are found again by the analyzer
// from its stored text (cheap, and independent of how the tables keep
// them); search runs on the full-text index; facts are read from the facts
// store. Entities and facts are aggregated once and kept until reload().
class DatabaseExplorerSource : public ExplorerSource
{
    Q_OBJECT

public:
    explicit DatabaseExplorerSource(QObject *parent = nullptr);
    ~DatabaseExplorerSource() override;

    // Opens `path`, or the default database (created and filled from the
    // bundled corpus on first use) when it is empty.
    bool open(const QString &path, QString *error = nullptr);
    QString databasePath() const;

    // Drops what is cached and announces new content.
    void reload() override;

    QString location() const override;
    QList<ArticleSummary> articles() const override;
    int articleCount() const override;
    std::optional<ArticleSummary> articleSummary(qint64 id) const override;
    std::optional<ArticleExtraction> article(qint64 id) const override;
    QList<EntitySummary> entities() const override;
    QList<FactSummary> factsAbout(const QString &entity) const override;
    std::optional<FactSummary> fact(qint64 id) const override;
    qint64 factAt(qint64 articleId, qsizetype start) const override;
    int factCount() const override;
    QList<SearchHit> search(const QString &query, int limit = 100) const override;

private:
    const FactIndex &facts() const;
    FactIndex::ArticleRef articleRef(const QString &fileName) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleRepository> m_repository;
    std::unique_ptr<SearchIndex> m_search;
    ArticleAnalyzer m_analyzer;

    mutable QCache<qint64, ArticleExtraction> m_extractions; // the last few opened
    mutable std::optional<int> m_articleCount;
    mutable std::optional<FactIndex> m_facts;
    mutable std::optional<QList<EntitySummary>> m_entities;
    mutable QHash<QString, FactIndex::ArticleRef> m_refs; // by file name
};

} // namespace DealScope
