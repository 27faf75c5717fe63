// SPDX-License-Identifier: GPL-3.0-or-later
#include "factstore.h"

#include "articleanalyzer.h"
#include "database.h"
#include "factreconciler.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace DealScope {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool failed(Statement &s, QString *error)
{
    setError(error, Database::describe(s.resultCode(), s.errorText()));
    s.reset();
    return false;
}

// Runs an insert, update or delete statement once and makes it ready again.
bool run(Statement &s, QString *error)
{
    if (!s.isValid()) {
        setError(error, s.prepareError());
        return false;
    }
    s.step();
    if (s.resultCode() != SQLITE_DONE)
        return failed(s, error);
    s.reset();
    return true;
}

enum Flag { DerivedRatio = 1, VendorClaim = 2, Speculation = 4, Excluded = 8, RefersToEarlier = 16 };

Qualifier qualifierFromName(const QString &name)
{
    for (Qualifier q : {Qualifier::Exact, Qualifier::Approx, Qualifier::UpperBound, Qualifier::LowerBound,
                        Qualifier::Range, Qualifier::Vague})
        if (qualifierName(q) == name)
            return q;
    return Qualifier::Exact;
}

FigureKind kindFromName(const QString &name)
{
    for (FigureKind k : {FigureKind::Money, FigureKind::Percent, FigureKind::Power, FigureKind::Count,
                         FigureKind::Date, FigureKind::Duration})
        if (figureKindName(k) == name)
            return k;
    return FigureKind::Money;
}

FactStatus statusFromName(const QString &name)
{
    for (FactStatus s : {FactStatus::Single, FactStatus::Corroborated, FactStatus::Conflict, FactStatus::Retracted})
        if (factStatusName(s) == name)
            return s;
    return FactStatus::Single;
}

// The mention columns, in the order readMention() expects them.
#define MENTION_COLUMNS                                                                                           \
    "m.id, m.subject, m.object, m.subject_name, m.object_name, m.metric, m.part, m.kind, m.value, m.value_max, "  \
    "m.unit, m.qualifier, m.retracted, m.time, m.file_name, m.article_date, m.article_order, m.start, m.\"end\", " \
    "m.text, m.quote, m.sentence_start, m.paragraph_start, m.flags"
constexpr int MentionColumnCount = 24;

FactMention readMention(const Statement &s, int c, qint64 *id)
{
    FactMention m;
    *id = s.columnInt(c);
    m.subject = s.columnText(c + 1);
    m.object = s.columnText(c + 2);
    m.subjectName = s.columnText(c + 3);
    m.objectName = s.columnText(c + 4);
    m.metric = metricFromName(s.columnText(c + 5)).value_or(Metric::Other);
    m.part = s.columnText(c + 6);
    m.kind = kindFromName(s.columnText(c + 7));
    m.value = s.columnDouble(c + 8);
    if (!s.columnIsNull(c + 9))
        m.valueMax = s.columnDouble(c + 9);
    m.unit = s.columnText(c + 10);
    m.qualifier = qualifierFromName(s.columnText(c + 11));
    m.retracted = s.columnInt(c + 12) != 0;
    m.time = s.columnText(c + 13);
    m.precision = timePrecisionOf(m.time);
    m.article = s.columnText(c + 14);
    if (!s.columnIsNull(c + 15))
        m.articleDate = QDate::fromString(s.columnText(c + 15), Qt::ISODate);
    m.articleOrder = int(s.columnInt(c + 16));
    m.start = s.columnInt(c + 17);
    m.end = s.columnInt(c + 18);
    m.text = s.columnText(c + 19);
    m.quote = s.columnText(c + 20);
    m.sentenceStart = s.columnInt(c + 21);
    m.paragraphStart = s.columnInt(c + 22);
    const qint64 flags = s.columnInt(c + 23);
    m.derivedRatio = flags & DerivedRatio;
    m.vendorClaim = flags & VendorClaim;
    m.speculation = flags & Speculation;
    m.excluded = flags & Excluded;
    m.refersToEarlier = flags & RefersToEarlier;
    return m;
}

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
    for (const QString &p : text.split(u' ', Qt::SkipEmptyParts))
        ids.append(p.toLongLong());
    return ids;
}

bool sameOptional(std::optional<double> a, std::optional<double> b)
{
    return a.has_value() == b.has_value() && (!a || *a == *b);
}

