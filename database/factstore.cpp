// SPDX-License-Identifier: GPL-3.0-or-later
#include "factstore.h"

#include "agreementreader.h"
#include "agreementstore.h"
#include "articleanalyzer.h"
#include "database.h"
#include "eventstore.h"
#include "factreconciler.h"
#include "factsourcecodec.h"
#include "factsourcescan.h"
#include "familysetcodec.h"
#include "orderedworker.h"

#include <sqlite3.h>

#include <algorithm>
#include <deque>
#include <memory>
#include <limits>
#include <numeric>

namespace DealScope {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool prepared(const Statement &s, QString *error)
{
    if (!s.isValid())
        setError(error, s.prepareError());
    return s.isValid();
}

enum Flag { DerivedRatio = 1, VendorClaim = 2, Speculation = 4, Excluded = 8, RefersToEarlier = 16, Retracted = 32 };

// Binds an id that 0 stands for NULL.
void bindId(Statement &s, int index, qint64 id)
{
    if (id > 0)
        s.bind(index, id);
    else
        s.bindNull(index);
}

// Binds a time code (FactCodes): 0 is undated (NULL); a negative code names a date written otherwise.
void bindTime(Statement &s, int index, qint64 code)
{
    if (code != 0)
        s.bind(index, code);
    else
        s.bindNull(index);
}

// The mention columns, in the order readRow() expects them: the key (as FactSourceScan reads it), then the rest.
#define MENTION_DATA                                                                                              \
    "subject, object, subject_name, object_name, type, value, value_max, time, start, length, sentence_start, " \
    "sentence_end, paragraph_start, flags, quote_key"
#define MENTION_COLUMNS "family, article_id, ord, " MENTION_DATA
#define FACT_COLUMNS "id, subject, object, type, value, value_max, time, status, first_reported_by, alternatives, sources"

// A fact's id is its family's hash << FamilyShift | its number within the family (schema version 10).
constexpr int FamilyShift = 20;
constexpr qint64 MaxFactsPerFamily = (qint64(1) << FamilyShift) - 1;

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u' ');
}

QList<qint64> parseIds(const QString &text)
{
    QList<qint64> ids;
    for (const QStringView p : QStringView(text).tokenize(u' ', Qt::SkipEmptyParts)) // views: no string per id
        ids.append(p.toLongLong());
    return ids;
}

bool sameOptional(std::optional<double> a, std::optional<double> b)
{
    return a.has_value() == b.has_value() && (!a || *a == *b);
}

// Reconciliation reads this many mentions at a time when it goes through
// the whole table (a chunk, handed to the worker thread as a whole): memory
// stays small, and no cursor stays open while the facts are written.
constexpr int ChunkRows = 4096;
// Below this many families to rebuild, each is looked up on its own.
constexpr int ScanFamilies = 2000;

} // namespace

struct FactStore::Row
{
    qint64 family = 0;
    qint64 articleId = 0;
    qint64 ord = 0;
    qint64 factId = 0; // the stored fact it is a source of (its sources name it); 0 none
    qint64 position = -1;
    qint64 subjectId = 0; // the stored codes, reused when the row's fact is written
    qint64 objectId = 0;
    qint64 typeId = 0;
    qint64 timeCode = 0;
    // The rest of the stored row, made a FactMention (mentionOf()) only when the family
    // needs the reconciler (most families hold one reading and do not).
    qint64 subjectNameId = -1; // -1: NULL, the party as the fact names it
    qint64 objectNameId = -1;
    double value = 0;
    std::optional<double> valueMax;
    qint64 start = 0;
    qint64 length = 0;
    qint64 sentenceStart = 0;
    qint64 sentenceEnd = 0;
    qint64 paragraphStart = 0;
    qint64 flags = 0;
    qint64 quoteKey = 0;
};

struct FactStore::StoredFact
{
    Fact fact;                 // without sources
    qint64 firstArticle = 0;   // articles.id of the first reporter
    QList<qsizetype> sources;  // indexes into the family's rows, in source order
    QList<FactSourceCodec::Source> keys; // as stored: the sources' mention keys
    FigureKind kind = FigureKind::Money;
    // For writing, chosen by settleGroup(): the codes of the sources that say what the fact says
    // (-1: none does, looked up when written) and the sources' keys encoded.
    qint64 typeCode = -1;
    qint64 timeCode = -1;
    QByteArray sourcesBlob;
};

// One family's reconciliation worked out apart from the database (settleFamily(), on any thread).
struct FactStore::Outcome
{
    struct Group // the rows of one key (one per family unless hashes collide)
    {
        QList<Row> rows;
        QList<StoredFact> write; // facts to write; their sources index `rows`
        QList<qint64> remove;    // stored facts left without a source
    };
    QList<Group> groups;
    QString error;
};

// Whole families of mentions read in key order, with what becomes of each.
struct FactStore::Chunk
{
    enum Treat { Single, Settle, StoreOnly }; // reconcileSingle(); settleFamily(); rows written as they are
    struct Family
    {
        qsizetype begin = 0; // its rows: rows[begin, end)
        qsizetype end = 0;
        Treat treat = Settle;
        QList<StoredFact> stored;
    };
    QList<Row> rows;
    QList<Family> families;
    QList<Outcome> outcomes; // by family, filled by settleChunk()
    bool end = false;        // nothing more to read after this chunk
};

FactStore::FactStore(Database &db)
    : FactStore(db, Gazetteer::bundled())
{
}

FactStore::FactStore(Database &db, const Gazetteer &gazetteer)
    : m_db(db)
    , m_relations(gazetteer)
    , m_codes(db)
    , m_addedCodes(db)
    , m_insertRow(db.prepare("INSERT INTO fact_mentions (" MENTION_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                             "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)"))
    , m_selectFamilies(db.prepare("SELECT families, next_ord FROM article_families WHERE article_id = ?1"))
    // Not INSERT OR REPLACE: a statement that may delete runs with a statement journal, at whose
    // savepoint FTS5 writes out the words it holds in memory (one index segment per article).
    , m_insertFamilies(db.prepare("INSERT INTO article_families (article_id, families, next_ord) VALUES (?1, ?2, ?3)"))
    , m_updateFamilies(db.prepare("UPDATE article_families SET families = ?2, next_ord = ?3 WHERE article_id = ?1"))
    , m_deleteFamilies(db.prepare("DELETE FROM article_families WHERE article_id = ?1"))
    , m_deleteRows(db.prepare("DELETE FROM fact_mentions WHERE family = ?1 AND article_id = ?2"))
    , m_selectRows(db.prepare("SELECT " MENTION_COLUMNS " FROM fact_mentions WHERE family = ?1 ORDER BY article_id, ord"))
    , m_selectFacts(db.prepare("SELECT " FACT_COLUMNS " FROM facts WHERE id >= ?1 AND id < ?2 ORDER BY id"))
    , m_insertFact(db.prepare("INSERT OR REPLACE INTO facts (" FACT_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                              "?8, ?9, ?10, ?11)"))
    , m_deleteFact(db.prepare("DELETE FROM facts WHERE id = ?1"))
    , m_selectArticle(db.prepare("SELECT file_name, coalesce(published_by_user, published) FROM articles WHERE id = ?1"))
{
}

