// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleextraction.h"
#include "factcodes.h"
#include "factstaging.h"
#include "fact.h"
#include "gazetteer.h"
#include "relationextractor.h"
#include "statement.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <vector>

namespace DealScope {

class ArticleAnalyzer;
class Database;

// Keeps the relations read from every stored article (fact mentions) and
// the facts reconciled from them, in the compact layout of schema version 5
// (integer codes, no copied text: a source's quote and figure text are read
// from its article's text when facts() is asked for), of version 10 (a
// fact lists its sources and its id encodes its family, so rebuilding facts
// writes no mention row) and of version 11 (an article's mentions are found
// through its row of article_families: no foreign key, no index by article).
// Reconciliation is incremental: adding or removing an article rebuilds only
// the fact families (subject, object, metric, part, unit) its mentions
// belong to, and writes only the fact rows
// whose content changed. Like ArticleStore it runs no transaction of its
// own when the caller has one open, so facts commit with their articles.
// It caches name and type ids: after a rollback, use a new FactStore.
class FactStore
{
public:
    // Raised whenever relation or reconciliation rules change in a way that
    // needs stored mentions and facts to be read again.
    // 6: role nouns before names (appositions), clauses with their own subject, a company bought is itself,
    // supply deals (the signer supplies), stakes sold (the buyer's),
    // gapped lists of holders ("A owns 51% and B 49%"), companies sold, roundup items, restated sums before own spending
    static constexpr int RulesVersion = 7; // 2: group subjects, rates, corrections, re-reported deals; 3: back-reference dates; 4: cited outlets, market value, first investment; 5: sellers and which-asides are no buyer, deal-worth/deal-to-buy acquisitions, hedges in a purpose, failed deals, fund raises, the combined company, nationalities, Cr, $US; 6: months without a year, contracts lost to a rival, clouds in a deal with, shared contracts, buy X in a $N deal, the size of what is named, market sizes, joint ventures acting, valued at as much as, awarded to provide, sales, stakes bought from others, another event's date, whose stake, approximate restatements, respectively, X's purchase of Y, a description before the price, holding companies, 'the deal follows' points back at nothing; 7: takeover offers and bids, a transaction valued at (enterprise value) prices an acquisition, shareholders are not the company, gapped capacity lists, clauses led by an unknown name, 'the utility' of the sentence before, deals ended after 'but', headline 'in $N deal', part-of links dated by the gazetteer (acquisitions), people investing in their own name, round owners, people describing a company, vague amounts bridge no conflict, objects of stakes not lifted to their group, the price paid for a stake, compute sold by its worth, shares' worth, first steps of a capacity deal, bidders behind brackets and consortia

    explicit FactStore(Database &db);
    FactStore(Database &db, const Gazetteer &gazetteer);

    // Reads the article's relations and stages them; the next
    // reconcilePending() (or rebuildAll()) writes them and reconciles their
    // families. Into a table with no mentions yet they are written once, in
    // key order, with their facts: the bulk path of a large ingest.
    bool addArticle(qint64 articleId, const ArticleExtraction &extraction, QString *error = nullptr);
    // The mentions addArticle() stores for an article, without touching the
    // database: const, so ingest workers can read relations concurrently.
    QList<FactMention> mentionsOf(const ArticleExtraction &extraction) const;
    // Stores mentions read elsewhere (tests, benchmarks).
    bool addMentions(qint64 articleId, const QList<FactMention> &mentions, QString *error = nullptr);
    // Call before an article is deleted: deletes its mentions (nothing
    // cascades to them) and remembers the families they belonged to, so the
    // next reconcilePending() rebuilds them without it.
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
    // The same without the sources' quotes and figure texts (left empty):
    // grouping facts into events needs only where a source stands, and
    // cutting quotes reads every article's text.
    QList<Fact> factsWithoutQuotes(QString *error = nullptr) const;
    // Divisions' parents as the stored entities name them (AWS → Amazon).
    QHash<QString, QString> partOf() const;
    qint64 mentionCount() const; // staged ones included

    // The order used for "first reported" and source order: the article's
    // date, so that facts do not depend on the order articles arrive in.
    static int articleOrder(const QDate &articleDate);

private:
    struct Row; // a stored mention's key and fact, next to its reading
    struct StoredFact;
    struct Outcome;
    struct Chunk;
    struct ArticleInfo
    {
        QString fileName;
        QDate date;
    };

