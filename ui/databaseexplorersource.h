// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleanalyzer.h"
#include "explorersource.h"

#include <QCache>
#include <QHash>

#include <memory>

namespace DealScope {

class ArticleRepository;
class Database;
class FactQuery;
class FactRefresher;
class SearchIndex;
class SummaryLoader;

// The explorer over the SQLite store, read on demand so that opening a
// database of 100,000 articles is instant. Articles come from the
// repository; an article's figures and entity mentions are found again by
// the analyzer from its stored text (cheap, and independent of how the
// tables keep them); search runs on the full-text index; facts are read one
// at a time through FactQuery, their sources' quotes cut from the article
// text. What needs the whole store — the entity list with its counts and
// the outline of every entity's facts, then the deals — is computed by
// workers (SummaryLoader) after the window shows; facts written by older rules are
// brought up to date by another (FactRefresher).
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
    // Whether facts are being brought up to date in the background.
    bool isRefreshing() const;

    // Drops what is cached, starts the summaries again and announces new content.
    void reload() override;

    QString location() const override;
    QList<ArticleSummary> articles() const override;
    int articleCount() const override;
    std::optional<ArticleSummary> articleSummary(qint64 id) const override;
    std::optional<ArticleExtraction> article(qint64 id) const override;
    QList<EntitySummary> entities() const override;
    QList<FactSummary> factsAbout(const QString &entity) const override;
    QList<FactGroup> factGroups(const QString &entity) const override;
    std::optional<FactSummary> fact(qint64 id) const override;
    std::optional<FactSummary> factForList(qint64 id) const override;
    qint64 factAt(qint64 articleId, qsizetype start) const override;
    int factCount() const override;
    QList<EventSummary> events() const override;
    std::optional<EventSummary> eventSummary(qint64 id) const override;
    qint64 eventCount(const QString &party = QString()) const override;
    QList<EventSummary> eventPage(qint64 offset, int limit, const QString &party = QString()) const override;
    bool hasEvents() const override;
    void requestEvents() const override;
    bool hasSummaries() const override;
    QString backgroundWork() const override;
    QList<SearchHit> search(const QString &query, int limit = 100) const override;

private:
    // An article's text, to cut sources' quotes from.
    struct ArticleText
    {
        QString text;
    };

    const ArticleText *articleText(qint64 id) const;
    std::optional<ArticleSummary> cachedSummary(qint64 id) const;
    std::optional<FactSummary> readFact(qint64 id, bool withQuotes) const;
    void refreshFinished(bool ok, const QString &error);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleRepository> m_repository;
    std::unique_ptr<SearchIndex> m_search;
    std::unique_ptr<FactQuery> m_facts;
    ArticleAnalyzer m_analyzer;
    SummaryLoader *m_summaries;
    SummaryLoader *m_events; // started once asked for and m_summaries is ready, so the entity list comes first
    mutable bool m_eventsWanted = false;
    FactRefresher *m_refresher;

    mutable QCache<qint64, ArticleExtraction> m_extractions; // the last few opened
    mutable QCache<qint64, ArticleText> m_texts;             // articles quoted lately
    mutable QCache<qint64, FactSummary> m_factCache;          // facts shown lately, with quotes
    mutable QCache<qint64, FactSummary> m_listedCache;        // facts listed lately, without
    mutable QHash<qint64, std::optional<ArticleSummary>> m_summaryCache; // sources' articles
    mutable std::optional<int> m_articleCount;
};

} // namespace DealScope