int FactStore::articleOrder(const QDate &articleDate)
{
    // Undated articles after dated ones; ties are broken by file name and offset.
    return articleDate.isValid() ? int(articleDate.toJulianDay()) : std::numeric_limits<int>::max();
}

QString FactStore::storeFamily(const FactMention &m, qint64 articleId)
{
    // Without parties two articles' equal numbers are not known to report one
    // thing: such a reading is reconciled within its own article only.
    const QString key = FactReconciler::familyKey(m);
    return m.subject.isEmpty() && m.object.isEmpty() ? key + QStringLiteral("\x1f@") + QString::number(articleId) : key;
}

bool FactStore::addArticle(qint64 articleId, const ArticleExtraction &extraction, QString *error)
{
    return addMentions(articleId, mentionsOf(extraction), error);
}

QList<FactMention> FactStore::mentionsOf(const ArticleExtraction &extraction) const
{
    QList<FactMention> mentions = m_relations.extract(extraction, articleOrder(extraction.article.date));
    // Hashed here, where the sentence is at hand: the store keeps the key, not the sentence.
    for (FactMention &m : mentions)
        m.quoteKey = FactReconciler::quoteKey(m);
    return mentions;
}

bool FactStore::addMentions(qint64 articleId, const QList<FactMention> &mentions, QString *error)
{
    // An article id can be taken again after its article was removed: read its name and date afresh.
    m_articles.remove(articleId);
    if (mentions.isEmpty())
        return true;
    // An article's readings are numbered on from those stored before (usually none).
    QList<qint64> families;
    qint64 firstOrd = -1;
    if (!readFamilies(articleId, families, firstOrd, error))
        return false;
    Statement &w = firstOrd < 0 ? m_insertFamilies : m_updateFamilies;
    firstOrd = std::max<qint64>(firstOrd, 0);
    families.reserve(families.size() + mentions.size());
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        const FactMention &m = mentions.at(i);
        const qint64 family = FactCodes::hash(storeFamily(m, articleId));
        const qint64 subject = m.subject.isEmpty() ? 0 : m_codes.nameId(m.subject, error);
        const qint64 object = m.object.isEmpty() ? 0 : m_codes.nameId(m.object, error);
        const qint64 subjectName = m.subjectName == m.subject ? 0 : m_codes.nameId(m.subjectName, error);
        const qint64 objectName = m.objectName == m.object ? 0 : m_codes.nameId(m.objectName, error);
        const qint64 type = m_codes.typeId({m.metric, m.part, m.kind, m.unit, m.qualifier}, error);
        const qint64 time = m_codes.timeCode(m.time, error);
        if (subject < 0 || object < 0 || subjectName < 0 || objectName < 0 || type < 0)
            return false;
        FactStaging::Record r;
        r.family = family;
        r.articleId = articleId;
        r.ord = qint32(firstOrd + i);
        r.subject = qint32(subject);
        r.object = qint32(object);
        r.subjectName = qint32(subjectName);
        r.objectName = qint32(objectName);
        r.type = qint32(type);
        r.value = m.value;
        r.hasValueMax = m.valueMax.has_value();
        r.valueMax = m.valueMax.value_or(0);
        r.time = time;
        r.start = qint32(m.start);
        r.length = qint32(m.end - m.start);
        r.sentenceStart = qint32(m.sentenceStart);
        // The quote is the article's text from the sentence's start: its end follows from its length.
        r.sentenceEnd = qint32(m.sentenceEnd > m.sentenceStart ? m.sentenceEnd : m.sentenceStart + m.quote.size());
        r.paragraphStart = qint32(m.paragraphStart);
        r.flags = quint8((m.derivedRatio ? DerivedRatio : 0) | (m.vendorClaim ? VendorClaim : 0)
                         | (m.speculation ? Speculation : 0) | (m.excluded ? Excluded : 0)
                         | (m.refersToEarlier ? RefersToEarlier : 0) | (m.retracted ? Retracted : 0));
        r.quoteKey = qint32(FactReconciler::quoteKey(m)); // signed: 4 bytes in the record, not 6
        if (!m_staging.append(r, error))
            return false;
        families.append(family);
        // Readings kept apart never become facts: their families need no rebuild.
        if (!m.keptApart())
            m_pending.insert(family);
    }
    // Written now, in article order (staged mentions go in later, in family order).
    if (!prepared(w, error))
        return false;
    w.bind(1, articleId);
    w.bindBlob(2, FamilySetCodec::encode(std::move(families)));
    w.bind(3, firstOrd + mentions.size());
    return w.execute(error);
}

bool FactStore::readFamilies(qint64 articleId, QList<qint64> &families, qint64 &nextOrd, QString *error)
{
    Statement &s = m_selectFamilies;
    if (!prepared(s, error))
        return false;
    s.bind(1, articleId);
    if (s.step()) {
        if (!FamilySetCodec::decode(s.columnBlobView(0), families)) {
            s.reset();
            setError(error, QStringLiteral("article %1: damaged article_families row").arg(articleId));
            return false;
        }
        nextOrd = s.columnInt(1);
    }
    if (!s.succeeded())
        return s.fail(error);
    s.reset();
    return true;
}

FactStore::Row FactStore::rowOf(const FactStaging::Record &r)
{
    // As readRow() reads the row the record becomes.
    Row row;
    row.family = r.family;
    row.articleId = r.articleId;
    row.ord = r.ord;
    row.subjectId = r.subject;
    row.objectId = r.object;
    row.subjectNameId = r.subjectName == 0 ? -1 : r.subjectName;
    row.objectNameId = r.objectName == 0 ? -1 : r.objectName;
    row.typeId = r.type;
    row.value = r.value;
    if (r.hasValueMax)
        row.valueMax = r.valueMax;
    row.timeCode = r.time;
    row.start = r.start;
    row.length = r.length;
    row.sentenceStart = r.sentenceStart;
    row.sentenceEnd = r.sentenceEnd;
    row.paragraphStart = r.paragraphStart;
    row.flags = r.flags;
    row.quoteKey = r.quoteKey;
    return row;
}