// Whether the stored row already says what the rebuilt fact says.
bool sameFact(const Fact &a, const QList<qint64> &aSources, const Fact &b, const QList<qint64> &bSources)
{
    return a.subject == b.subject && a.object == b.object && a.metric == b.metric && a.part == b.part
        && a.value == b.value && sameOptional(a.valueMax, b.valueMax) && a.unit == b.unit
        && a.qualifier == b.qualifier && a.time == b.time && a.status == b.status
        && a.firstReportedBy == b.firstReportedBy && a.alternatives == b.alternatives && aSources == bSources;
}

} // namespace

FactStore::FactStore(Database &db)
    : FactStore(db, Gazetteer::bundled())
{
}

FactStore::FactStore(Database &db, const Gazetteer &gazetteer)
    : m_db(db)
    , m_relations(gazetteer)
    , m_insertMention(db.prepare(
          "INSERT INTO fact_mentions (article_id, family, subject, object, subject_name, object_name, metric, part, "
          "kind, value, value_max, unit, qualifier, retracted, time, file_name, article_date, article_order, start, "
          "\"end\", text, quote, sentence_start, paragraph_start, flags) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
          "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)"))
    , m_familiesOfArticle(db.prepare("SELECT DISTINCT family FROM fact_mentions WHERE article_id = ?1"))
    , m_insertFact(db.prepare(
          "INSERT OR REPLACE INTO facts (id, family, subject, object, metric, part, value, value_max, unit, qualifier, "
          "\"when\", status, first_reported_by, alternatives) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
          "?12, ?13, ?14)"))
    , m_deleteSources(db.prepare("DELETE FROM fact_sources WHERE fact_id = ?1"))
    , m_insertSource(db.prepare("INSERT OR IGNORE INTO fact_sources (fact_id, mention_id, position) VALUES (?1, ?2, ?3)"))
    , m_deleteFact(db.prepare("DELETE FROM facts WHERE id = ?1"))
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

QString FactStore::mentionKey(const FactMention &m)
{
    return m.article + u'\x1f' + QString::number(m.start) + u'\x1f' + QString::number(m.end) + u'\x1f'
        + FactReconciler::familyKey(m);
}

bool FactStore::addArticle(qint64 articleId, const ArticleExtraction &extraction, QString *error)
{
    return addMentions(articleId, mentionsOf(extraction), error);
}

QList<FactMention> FactStore::mentionsOf(const ArticleExtraction &extraction) const
{
    return m_relations.extract(extraction, articleOrder(extraction.article.date));
}

bool FactStore::addMentions(qint64 articleId, const QList<FactMention> &mentions, QString *error)
{
    Statement &s = m_insertMention;
    if (!s.isValid()) {
        setError(error, s.prepareError());
        return false;
    }
    for (const FactMention &m : mentions) {
        const QString family = storeFamily(m, articleId);
        s.bind(1, articleId);
        s.bind(2, family);
        s.bind(3, m.subject.isNull() ? QStringLiteral("") : m.subject);
        s.bind(4, m.object.isNull() ? QStringLiteral("") : m.object);
        s.bind(5, m.subjectName.isNull() ? QStringLiteral("") : m.subjectName);
        s.bind(6, m.objectName.isNull() ? QStringLiteral("") : m.objectName);
        s.bind(7, metricName(m.metric));
        s.bind(8, m.part.isNull() ? QStringLiteral("") : m.part);
        s.bind(9, figureKindName(m.kind));
        s.bind(10, m.value);
        s.bind(11, m.valueMax);
        s.bind(12, m.unit.isNull() ? QStringLiteral("") : m.unit);
        s.bind(13, qualifierName(m.qualifier));
        s.bind(14, qint64(m.retracted ? 1 : 0));
        s.bind(15, m.time.isNull() ? QStringLiteral("") : m.time);
        s.bind(16, m.article.isNull() ? QStringLiteral("") : m.article);
        s.bind(17, m.articleDate.isValid() ? m.articleDate.toString(Qt::ISODate) : QString());
        s.bind(18, qint64(m.articleOrder));
        s.bind(19, qint64(m.start));
        s.bind(20, qint64(m.end));
        s.bind(21, m.text.isNull() ? QStringLiteral("") : m.text);
        s.bind(22, m.quote.isNull() ? QStringLiteral("") : m.quote);
        s.bind(23, qint64(m.sentenceStart));
        s.bind(24, qint64(m.paragraphStart));
        s.bind(25, qint64((m.derivedRatio ? DerivedRatio : 0) | (m.vendorClaim ? VendorClaim : 0)
                          | (m.speculation ? Speculation : 0) | (m.excluded ? Excluded : 0)
                          | (m.refersToEarlier ? RefersToEarlier : 0)));
        if (!run(s, error))
            return false;
        // Readings kept apart never become facts: their families need no rebuild.
        if (!m.keptApart())
            m_pending.insert(family);
    }
    return true;
}

