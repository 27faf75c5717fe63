// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleextraction.h"
#include "fact.h"
#include "gazetteer.h"
#include "relationextractor.h"
#include "statement.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace DealScope {

class ArticleAnalyzer;
class Database;

// Keeps the relations read from every stored article (fact mentions) and
// the facts reconciled from them. Reconciliation is incremental: adding or
// removing an article rebuilds only the fact families (subject, object,
// metric, part, unit) its mentions belong to, and writes only the fact rows
// whose content changed. Like ArticleStore it runs no transaction of its
// own when the caller has one open, so facts commit with their articles.
class FactStore
{
public:
    // Raised whenever relation or reconciliation rules change in a way that
    // needs stored mentions and facts to be read again.
    static constexpr int RulesVersion = 3; // 2: group subjects, rates, corrections, re-reported deals; 3: back-reference dates

    explicit FactStore(Database &db);
    FactStore(Database &db, const Gazetteer &gazetteer);

    // Reads the article's relations and stores them; its families are
    // reconciled by the next reconcilePending().
    bool addArticle(qint64 articleId, const ArticleExtraction &extraction, QString *error = nullptr);
    // The mentions addArticle() stores for an article, without touching the
    // database: const, so ingest workers can read relations concurrently.
    QList<FactMention> mentionsOf(const ArticleExtraction &extraction) const;
    // Stores mentions read elsewhere (tests, benchmarks).
    bool addMentions(qint64 articleId, const QList<FactMention> &mentions, QString *error = nullptr);
    // Call before an article is deleted: remembers the families its mentions
    // touch, so the next reconcilePending() rebuilds them without it.
    bool forgetArticle(qint64 articleId, QString *error = nullptr);

    // Rebuilds the families touched since the last call.
    bool reconcilePending(QString *error = nullptr);
    // Rebuilds every fact from the stored mentions (after a rule change).
    bool rebuildAll(QString *error = nullptr);

    // False when the stored mentions were read by older rules (or before
    // mentions were stored at all); refresh() then reads every stored
    // article again and rebuilds all facts.
    bool isCurrent() const;
    // Records that every stored fact follows this version's rules (after an
    // ingest into a store that was current, or a refresh).
    bool markCurrent(QString *error = nullptr);
    bool refresh(const ArticleAnalyzer &analyzer, QString *error = nullptr);

    // Ids of the fact rows inserted, updated or deleted by the last
    // reconcilePending() or rebuildAll(), sorted.
    QList<qint64> lastChanged() const { return m_changed; }
    int pendingFamilies() const { return int(m_pending.size()); }

    // All facts with their sources, by id.
    QList<Fact> facts(QString *error = nullptr) const;
    // Divisions' parents as the stored entities name them (AWS → Amazon).
    QHash<QString, QString> partOf() const;
    qint64 mentionCount() const;

    // The order used for "first reported" and source order: the article's
    // date, so that facts do not depend on the order articles arrive in.
    static int articleOrder(const QDate &articleDate);

private:
    struct Loaded
    {
        QList<Fact> facts;
        QHash<qint64, QList<qint64>> sourceIds; // fact id → mention ids, in source order
    };

    bool reconcileFamilies(const QSet<QString> &families, QString *error);
    bool loadMentions(const QString &whereFamily, const QSet<QString> &families, QList<FactMention> &mentions,
                      QHash<QString, qint64> &ids, QString *error) const;
    bool loadFacts(const QSet<QString> *families, Loaded &out, QString *error) const;
    bool writeFact(const Fact &fact, const QString &family, const QList<qint64> &sourceIds, bool exists,
                   QString *error);
    qint64 nextFactId() const;
    static QList<Fact> reconcileFamily(const QList<Fact> &previous, const QList<FactMention> &mentions, qint64 &nextId);
    bool deleteFact(qint64 id, QString *error);
    bool withTransaction(const std::function<bool(QString *)> &work, QString *error);

    static QString mentionKey(const FactMention &m);
    // The key facts are looked up and rebuilt by: the reconciler's family,
    // narrowed to one article for a reading without parties.
    static QString storeFamily(const FactMention &m, qint64 articleId);

    Database &m_db;
    RelationExtractor m_relations;
    QSet<QString> m_pending;
    QList<qint64> m_changed;
    Statement m_insertMention;
    Statement m_familiesOfArticle;
    Statement m_insertFact;
    Statement m_deleteSources;
    Statement m_insertSource;
    Statement m_deleteFact;
};

} // namespace DealScope