bool FactStore::insertRow(const Row &r, QString *error)
{
    Statement &s = m_insertRow;
    if (!prepared(s, error))
        return false;
    s.bind(1, r.family);
    s.bind(2, r.articleId);
    s.bind(3, r.ord);
    bindId(s, 4, r.subjectId);
    bindId(s, 5, r.objectId);
    bindId(s, 6, r.subjectNameId);
    bindId(s, 7, r.objectNameId);
    s.bind(8, r.typeId);
    s.bind(9, r.value);
    s.bind(10, r.valueMax);
    bindTime(s, 11, r.timeCode);
    s.bind(12, r.start);
    s.bind(13, r.length);
    s.bind(14, r.sentenceStart);
    s.bind(15, r.sentenceEnd);
    s.bind(16, r.paragraphStart);
    s.bind(17, r.flags);
    s.bind(18, r.quoteKey);
    return s.execute(error);
}

bool FactStore::storeRow(const Row &r, QString *error)
{
    // A stored row never changes: its fact lists it.
    return !m_insertRows || insertRow(r, error);
}

bool FactStore::flushStaged(QString *error)
{
    if (m_staging.isEmpty())
        return true;
    if (!m_staging.rewind(error))
        return false;
    // Without a fact yet: the rows are as the pending families' rebuild finds them.
    FactStaging::Record record;
    while (m_staging.next(record))
        if (!insertRow(rowOf(record), error))
            return false;
    if (!m_staging.error().isEmpty()) {
        setError(error, m_staging.error());
        return false;
    }
    m_staging.clear();
    return true;
}

bool FactStore::mentionsStored() const
{
    Statement s = m_db.prepare("SELECT 1 FROM fact_mentions LIMIT 1");
    return s.step();
}

bool FactStore::forgetArticle(qint64 articleId, QString *error)
{
    // Its staged readings are found, and deleted with it, in the table.
    if (m_staging.nextOrd(articleId) >= 0 && !flushStaged(error))
        return false;
    m_articles.remove(articleId);
    QList<qint64> families;
    qint64 nextOrd = -1;
    if (!readFamilies(articleId, families, nextOrd, error) || !prepared(m_deleteRows, error)
        || !prepared(m_deleteFamilies, error))
        return false;
    // Nothing cascades to fact_mentions (schema version 11): its rows go here, by their key.
    for (const qint64 family : std::as_const(families)) {
        m_deleteRows.bind(1, family);
        m_deleteRows.bind(2, articleId);
        if (!m_deleteRows.execute(error))
            return false;
        m_pending.insert(family);
    }
    m_deleteFamilies.bind(1, articleId);
    return m_deleteFamilies.execute(error);
}

bool FactStore::withTransaction(const std::function<bool(QString *)> &work, QString *error)
{
    if (m_db.inTransaction())
        return work(error);
    if (!m_db.beginImmediate(error))
        return false;
    if (!work(error) || !m_db.commit(error)) {
        m_db.rollback();
        return false;
    }
    return true;
}

const FactStore::ArticleInfo &FactStore::article(qint64 id) const
{
    // While a worker thread reads the cache (every article loaded), an unknown id (a deleted article) adds nothing.
    static const ArticleInfo none;
    if (m_shared && !m_sharedArticles.empty()) {
        const ArticleInfo *info = id >= 0 && id < qint64(m_sharedArticles.size()) ? m_sharedArticles[size_t(id)] : nullptr;
        return info ? *info : none;
    }
    if (const auto it = m_articles.constFind(id); it != m_articles.constEnd())
        return *it;
    if (m_shared)
        return none;
    ArticleInfo info;
    m_selectArticle.bind(1, id);
    if (m_selectArticle.step()) {
        info.fileName = m_selectArticle.columnText(0);
        if (!m_selectArticle.columnIsNull(1))
            info.date = QDate::fromString(m_selectArticle.columnText(1), Qt::ISODate);
    }
    m_selectArticle.reset();
    return *m_articles.insert(id, info);
}

bool FactStore::loadArticles(QString *error) const
{
    Statement s = m_db.prepare("SELECT id, file_name, coalesce(published_by_user, published) FROM articles");
    while (s.step()) {
        ArticleInfo info;
        info.fileName = s.columnText(1);
        if (!s.columnIsNull(2))
            info.date = QDate::fromString(s.columnText(2), Qt::ISODate);
        m_articles.insert(s.columnInt(0), info);
    }
    return s.succeeded() || s.fail(error);
}

FactStore::Row FactStore::readRow(const Statement &s) const
{
    // Integers only: no string is built for a row the fast path writes.
    Row r;
    r.family = s.columnInt(0);
    r.articleId = s.columnInt(1);
    r.ord = s.columnInt(2);
    r.subjectId = s.columnInt(3);
    r.objectId = s.columnInt(4);
    r.subjectNameId = s.columnIsNull(5) ? -1 : s.columnInt(5);
    r.objectNameId = s.columnIsNull(6) ? -1 : s.columnInt(6);
    r.typeId = s.columnInt(7);
    r.value = s.columnDouble(8);
    if (!s.columnIsNull(9))
        r.valueMax = s.columnDouble(9);
    r.timeCode = s.columnInt(10);
    r.start = s.columnInt(11);
    r.length = s.columnInt(12);
    r.sentenceStart = s.columnInt(13);
    r.sentenceEnd = s.columnInt(14);
    r.paragraphStart = s.columnInt(15);
    r.flags = s.columnInt(16);
    r.quoteKey = s.columnInt(17);
    return r;
}