bool FactStore::forgetArticle(qint64 articleId, QString *error)
{
    Statement &s = m_familiesOfArticle;
    if (!s.isValid()) {
        setError(error, s.prepareError());
        return false;
    }
    s.bind(1, articleId);
    while (s.step())
        m_pending.insert(s.columnText(0));
    if (!s.succeeded())
        return failed(s, error);
    s.reset();
    return true;
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

bool FactStore::reconcilePending(QString *error)
{
    m_changed.clear();
    if (m_pending.isEmpty())
        return true;
    const QSet<QString> families = std::exchange(m_pending, {});
    return withTransaction([&](QString *e) { return reconcileFamilies(families, e); }, error);
}

bool FactStore::loadMentions(const QString &whereFamily, const QSet<QString> &families, QList<FactMention> &mentions,
                             QHash<QString, qint64> &ids, QString *error) const
{
    const QByteArray sql = QByteArray("SELECT " MENTION_COLUMNS " FROM fact_mentions m ") + whereFamily.toUtf8()
        + " ORDER BY m.id";
    Statement s = m_db.prepare(sql.constData());
    if (!s.isValid()) {
        setError(error, s.prepareError());
        return false;
    }
    auto readAll = [&]() {
        while (s.step()) {
            qint64 id = 0;
            FactMention m = readMention(s, 0, &id);
            ids.insert(mentionKey(m), id);
            mentions.append(std::move(m));
        }
        return s.succeeded();
    };
    if (whereFamily.isEmpty())
        return readAll() || failed(s, error);
    for (const QString &family : families) {
        s.bind(1, family);
        if (!readAll())
            return failed(s, error);
        s.reset();
    }
    return true;
}

bool FactStore::loadFacts(const QSet<QString> *families, Loaded &out, QString *error) const
{
    const char *columns = "SELECT id, subject, object, metric, part, value, value_max, unit, qualifier, \"when\", "
                          "status, first_reported_by, alternatives FROM facts ";
    Statement f = m_db.prepare((QByteArray(columns) + (families ? "WHERE family = ?1" : "ORDER BY id")).constData());
    Statement s = m_db.prepare(families
                                   ? "SELECT fs.fact_id, " MENTION_COLUMNS " FROM fact_sources fs JOIN fact_mentions m "
                                     "ON m.id = fs.mention_id JOIN facts f ON f.id = fs.fact_id WHERE f.family = ?1 "
                                     "ORDER BY fs.fact_id, fs.position"
                                   : "SELECT fs.fact_id, " MENTION_COLUMNS " FROM fact_sources fs JOIN fact_mentions m "
                                     "ON m.id = fs.mention_id ORDER BY fs.fact_id, fs.position");
    if (!f.isValid() || !s.isValid()) {
        setError(error, f.isValid() ? s.prepareError() : f.prepareError());
        return false;
    }
    QHash<qint64, qsizetype> index;
    auto readFacts = [&]() {
        while (f.step()) {
            Fact fact;
            fact.id = f.columnInt(0);
            fact.subject = f.columnText(1);
            fact.object = f.columnText(2);
            fact.metric = metricFromName(f.columnText(3)).value_or(Metric::Other);
            fact.part = f.columnText(4);
            fact.value = f.columnDouble(5);
            if (!f.columnIsNull(6))
                fact.valueMax = f.columnDouble(6);
            fact.unit = f.columnText(7);
            fact.qualifier = qualifierFromName(f.columnText(8));
            fact.time = f.columnText(9);
            fact.precision = timePrecisionOf(fact.time);
            fact.status = statusFromName(f.columnText(10));
            fact.firstReportedBy = f.columnText(11);
            fact.alternatives = parseIds(f.columnText(12));
            index.insert(fact.id, out.facts.size());
            out.facts.append(std::move(fact));
        }
        return f.succeeded();
    };
    auto readSources = [&]() {
        while (s.step()) {
            const qint64 factId = s.columnInt(0);
            qint64 mentionId = 0;
            FactMention m = readMention(s, 1, &mentionId);
            const auto at = index.constFind(factId);
            if (at == index.constEnd())
                continue;
            out.facts[*at].sources.append(std::move(m));
            out.sourceIds[factId].append(mentionId);
        }
        return s.succeeded();
    };
    if (!families) {
        if (!readFacts())
            return failed(f, error);
        return readSources() || failed(s, error);
    }
    for (const QString &family : *families) {
        f.bind(1, family);
        if (!readFacts())
            return failed(f, error);
        f.reset();
        s.bind(1, family);
        if (!readSources())
            return failed(s, error);
        s.reset();
    }
    return true;
}

bool FactStore::writeFact(const Fact &fact, const QString &family, const QList<qint64> &sourceIds, bool exists,
                          QString *error)
{
    Statement &s = m_insertFact;
    if (!s.isValid()) {
        setError(error, s.prepareError());
        return false;
    }
    s.bind(1, fact.id);
    s.bind(2, family);
    s.bind(3, fact.subject.isNull() ? QStringLiteral("") : fact.subject);
    s.bind(4, fact.object.isNull() ? QStringLiteral("") : fact.object);
    s.bind(5, metricName(fact.metric));
    s.bind(6, fact.part.isNull() ? QStringLiteral("") : fact.part);
    s.bind(7, fact.value);
    s.bind(8, fact.valueMax);
    s.bind(9, fact.unit.isNull() ? QStringLiteral("") : fact.unit);
    s.bind(10, qualifierName(fact.qualifier));
    s.bind(11, fact.time.isNull() ? QStringLiteral("") : fact.time);
    s.bind(12, factStatusName(fact.status));
    s.bind(13, fact.firstReportedBy.isNull() ? QStringLiteral("") : fact.firstReportedBy);
    s.bind(14, idList(fact.alternatives));
    if (!run(s, error))
        return false;
    if (exists) {
        // INSERT OR REPLACE deleted the old row, and its sources with it by cascade; clear explicitly all the same.
        m_deleteSources.bind(1, fact.id);
        if (!run(m_deleteSources, error))
            return false;
    }
    for (qsizetype i = 0; i < sourceIds.size(); ++i) {
        m_insertSource.bind(1, fact.id);
        m_insertSource.bind(2, sourceIds.at(i));
        m_insertSource.bind(3, qint64(i));
        if (!run(m_insertSource, error))
            return false;
    }
    return true;
}

bool FactStore::deleteFact(qint64 id, QString *error)
{
    m_deleteFact.bind(1, id);
    return run(m_deleteFact, error);
}

qint64 FactStore::nextFactId() const
{
    Statement s = m_db.prepare("SELECT coalesce(max(id), 0) FROM facts");
    return s.step() ? s.columnInt(0) + 1 : 1;
}

QList<Fact> FactStore::reconcileFamily(const QList<Fact> &previous, const QList<FactMention> &mentions, qint64 &nextId)
{
    // The reconciler numbers new facts from the largest id it sees: move them
    // above every id in the table, alternatives with them.
    QList<Fact> rebuilt = FactReconciler::reconcile(previous, mentions);
    QSet<qint64> old;
    for (const Fact &f : previous)
        old.insert(f.id);
    QHash<qint64, qint64> renumber;
    for (const Fact &f : std::as_const(rebuilt))
        if (!old.contains(f.id) && !renumber.contains(f.id))
            renumber.insert(f.id, nextId++);
    for (Fact &f : rebuilt) {
        f.id = renumber.value(f.id, f.id);
        for (qint64 &a : f.alternatives)
            a = renumber.value(a, a);
    }
    return rebuilt;
}

bool FactStore::reconcileFamilies(const QSet<QString> &families, QString *error)
{
    qint64 nextId = nextFactId();
    QList<qint64> changed;
    QStringList ordered(families.cbegin(), families.cend());
    ordered.sort(); // ids of new facts do not depend on hash order
    for (const QString &family : std::as_const(ordered)) {
        const QSet<QString> one{family};
        // The family's stored facts, without their sources: the mentions are read afresh,
        // so that those of removed articles are gone and none is counted twice.
        Loaded stored;
        if (!loadFacts(&one, stored, error))
            return false;
        QList<Fact> previous = stored.facts;
        QHash<qint64, const Fact *> storedById;
        for (const Fact &f : std::as_const(stored.facts))
            storedById.insert(f.id, &f);
        for (Fact &f : previous)
            f.sources.clear();
        QList<FactMention> mentions;
        QHash<QString, qint64> mentionIds;
        if (!loadMentions(QStringLiteral("WHERE m.family = ?1"), one, mentions, mentionIds, error))
            return false;

        QSet<qint64> kept;
        for (const Fact &f : reconcileFamily(previous, mentions, nextId)) {
            // A family with no mention left comes back untouched from the reconciler: it is gone.
            if (f.sources.isEmpty())
                continue;
            QList<qint64> sourceIds;
            sourceIds.reserve(f.sources.size());
            for (const FactMention &m : f.sources)
                sourceIds.append(mentionIds.value(mentionKey(m)));
            kept.insert(f.id);
            const Fact *old = storedById.value(f.id);
            if (old && sameFact(*old, stored.sourceIds.value(f.id), f, sourceIds))
                continue;
            if (!writeFact(f, family, sourceIds, old != nullptr, error))
                return false;
            changed.append(f.id);
        }
        for (const Fact &f : std::as_const(stored.facts))
            if (!kept.contains(f.id)) {
                if (!deleteFact(f.id, error))
                    return false;
                changed.append(f.id);
            }
    }
    std::sort(changed.begin(), changed.end());
    m_changed = changed;
    return true;
}

bool FactStore::rebuildAll(QString *error)
{
    m_changed.clear();
    m_pending.clear();
    return withTransaction(
        [&](QString *e) {
            QList<qint64> old;
            {
                Statement s = m_db.prepare("SELECT id FROM facts ORDER BY id");
                while (s.step())
                    old.append(s.columnInt(0));
            }
            if (!m_db.exec("DELETE FROM fact_sources; DELETE FROM facts", e))
                return false;
            // Family by family, in family order: memory stays that of one family.
            Statement s = m_db.prepare("SELECT m.family, " MENTION_COLUMNS " FROM fact_mentions m ORDER BY m.family, m.id");
            if (!s.isValid()) {
                setError(e, s.prepareError());
                return false;
            }
            QSet<qint64> ids(old.cbegin(), old.cend());
            qint64 nextId = 1;
            QString family;
            QList<FactMention> mentions;
            QHash<QString, qint64> mentionIds;
            auto flush = [&]() {
                for (const Fact &f : reconcileFamily({}, mentions, nextId)) {
                    QList<qint64> sourceIds;
                    sourceIds.reserve(f.sources.size());
                    for (const FactMention &m : f.sources)
                        sourceIds.append(mentionIds.value(mentionKey(m)));
                    if (!writeFact(f, family, sourceIds, false, e))
                        return false;
                    ids.insert(f.id);
                }
                mentions.clear();
                mentionIds.clear();
                return true;
            };
            while (s.step()) {
                const QString f = s.columnText(0);
                if (f != family && !mentions.isEmpty() && !flush())
                    return false;
                family = f;
                qint64 id = 0;
                FactMention m = readMention(s, 1, &id);
                mentionIds.insert(mentionKey(m), id);
                mentions.append(std::move(m));
            }
            if (!s.succeeded())
                return failed(s, e);
            if (!mentions.isEmpty() && !flush())
                return false;
            m_changed = QList<qint64>(ids.cbegin(), ids.cend());
            std::sort(m_changed.begin(), m_changed.end());
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
            if (!m_db.exec("DELETE FROM fact_sources; DELETE FROM facts; DELETE FROM fact_mentions", e))
                return false;
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
                if (!addArticle(s.columnInt(0), analyzer.analyze(std::move(a)), e))
                    return false;
            }
            if (!s.succeeded())
                return failed(s, e);
            return rebuildAll(e) && markCurrent(e);
        },
        error);
}

bool FactStore::markCurrent(QString *error)
{
    Statement mark = m_db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('facts_rules', ?1)");
    mark.bind(1, QString::number(RulesVersion));
    return run(mark, error);
}

QList<Fact> FactStore::facts(QString *error) const
{
    Loaded all;
    if (!loadFacts(nullptr, all, error))
        return {};
    return all.facts;
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
    Statement s = m_db.prepare("SELECT count(*) FROM fact_mentions");
    return s.step() ? s.columnInt(0) : 0;
}

} // namespace DealScope