    bool reconcileFamilies(const QList<qint64> &families, bool fromScratch, QString *error);
    // The staged mentions written in key order, the families in `only` (all
    // when null) reconciled on the way: for a table with no mentions yet.
    bool reconcileStaged(const QSet<qint64> *only, QList<qint64> &changed, QString *error);
    // The staged mentions written as they are (their families stay pending).
    bool flushStaged(QString *error);
    bool mentionsStored() const;
    // The article's row of article_families: its families appended, its next ord (untouched when no row).
    bool readFamilies(qint64 articleId, QList<qint64> &families, qint64 &nextOrd, QString *error);
    // Drops the facts of families in `only` that have no mention left.
    bool dropEmptiedFamilies(const QSet<qint64> &only, const QSet<qint64> &seen, QList<qint64> &changed,
                             QString *error);
    // One pass over the mentions in family order, rebuilding the families in
    // `only` (all when null); `fromScratch`: no stored facts to keep ids of.
    bool scanFamilies(const QSet<qint64> *only, bool fromScratch, QList<qint64> &changed, QString *error);
    bool reconcileGroup(QList<Row> &rows, QList<StoredFact> &stored, qint64 &nextId, QList<qint64> &changed,
                        QString *error);
    // `rows` in key order. New facts take the ids after the family's largest stored one.
    bool reconcileFamily(QList<Row> &rows, QList<StoredFact> &stored, QList<qint64> &changed, QString *error);
    // The reconciliation of a family (not a single new reading), without touching the database or
    // adding to a cache: safe on a worker thread once m_codes and m_articles are loaded, given its own
    // `times` (nullptr: m_codes' cache, on this thread).
    void settleFamily(QList<Row> &rows, QList<StoredFact> &stored, Outcome &outcome, QHash<qint64, QString> *times) const;
    void settleGroup(QList<Row> rows, QList<StoredFact> &stored, qint64 &nextId, Outcome &outcome,
                     QHash<qint64, QString> *times) const;
    // The fact's sources as writeFact() binds them, encoded where it is settled (settleGroup() chose its codes).
    void prepareWrite(StoredFact &fact, const QList<Row> &rows) const;
    QString timeText(qint64 code, QHash<qint64, QString> *times) const;
    bool applyOutcome(Outcome &outcome, QList<qint64> &changed, QString *error);
    // A bulk pass: `read` fills chunks of whole families in key order; their families are settled
    // on a second thread and written here, in order.
    bool reconcileChunks(const std::function<bool(Chunk &)> &read, QList<qint64> &changed, QString *error);
    // The chunk's rows into families: what becomes of each, stored facts loaded (when `anyFacts`).
    bool splitFamilies(Chunk &chunk, const QSet<qint64> *only, bool anyFacts, QSet<qint64> *seen, QString *error);
    void settleChunk(Chunk &chunk, QHash<qint64, QString> &times) const;
    bool applyChunk(Chunk &chunk, QList<qint64> &changed, QString *error);
    bool loadRows(qint64 family, QList<Row> &rows, QString *error);
    bool loadFacts(qint64 family, QList<StoredFact> &facts, QString *error);
    bool reconcileSingle(Row &row, QList<qint64> &changed, QString *error);
    Row readRow(const Statement &s) const;
    // The row's reading as a FactMention; `times` as for settleFamily().
    FactMention mentionOf(const Row &row, QHash<qint64, QString> *times) const;
    StoredFact readFact(const Statement &s) const;
    bool writeFact(const StoredFact &fact, const QList<Row> &rows, QString *error);
    bool insertRow(const Row &row, QString *error);
    // A reconciled row: inserted while staged mentions are written, else left as stored.
    bool storeRow(const Row &row, QString *error);
    static Row rowOf(const FactStaging::Record &record);
    const ArticleInfo &article(qint64 id) const;
    bool loadArticles(QString *error) const;
    bool withTransaction(const std::function<bool(QString *)> &work, QString *error);

    // The key facts are looked up and rebuilt by: the reconciler's family,
    // narrowed to one article for a reading without parties.
    static QString storeFamily(const FactMention &m, qint64 articleId);

    QList<Fact> readFacts(bool withQuotes, QString *error) const;

    Database &m_db;
    RelationExtractor m_relations;
    mutable FactCodes m_codes; // caches: reading facts fills them
    // Codes that no source of a fact has, looked up while writing it: kept
    // apart so that m_codes' caches never change while a worker reads them.
    FactCodes m_addedCodes;
    QSet<qint64> m_pending;
    // Mentions added but not yet in fact_mentions: written by reconcilePending().
    FactStaging m_staging;
    bool m_insertRows = false; // reconcileStaged() is writing the rows
    bool m_shared = false;     // a worker thread reads m_codes and m_articles: nothing is added to them

    QList<qint64> m_changed;
    mutable QHash<qint64, ArticleInfo> m_articles;
    // m_articles by id while a worker reads it (article ids are dense): a look-up for every reading decoded.
    std::vector<const ArticleInfo *> m_sharedArticles;
    Statement m_insertRow;
    Statement m_selectFamilies;
    Statement m_insertFamilies;
    Statement m_updateFamilies;
    Statement m_deleteFamilies;
    Statement m_deleteRows;
    Statement m_selectRows;
    Statement m_selectFacts;
    Statement m_insertFact;
    Statement m_deleteFact;
    mutable Statement m_selectArticle;
};

} // namespace DealScope