FactMention FactStore::mentionOf(const Row &r, QHash<qint64, QString> *times) const
{
    FactMention m;
    m.subject = m_codes.name(r.subjectId);
    m.object = m_codes.name(r.objectId);
    m.subjectName = r.subjectNameId < 0 ? m.subject : m_codes.name(r.subjectNameId);
    m.objectName = r.objectNameId < 0 ? m.object : m_codes.name(r.objectNameId);
    const FactCodes::Type &type = m_codes.type(r.typeId);
    m.metric = type.metric;
    m.part = type.part;
    m.kind = type.kind;
    m.unit = type.unit;
    m.qualifier = type.qualifier;
    m.value = r.value;
    m.valueMax = r.valueMax;
    m.time = timeText(r.timeCode, times);
    m.precision = timePrecisionOf(m.time);
    const ArticleInfo &a = article(r.articleId);
    m.article = a.fileName;
    m.articleDate = a.date;
    m.articleOrder = articleOrder(a.date);
    m.start = r.start;
    m.end = r.start + r.length;
    m.sentenceStart = r.sentenceStart;
    m.sentenceEnd = r.sentenceEnd;
    m.paragraphStart = r.paragraphStart;
    m.derivedRatio = r.flags & DerivedRatio;
    m.vendorClaim = r.flags & VendorClaim;
    m.speculation = r.flags & Speculation;
    m.excluded = r.flags & Excluded;
    m.refersToEarlier = r.flags & RefersToEarlier;
    m.retracted = r.flags & Retracted;
    m.quoteKey = quint32(qint32(r.quoteKey));
    return m;
}

FactStore::StoredFact FactStore::readFact(const Statement &s) const
{
    StoredFact sf;
    Fact &f = sf.fact;
    f.id = s.columnInt(0);
    f.subject = m_codes.name(s.columnInt(1));
    f.object = m_codes.name(s.columnInt(2));
    sf.kind = m_codes.applyType(s.columnInt(3), f).kind;
    f.value = s.columnDouble(4);
    if (!s.columnIsNull(5))
        f.valueMax = s.columnDouble(5);
    f.time = m_codes.time(s.columnInt(6));
    f.precision = timePrecisionOf(f.time);
    f.status = FactCodes::status(s.columnInt(7));
    sf.firstArticle = s.columnInt(8);
    f.firstReportedBy = article(sf.firstArticle).fileName;
    f.alternatives = parseIds(s.columnText(9));
    FactSourceCodec::decode(s.columnBlobView(10), sf.keys); // a damaged blob: the sources read so far
    return sf;
}

bool FactStore::loadRows(qint64 family, QList<Row> &rows, QString *error)
{
    Statement &s = m_selectRows;
    if (!prepared(s, error))
        return false;
    s.bind(1, family);
    while (s.step())
        rows.append(readRow(s));
    if (!s.succeeded())
        return s.fail(error);
    s.reset();
    return true;
}

bool FactStore::loadFacts(qint64 family, QList<StoredFact> &facts, QString *error)
{
    Statement &s = m_selectFacts;
    if (!prepared(s, error))
        return false;
    s.bind(1, family << FamilyShift);
    s.bind(2, (family + 1) << FamilyShift);
    while (s.step())
        facts.append(readFact(s));
    if (!s.succeeded())
        return s.fail(error);
    s.reset();
    return true;
}

bool FactStore::writeFact(const StoredFact &sf, const QList<Row> &rows, QString *error)
{
    Statement &s = m_insertFact;
    if (!prepared(s, error))
        return false;
    const Fact &f = sf.fact;
    const Row &first = rows.at(sf.sources.first());
    // Codes none of the sources has are looked up apart: m_codes may be read by a worker thread.
    qint64 type = sf.typeCode, time = sf.timeCode;
    if (type < 0)
        type = m_addedCodes.typeId({f.metric, f.part, sf.kind, f.unit, f.qualifier}, error);
    if (time < 0)
        time = m_addedCodes.timeCode(f.time, error);
    if (type < 0)
        return false;
    s.bind(1, f.id);
    bindId(s, 2, first.subjectId);
    bindId(s, 3, first.objectId);
    s.bind(4, type);
    s.bind(5, f.value);
    s.bind(6, f.valueMax);
    bindTime(s, 7, time);
    s.bind(8, qint64(f.status));
    bindId(s, 9, sf.firstArticle);
    if (f.alternatives.isEmpty())
        s.bindNull(10);
    else
        s.bind(10, idList(f.alternatives));
    s.bindBlob(11, sf.sourcesBlob);
    return s.execute(error);
}

void FactStore::prepareWrite(StoredFact &sf, const QList<Row> &rows) const
{
    QList<FactSourceCodec::Source> keys;
    keys.reserve(sf.sources.size());
    for (const qsizetype i : std::as_const(sf.sources)) {
        const Row &r = rows.at(i);
        keys.append({r.articleId, r.ord});
    }
    sf.sourcesBlob = FactSourceCodec::encode(keys);
}

QString FactStore::timeText(qint64 code, QHash<qint64, QString> *times) const
{
    if (!times || code <= 0)
        return m_codes.time(code); // names (negative codes) are all loaded while a worker runs: read only
    auto it = times->constFind(code);
    if (it == times->constEnd())
        it = times->insert(code, FactCodes::isoDate(code));
    return *it;
}

bool FactStore::reconcileFamily(QList<Row> &rows, QList<StoredFact> &stored, QList<qint64> &changed, QString *error)
{
    // Most families hold one reading and no fact yet: its fact follows from
    // the row alone, without the reconciler or a string.
    if (rows.size() == 1 && stored.isEmpty())
        return reconcileSingle(rows.first(), changed, error);
    Outcome outcome;
    settleFamily(rows, stored, outcome, nullptr);
    return applyOutcome(outcome, changed, error);
}

