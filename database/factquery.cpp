// SPDX-License-Identifier: GPL-3.0-or-later
#include "factquery.h"

#include "articlerepository.h"
#include "database.h"
#include "factsourcecodec.h"
#include "familysetcodec.h"

#include <QHash>

namespace DealScope {

namespace {

QList<qint64> parseIds(const QString &text)
{
    QList<qint64> ids;
    for (const QString &p : text.split(u' ', Qt::SkipEmptyParts))
        ids.append(p.toLongLong());
    return ids;
}

// Statements kept for reuse are reset after every use, so that no read
// transaction stays open between calls (another connection may write).
struct Resetter
{
    Statement &s;
    ~Resetter() { s.reset(); }
};

} // namespace

FactQuery::FactQuery(Database &db)
    : m_db(db)
    , m_codes(db)
    , m_count(db.prepare("SELECT count(*) FROM facts"))
    , m_fact(db.prepare("SELECT f.id, f.subject, f.object, f.type, f.value, f.value_max, f.time, f.status, "
                        "a.file_name, f.alternatives, f.sources FROM facts f "
                        "LEFT JOIN articles a ON a.id = f.first_reported_by WHERE f.id = ?1"))
    // A source is a mention's key: its family is the fact id's high bits.
    , m_sources(db.prepare("SELECT article_id, start, start + length, sentence_start, type, sentence_end FROM fact_mentions "
                           "WHERE family = ?1 AND article_id = ?2 AND ord = ?3"))
    // The article's families (article_families), then in each its mentions by key and the family's facts
    // (one id range).
    , m_families(db.prepare("SELECT families FROM article_families WHERE article_id = ?1"))
    , m_factAt(db.prepare("SELECT m.ord, f.id, f.sources FROM fact_mentions m JOIN facts f ON f.id >= ?1 << 20 "
                          "AND f.id < (?1 + 1) << 20 WHERE m.family = ?1 AND m.article_id = ?2 AND m.start = ?3 "
                          "ORDER BY f.id"))
{
}

qint64 FactQuery::count() const
{
    Resetter r{m_count};
    return m_count.step() ? m_count.columnInt(0) : 0;
}

std::optional<FactQuery::Row> FactQuery::fact(qint64 id) const
{
    Row row;
    QList<FactSourceCodec::Source> keys;
    {
        Resetter r{m_fact};
        m_fact.bind(1, id);
        if (!m_fact.step()) {
            if (!m_fact.succeeded())
                m_error = m_fact.errorText();
            return std::nullopt;
        }
        Fact &f = row.fact;
        f.id = m_fact.columnInt(0);
        f.subject = m_codes.name(m_fact.columnInt(1));
        f.object = m_codes.name(m_fact.columnInt(2));
        m_codes.applyType(m_fact.columnInt(3), f);
        f.value = m_fact.columnDouble(4);
        if (!m_fact.columnIsNull(5))
            f.valueMax = m_fact.columnDouble(5);
        f.time = m_codes.time(m_fact.columnInt(6));
        f.precision = timePrecisionOf(f.time);
        f.status = FactCodes::status(m_fact.columnInt(7));
        f.firstReportedBy = m_fact.columnText(8);
        f.alternatives = parseIds(m_fact.columnText(9));
        if (!FactSourceCodec::decode(m_fact.columnBlobView(10), keys))
            m_error = QStringLiteral("fact %1: damaged sources").arg(id);
    }
    for (const FactSourceCodec::Source &k : std::as_const(keys)) {
        Resetter r{m_sources};
        m_sources.bind(1, id >> 20);
        m_sources.bind(2, k.articleId);
        m_sources.bind(3, k.ord);
        if (!m_sources.step()) {
            if (!m_sources.succeeded())
                m_error = m_sources.errorText();
            continue;
        }
        if (row.sources.isEmpty())
            row.kind = m_codes.type(m_sources.columnInt(4)).kind;
        row.sources.append({m_sources.columnInt(0), qsizetype(m_sources.columnInt(1)),
                            qsizetype(m_sources.columnInt(2)), qsizetype(m_sources.columnInt(3)),
                            qsizetype(m_sources.columnInt(5))});
    }
    return row;
}

qint64 FactQuery::factAt(qint64 articleId, qsizetype start) const
{
    QList<qint64> families; // ascending, as the ids of their facts are
    {
        Resetter r{m_families};
        m_families.bind(1, articleId);
        if (m_families.step() && !FamilySetCodec::decode(m_families.columnBlobView(0), families))
            m_error = QStringLiteral("article %1: damaged article_families row").arg(articleId);
        if (!m_families.succeeded())
            m_error = m_families.errorText();
    }
    // The first fact (by id) that lists one of the mentions there as a source.
    QList<FactSourceCodec::Source> keys;
    for (const qint64 family : std::as_const(families)) {
        Resetter r{m_factAt};
        m_factAt.bind(1, family);
        m_factAt.bind(2, articleId);
        m_factAt.bind(3, qint64(start));
        while (m_factAt.step()) {
            keys.clear();
            FactSourceCodec::decode(m_factAt.columnBlobView(2), keys);
            const FactSourceCodec::Source mention{articleId, m_factAt.columnInt(0)};
            if (keys.contains(mention))
                return m_factAt.columnInt(1);
        }
        if (!m_factAt.succeeded())
            m_error = m_factAt.errorText();
    }
    return -1;
}

QList<qint64> FactQuery::idsAbout(const QString &entity) const
{
    QList<qint64> ids;
    forEachKey(
        [&ids](const Key &k) {
            ids.append(k.id);
            return true;
        },
        entity);
    return ids;
}

bool FactQuery::forEachKey(const std::function<bool(const Key &)> &visit, const QString &entity) const
{
    const char *all = "SELECT id, subject, object, type, time FROM facts ORDER BY id";
    const char *one = "SELECT id, subject, object, type, time FROM facts "
                      "WHERE subject = (SELECT id FROM fact_names WHERE name = ?1) "
                      "OR object = (SELECT id FROM fact_names WHERE name = ?1) ORDER BY id";
    Statement s = m_db.prepare(entity.isEmpty() ? all : one);
    if (!s.isValid()) {
        m_error = s.prepareError();
        return false;
    }
    if (!entity.isEmpty())
        s.bind(1, entity);
    Key k;
    while (s.step()) {
        k.id = s.columnInt(0);
        k.subject = m_codes.name(s.columnInt(1));
        k.object = m_codes.name(s.columnInt(2));
        const FactCodes::Type &type = m_codes.type(s.columnInt(3));
        k.metric = type.metric;
        k.part = type.part;
        k.when = m_codes.time(s.columnInt(4));
        if (!visit(k))
            return true;
    }
    if (!s.succeeded()) {
        m_error = s.errorText();
        return false;
    }
    return true;
}

QList<FactQuery::EntityRow> FactQuery::entities(bool withFactCounts) const
{
    QHash<QString, int> facts;
    if (withFactCounts) {
        // A fact counts once for its subject and once for a different object.
        Statement s = m_db.prepare("SELECT n.name, count(*) FROM (SELECT subject AS id FROM facts UNION ALL "
                                   "SELECT object FROM facts WHERE object IS NOT NULL AND object <> subject) x "
                                   "JOIN fact_names n ON n.id = x.id GROUP BY n.name");
        while (s.step())
            facts.insert(s.columnText(0), int(s.columnInt(1)));
        if (!s.succeeded())
            m_error = s.errorText();
    }
    QList<EntityRow> rows;
    const ArticleRepository repository(m_db);
    for (const ArticleRepository::EntityCount &c : repository.entities())
        rows.append({c.name, c.type, c.articleCount, facts.value(c.name)});
    return rows;
}

} // namespace DealScope