void FactStore::settleFamily(QList<Row> &rows, QList<StoredFact> &stored, Outcome &outcome,
                             QHash<qint64, QString> *times) const
{
    // The rows (in key order) that stored facts list as their sources learn their fact.
    for (const StoredFact &f : std::as_const(stored))
        for (qsizetype p = 0; p < f.keys.size(); ++p) {
            const FactSourceCodec::Source &k = f.keys.at(p);
            const auto at = std::lower_bound(rows.begin(), rows.end(), k, [](const Row &r, const FactSourceCodec::Source &k) {
                return r.articleId != k.articleId ? r.articleId < k.articleId : r.ord < k.ord;
            });
            if (at != rows.end() && at->articleId == k.articleId && at->ord == k.ord) {
                at->factId = f.fact.id;
                at->position = p;
            }
        }
    // New facts are numbered on from the family's largest.
    qint64 nextId = (rows.first().family << FamilyShift) + 1;
    for (const StoredFact &f : std::as_const(stored))
        nextId = std::max(nextId, f.fact.id + 1);
    // One family, unless two keys share a hash (it has 31 bits, to keep rows
    // and indexes small): then the rows are split by their key first.
    auto sameKey = [this](const Row &a, const Row &b) {
        const bool partyless = a.subjectId == 0 && a.objectId == 0;
        if (a.subjectId != b.subjectId || a.objectId != b.objectId || (partyless && a.articleId != b.articleId))
            return false;
        if (a.typeId == b.typeId) // the usual case: no type looked up
            return true;
        // Both looked up before either is read: a look-up may add to the cache the other lives in.
        m_codes.type(a.typeId);
        m_codes.type(b.typeId);
        const FactCodes::Type &ta = m_codes.type(a.typeId), &tb = m_codes.type(b.typeId);
        return ta.metric == tb.metric && ta.part == tb.part && ta.unit == tb.unit;
    };
    if (std::all_of(rows.cbegin(), rows.cend(), [&](const Row &r) { return sameKey(rows.first(), r); })) {
        settleGroup(std::move(rows), stored, nextId, outcome, times);
        return;
    }
    QList<QList<Row>> groups;
    for (Row &r : rows) {
        qsizetype g = 0;
        while (g < groups.size() && !sameKey(groups.at(g).first(), r))
            ++g;
        if (g == groups.size())
            groups.append(QList<Row>());
        groups[g].append(std::move(r));
    }
    // A stored fact goes with the rows that are its sources (any group when none is left).
    QList<QList<StoredFact>> facts(groups.size());
    for (StoredFact &f : stored) {
        qsizetype at = 0;
        for (qsizetype g = 0; g < groups.size(); ++g)
            if (std::any_of(groups.at(g).cbegin(), groups.at(g).cend(),
                            [&](const Row &r) { return r.factId == f.fact.id; }))
                at = g;
        facts[at].append(std::move(f));
    }
    for (qsizetype g = 0; g < groups.size() && outcome.error.isEmpty(); ++g)
        settleGroup(std::move(groups[g]), facts[g], nextId, outcome, times);
}

void FactStore::settleGroup(QList<Row> rows, QList<StoredFact> &stored, qint64 &nextId, Outcome &outcome,
                            QHash<qint64, QString> *times) const
{
    // The readings go to the reconciler; the rows keep their codes.
    QList<FactMention> mentions;
    mentions.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        mentions.append(mentionOf(rows.at(i), times));
        mentions.last().tag = i;
    }
    // The stored facts' sources, from the rows that name them.
    QHash<qint64, qsizetype> storedIndex;
    QList<Fact> previous;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        storedIndex.insert(stored.at(i).fact.id, i);
        previous.append(stored.at(i).fact);
    }
    {
        QHash<qint64, QList<QPair<qint64, qsizetype>>> byFact;
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (rows.at(i).factId > 0)
                byFact[rows.at(i).factId].append({rows.at(i).position, i});
        for (auto it = byFact.begin(); it != byFact.end(); ++it) {
            const auto at = storedIndex.constFind(it.key());
            if (at == storedIndex.constEnd())
                continue;
            std::sort(it->begin(), it->end());
            for (const auto &p : std::as_const(*it))
                stored[*at].sources.append(p.second);
        }
    }

    // The reconciler numbers new facts from the largest id it sees: they take
    // the family's next ids instead, alternatives with them.
    QList<Fact> rebuilt = FactReconciler::reconcileFamily(previous, std::move(mentions));
    QHash<qint64, qint64> renumber;
    for (const Fact &f : std::as_const(rebuilt))
        if (!storedIndex.contains(f.id) && !renumber.contains(f.id)) {
            if (nextId >> FamilyShift != rows.first().family) {
                outcome.error = QStringLiteral("fact family %1 would hold more than %2 facts")
                                    .arg(rows.first().family)
                                    .arg(MaxFactsPerFamily);
                return;
            }
            renumber.insert(f.id, nextId++);
        }

    Outcome::Group group;
    group.write.reserve(rebuilt.size());
    QSet<qint64> kept; // only asked about stored facts
    for (Fact &f : rebuilt) {
        f.id = renumber.value(f.id, f.id);
        if (!f.alternatives.isEmpty()) // a non-const begin() of an empty QList allocates
            for (qint64 &a : f.alternatives)
                a = renumber.value(a, a);
        // A family with no mention left comes back untouched from the reconciler: it is gone.
        if (f.sources.isEmpty())
            continue;
        StoredFact now;
        now.kind = f.sources.first().kind;
        now.sources.reserve(f.sources.size());
        for (qsizetype i = 0; i < f.sources.size(); ++i) {
            const FactMention &m = f.sources.at(i);
            const qsizetype row = qsizetype(m.tag);
            now.sources.append(row);
            if (now.firstArticle == 0 && m.article == f.firstReportedBy)
                now.firstArticle = rows.at(row).articleId;
            // A fact says what its sources say: the codes of the first that says it are reused when it
            // is written (the mention's qualifier and time are its row's codes decoded).
            if (now.typeCode < 0 && m.qualifier == f.qualifier)
                now.typeCode = rows.at(row).typeId;
            if (now.timeCode < 0 && m.time == f.time)
                now.timeCode = rows.at(row).timeCode;
        }
        f.sources.clear();
        now.fact = std::move(f);
        if (!stored.isEmpty())
            kept.insert(now.fact.id);
        const auto at = storedIndex.constFind(now.fact.id);
        if (at != storedIndex.constEnd()) {
            const StoredFact &old = stored.at(*at);
            const Fact &a = old.fact, &b = now.fact;
            if (a.subject == b.subject && a.object == b.object && a.metric == b.metric && a.part == b.part
                && a.value == b.value && sameOptional(a.valueMax, b.valueMax) && a.unit == b.unit
                && a.qualifier == b.qualifier && a.time == b.time && a.status == b.status
                && old.firstArticle == now.firstArticle && a.alternatives == b.alternatives
                && old.sources == now.sources)
                continue;
        }
        prepareWrite(now, rows);
        group.write.append(std::move(now));
    }
    for (const StoredFact &old : std::as_const(stored))
        if (!kept.contains(old.fact.id))
            group.remove.append(old.fact.id);
    group.rows = std::move(rows);
    outcome.groups.append(std::move(group));
}

bool FactStore::applyOutcome(Outcome &outcome, QList<qint64> &changed, QString *error)
{
    if (!outcome.error.isEmpty()) {
        setError(error, outcome.error);
        return false;
    }
    for (const Outcome::Group &g : std::as_const(outcome.groups)) {
        for (const StoredFact &f : g.write) {
            if (!writeFact(f, g.rows, error))
                return false;
            changed.append(f.fact.id);
        }
        for (const qint64 id : g.remove) {
            m_deleteFact.bind(1, id);
            if (!m_deleteFact.execute(error))
                return false;
            changed.append(id);
        }
        for (const Row &r : g.rows)
            if (!storeRow(r, error))
                return false;
    }
    return true;
}

void FactStore::settleChunk(Chunk &chunk, QHash<qint64, QString> &times) const
{
    chunk.outcomes.resize(chunk.families.size());
    for (qsizetype i = 0; i < chunk.families.size(); ++i) {
        Chunk::Family &f = chunk.families[i];
        if (f.treat != Chunk::Settle)
            continue;
        QList<Row> rows;
        rows.reserve(f.end - f.begin);
        for (qsizetype r = f.begin; r < f.end; ++r)
            rows.append(std::move(chunk.rows[r]));
        settleFamily(rows, f.stored, chunk.outcomes[i], &times);
    }
}

bool FactStore::applyChunk(Chunk &chunk, QList<qint64> &changed, QString *error)
{
    for (qsizetype i = 0; i < chunk.families.size(); ++i) {
        const Chunk::Family &f = chunk.families.at(i);
        switch (f.treat) {
        case Chunk::Single:
            if (!reconcileSingle(chunk.rows[f.begin], changed, error))
                return false;
            break;
        case Chunk::Settle:
            if (!applyOutcome(chunk.outcomes[i], changed, error))
                return false;
            break;
        case Chunk::StoreOnly:
            for (qsizetype r = f.begin; r < f.end; ++r)
                if (!insertRow(chunk.rows.at(r), error))
                    return false;
            break;
        }
    }
    return true;
}

bool FactStore::reconcileChunks(const std::function<bool(Chunk &)> &read, QList<qint64> &changed, QString *error)
{
    // This thread reads and writes SQLite; a second one settles each chunk's
    // families (decoding and the reconciler) while the next chunk is read and
    // the previous one written. Chunks are written in the order they were
    // read, so the result does not depend on timing. The caches the worker
    // reads (m_codes, m_articles, loaded before) get nothing added meanwhile.
    // Pointers into m_articles, which nothing changes until the pass ends.
    qint64 lastArticle = -1;
    for (auto it = m_articles.cbegin(); it != m_articles.cend(); ++it)
        lastArticle = std::max(lastArticle, it.key());
    if (lastArticle < 4 * m_articles.size() + 65536) { // else sparse: the hash is looked up
        m_sharedArticles.assign(size_t(lastArticle + 1), nullptr);
        for (auto it = m_articles.cbegin(); it != m_articles.cend(); ++it)
            if (it.key() >= 0)
                m_sharedArticles[size_t(it.key())] = &it.value();
    }
    m_shared = true;
    struct Shared // cleared when the pass ends, also on an error
    {
        bool &flag;
        std::vector<const ArticleInfo *> &articles;
        ~Shared()
        {
            flag = false;
            articles.clear();
        }
    } shared{m_shared, m_sharedArticles};
    std::deque<Chunk> chunks;     // declared before the worker: its jobs write into them
    QHash<qint64, QString> times; // the worker's own cache of decoded times
    // A written chunk is freed by the worker's next job: freeing is a good part of the work.
    std::shared_ptr<Chunk> spent;
    OrderedWorker worker;
    auto writeOldest = [&] {
        worker.takeOldest();
        spent = std::make_shared<Chunk>(std::move(chunks.front()));
        chunks.pop_front();
        return applyChunk(*spent, changed, error);
    };
    for (bool end = false; !end;) {
        Chunk chunk;
        if (!read(chunk))
            return false;
        end = chunk.end;
        if (chunk.families.isEmpty())
            continue;
        chunks.push_back(std::move(chunk));
        Chunk &queued = chunks.back(); // a deque keeps its elements in place as it grows
        worker.submit([this, &queued, &times, done = std::move(spent)]() mutable {
            done.reset();
            settleChunk(queued, times);
        });
        // Two chunks in flight keep both threads busy; more would only hold memory.
        if (worker.pending() > 2 && !writeOldest())
            return false;
    }
    while (worker.pending() > 0)
        if (!writeOldest())
            return false;
    return true;
}

bool FactStore::reconcileSingle(Row &row, QList<qint64> &changed, QString *error)
{
    // What FactReconciler makes of one reading: nothing when it is kept apart,
    // else a fact of its own (single, or retracted), first reported by its
    // article, with no alternative, in the reading's own codes: the family's first.
    if (!(row.flags & (DerivedRatio | VendorClaim | Speculation | Excluded))) {
        const qint64 id = (row.family << FamilyShift) + 1;
        Statement &s = m_insertFact;
        if (!prepared(s, error))
            return false;
        s.bind(1, id);
        bindId(s, 2, row.subjectId);
        bindId(s, 3, row.objectId);
        s.bind(4, row.typeId);
        s.bind(5, row.value);
        s.bind(6, row.valueMax);
        bindTime(s, 7, row.timeCode);
        s.bind(8, qint64(row.flags & Retracted ? FactStatus::Retracted : FactStatus::Single));
        bindId(s, 9, row.articleId);
        s.bindNull(10);
        s.bindBlob(11, FactSourceCodec::encode({{row.articleId, row.ord}}));
        if (!s.execute(error))
            return false;
        changed.append(id);
    }
    return storeRow(row, error);
}

bool FactStore::reconcilePending(QString *error)
{
    m_changed.clear();
    if (m_pending.isEmpty() && m_staging.isEmpty())
        return true;
    const QSet<qint64> pending = std::exchange(m_pending, {});
    return withTransaction(
        [&](QString *e) {
            // Any change of facts leaves the stored events for their first reader to rebuild.
            if (!EventStore::markOutOfDate(m_db, e))
                return false;
            if (!m_staging.isEmpty()) {
                // The first mentions of a table: written once, in key order, facts with them.
                if (!mentionsStored()) {
                    QList<qint64> changed;
                    if (!reconcileStaged(&pending, changed, e))
                        return false;
                    std::sort(changed.begin(), changed.end());
                    m_changed = changed;
                    return true;
                }
                if (!flushStaged(e))
                    return false;
            }
            if (pending.isEmpty())
                return true;
            // Many families (a large ingest): one pass over the table beats a lookup per family.
            // (Counting the mentions costs a pass over an index: only asked for large batches.)
            if (pending.size() > ScanFamilies && pending.size() * 8 > mentionCount()) {
                QList<qint64> changed;
                if (!scanFamilies(&pending, false, changed, e))
                    return false;
                std::sort(changed.begin(), changed.end());
                m_changed = changed;
                return true;
            }
            QList<qint64> families(pending.cbegin(), pending.cend());
            std::sort(families.begin(), families.end()); // in table order, as a pass over it would visit them
            return reconcileFamilies(families, false, e);
        },
        error);
}

bool FactStore::reconcileStaged(const QSet<qint64> *only, QList<qint64> &changed, QString *error)
{
    // As scanFamilies(), with the staged records in place of the table's rows.
    m_db.exec("PRAGMA cache_size=-65536");
    if (!m_codes.load(error) || !loadArticles(error) || !m_staging.rewind(error))
        return false;
    bool anyFacts = false;
    {
        Statement f = m_db.prepare("SELECT 1 FROM facts LIMIT 1");
        anyFacts = f.step();
    }
    m_insertRows = true;
    struct Writing // the staged rows are inserted as their families are written, until the pass ends (also on an error)
    {
        bool &flag;
        ~Writing() { flag = false; }
    } writing{m_insertRows};
    QSet<qint64> seen; // only needed to find families left without mentions
    FactStaging::Record record;
    bool held = false; // `record` was read and opens the next chunk
    auto read = [&](Chunk &chunk) {
        chunk.rows.reserve(ChunkRows + ChunkRows / 4);
        if (held)
            chunk.rows.append(rowOf(record));
        held = false;
        while (m_staging.next(record)) {
            if (chunk.rows.size() >= ChunkRows && record.family != chunk.rows.last().family) {
                held = true;
                break;
            }
            chunk.rows.append(rowOf(record));
        }
        if (!held && !m_staging.error().isEmpty()) {
            setError(error, m_staging.error());
            return false;
        }
        chunk.end = !held;
        return splitFamilies(chunk, only, anyFacts, only && anyFacts ? &seen : nullptr, error);
    };
    if (!reconcileChunks(read, changed, error))
        return false;
    m_staging.clear();
    return !only || !anyFacts || dropEmptiedFamilies(*only, seen, changed, error);
}

bool FactStore::splitFamilies(Chunk &chunk, const QSet<qint64> *only, bool anyFacts, QSet<qint64> *seen, QString *error)
{
    for (qsizetype from = 0; from < chunk.rows.size();) {
        Chunk::Family f;
        f.begin = from;
        const qint64 family = chunk.rows.at(from).family;
        while (++from < chunk.rows.size() && chunk.rows.at(from).family == family) {
        }
        f.end = from;
        if (only && !only->contains(family)) {
            f.treat = Chunk::StoreOnly; // readings kept apart only: no fact, the rows as they are
        } else {
            if (anyFacts && !loadFacts(family, f.stored, error))
                return false;
            if (seen)
                seen->insert(family);
            f.treat = f.end - f.begin == 1 && f.stored.isEmpty() ? Chunk::Single : Chunk::Settle;
        }
        chunk.families.append(std::move(f));
    }
    return true;
}

bool FactStore::dropEmptiedFamilies(const QSet<qint64> &only, const QSet<qint64> &seen, QList<qint64> &changed,
                                    QString *error)
{
    for (const qint64 family : only) {
        if (seen.contains(family))
            continue;
        QList<StoredFact> stored;
        if (!loadFacts(family, stored, error))
            return false;
        for (const StoredFact &old : std::as_const(stored)) {
            m_deleteFact.bind(1, old.fact.id);
            if (!m_deleteFact.execute(error))
                return false;
            changed.append(old.fact.id);
        }
    }
    return true;
}

bool FactStore::reconcileFamilies(const QList<qint64> &families, bool fromScratch, QString *error)
{
    QList<qint64> changed;
    for (const qint64 family : families) {
        QList<Row> rows;
        QList<StoredFact> stored;
        if (!loadRows(family, rows, error) || (!fromScratch && !loadFacts(family, stored, error)))
            return false;
        if (rows.isEmpty()) {
            // Every mention is gone: so are the family's facts.
            for (const StoredFact &old : std::as_const(stored)) {
                m_deleteFact.bind(1, old.fact.id);
                if (!m_deleteFact.execute(error))
                    return false;
                changed.append(old.fact.id);
            }
            continue;
        }
        if (!reconcileFamily(rows, stored, changed, error))
            return false;
    }
    std::sort(changed.begin(), changed.end());
    m_changed = changed;
    return true;
}

bool FactStore::scanFamilies(const QSet<qint64> *only, bool fromScratch, QList<qint64> &changed, QString *error)
{
    // A page cache that holds a chunk of mentions and the facts written meanwhile.
    m_db.exec("PRAGMA cache_size=-65536");
    if (!m_codes.load(error) || !loadArticles(error))
        return false;
    bool anyFacts = false;
    if (!fromScratch) {
        Statement f = m_db.prepare("SELECT 1 FROM facts LIMIT 1");
        anyFacts = f.step();
    }
    // Mentions are stored in family order: one pass, a chunk of whole families at a time.
    Statement s = m_db.prepare("SELECT " MENTION_COLUMNS " FROM fact_mentions WHERE family > ?1 "
                               "ORDER BY family, article_id, ord");
    if (!prepared(s, error))
        return false;
    QSet<qint64> seen;
    qint64 after = -1;
    auto read = [&](Chunk &chunk) {
        chunk.rows.reserve(ChunkRows + ChunkRows / 4);
        s.bind(1, after);
        qint64 last = -1;
        qsizetype read = 0;
        while (s.step()) {
            const qint64 family = s.columnInt(0);
            if (read >= ChunkRows && family != last)
                break;
            ++read;
            last = family;
            if (!only || only->contains(family))
                chunk.rows.append(readRow(s));
        }
        if (!s.succeeded())
            return s.fail(error);
        s.reset();
        after = last;
        chunk.end = read == 0;
        return splitFamilies(chunk, only, anyFacts, only && anyFacts ? &seen : nullptr, error);
    };
    // Then the families whose every mention is gone.
    return reconcileChunks(read, changed, error) && (!only || !anyFacts || dropEmptiedFamilies(*only, seen, changed, error));
}

bool FactStore::rebuildAll(QString *error)
{
    m_changed.clear();
    m_pending.clear();
    return withTransaction(
        [&](QString *e) {
            if (!EventStore::markOutOfDate(m_db, e))
                return false;
            QList<qint64> changed;
            {
                Statement s = m_db.prepare("SELECT id FROM facts ORDER BY id");
                while (s.step())
                    changed.append(s.columnInt(0));
            }
            const qsizetype previous = changed.size(); // in id order
            // Every fact is written again, in id order (families ascending): appends to an empty table.
            if (!m_db.exec("DELETE FROM facts", e))
                return false;
            // Mentions added since the last reconciliation: into an empty table they go with their facts.
            if (!m_staging.isEmpty() && !mentionsStored()) {
                if (!reconcileStaged(nullptr, changed, e))
                    return false;
            } else if (!flushStaged(e) || !scanFamilies(nullptr, true, changed, e)) {
                return false;
            }
            // The written ids come nearly in order: sorted apart and merged (sorting the whole took 2 % of a rebuild).
            std::sort(changed.begin() + previous, changed.end());
            std::inplace_merge(changed.begin(), changed.begin() + previous, changed.end());
            changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
            m_changed = changed;
            return true;
        },
        error);
}

bool FactStore::isCurrent() const
{
    Statement s = m_db.prepare("SELECT value FROM meta WHERE key = 'facts_rules'");
    // No mark: a database made by this version before any article came in.
    if (!s.step())
        return m_db.articleCount() == 0;
    return s.columnText(0).toInt() == RulesVersion;
}

bool FactStore::refresh(const ArticleAnalyzer &analyzer, QString *error)
{
    return withTransaction(
        [&](QString *e) {
            // Ties without a figure are read from the same articles (AgreementReader).
            if (!m_db.exec("DELETE FROM facts; DELETE FROM fact_mentions; DELETE FROM article_families; "
                           "DELETE FROM agreements", e))
                return false;
            AgreementStore agreements(m_db);
            const AgreementReader agreementReader;
            Statement s = m_db.prepare(
                "SELECT id, file_name, format, title, publisher, coalesce(published_by_user, published), text "
                "FROM articles ORDER BY id");
            while (s.step()) {
                // Excluded regions, figures and entities are found again from the stored text.
                Article a;
                a.fileName = s.columnText(1);
                a.format = s.columnText(2);
                a.title = s.columnText(3);
                a.publisher = s.columnText(4);
                a.date = QDate::fromString(s.columnText(5), Qt::ISODate);
                a.text = s.columnText(6);
                const ArticleExtraction extraction = analyzer.analyze(std::move(a));
                if (!addArticle(s.columnInt(0), extraction, e)
                    || !agreements.add(s.columnInt(0), agreementReader.read(extraction), e))
                    return false;
            }
            if (!s.succeeded())
                return s.fail(e);
            return rebuildAll(e) && markCurrent(e); // rebuildAll leaves the events to their first reader
        },
        error);
}

bool FactStore::markCurrent(QString *error)
{
    Statement mark = m_db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('facts_rules', ?1)");
    mark.bind(1, QString::number(RulesVersion));
    return mark.execute(error);
}

QList<Fact> FactStore::facts(QString *error) const
{
    return readFacts(true, error);
}

QList<Fact> FactStore::factsWithoutQuotes(QString *error) const
{
    return readFacts(false, error);
}

QList<Fact> FactStore::readFacts(bool withQuotes, QString *error) const
{
    if (!m_codes.load(error) || !loadArticles(error))
        return {};
    QList<Fact> facts;
    QHash<qint64, qsizetype> index;
    {
        Statement s = m_db.prepare("SELECT " FACT_COLUMNS " FROM facts ORDER BY id");
        while (s.step()) {
            index.insert(s.columnInt(0), facts.size());
            facts.append(readFact(s).fact);
        }
        if (!s.succeeded()) {
            s.fail(error);
            return {};
        }
    }
    // Sources by article, so each article's text is read once for the quotes.
    QList<Row> sources;
    static_assert(FactSourceScan::FirstColumn == 3, "readRow() reads the mention's data from column 3");
    const bool scanned = FactSourceScan(m_db, MENTION_DATA).run(
        [&](qint64 factId, qint32 position, const Statement &s) {
            sources.append(readRow(s));
            sources.last().factId = factId;
            sources.last().position = position;
            return true;
        },
        error);
    if (!scanned)
        return {};
    std::sort(sources.begin(), sources.end(), [](const Row &a, const Row &b) {
        return a.factId != b.factId ? a.factId < b.factId : a.position < b.position;
    });
    QList<qsizetype> byArticle(sources.size());
    std::iota(byArticle.begin(), byArticle.end(), 0);
    std::stable_sort(byArticle.begin(), byArticle.end(),
                     [&](qsizetype a, qsizetype b) { return sources.at(a).articleId < sources.at(b).articleId; });
    Statement text = m_db.prepare("SELECT text FROM articles WHERE id = ?1");
    qint64 current = -1;
    QString articleText;
    QList<FactMention> mentions(sources.size()); // by index into `sources`
    for (const qsizetype i : std::as_const(byArticle)) {
        const Row &r = sources.at(i);
        FactMention &m = mentions[i];
        m = mentionOf(r, nullptr);
        if (!withQuotes)
            continue;
        if (r.articleId != current) {
            current = r.articleId;
            text.bind(1, current);
            articleText = text.step() ? text.columnText(0) : QString();
            text.reset();
        }
        // Offsets are UTF-16 units into the decoded text, as QString counts them.
        m.text = articleText.mid(m.start, m.end - m.start);
        m.quote = articleText.mid(m.sentenceStart, m.sentenceEnd - m.sentenceStart);
    }
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const auto at = index.constFind(sources.at(i).factId);
        if (at != index.constEnd())
            facts[*at].sources.append(std::move(mentions[i]));
    }
    return facts;
}

QHash<QString, QString> FactStore::partOf() const
{
    QHash<QString, QString> links;
    Statement s = m_db.prepare("SELECT name, part_of FROM entities WHERE part_of IS NOT NULL AND part_of <> ''");
    while (s.step())
        links.insert(s.columnText(0), s.columnText(1));
    return links;
}

qint64 FactStore::mentionCount() const
{
    // An article's mentions are numbered 0 … next_ord - 1, staged ones included: the sum reads
    // one small row per article where count(*) would read the whole table.
    Statement s = m_db.prepare("SELECT coalesce(sum(next_ord), 0) FROM article_families");
    return s.step() ? s.columnInt(0) : 0;
}

} // namespace DealScope
