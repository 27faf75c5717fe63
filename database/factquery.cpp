// SPDX-License-Identifier: GPL-3.0-or-later
#include "factquery.h"

#include "articlerepository.h"
#include "database.h"

#include <QHash>

namespace DealScope {

namespace {

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
    , m_count(db.prepare("SELECT count(*) FROM facts"))
    , m_fact(db.prepare("SELECT id, subject, object, metric, part, value, value_max, unit, qualifier, \"when\", "
                        "status, first_reported_by, alternatives FROM facts WHERE id = ?1"))
    // By the primary key (fact_id, mention_id), then each mention by its id.
    , m_sources(db.prepare("SELECT m.article_id, m.start, m.\"end\", m.sentence_start, m.kind FROM fact_sources fs "
                           "JOIN fact_mentions m ON m.id = fs.mention_id WHERE fs.fact_id = ?1 ORDER BY fs.position"))
    // The article's mentions by fact_mentions(article_id), their facts by fact_sources(mention_id).
    , m_factAt(db.prepare("SELECT min(fs.fact_id) FROM fact_mentions m JOIN fact_sources fs ON fs.mention_id = m.id "
                          "WHERE m.article_id = ?1 AND m.start = ?2"))
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
        f.subject = m_fact.columnText(1);
        f.object = m_fact.columnText(2);
        f.metric = metricFromName(m_fact.columnText(3)).value_or(Metric::Other);
        f.part = m_fact.columnText(4);
        f.value = m_fact.columnDouble(5);
        if (!m_fact.columnIsNull(6))
            f.valueMax = m_fact.columnDouble(6);
        f.unit = m_fact.columnText(7);
        f.qualifier = qualifierFromName(m_fact.columnText(8));
        f.time = m_fact.columnText(9);
        f.precision = timePrecisionOf(f.time);
        f.status = statusFromName(m_fact.columnText(10));
        f.firstReportedBy = m_fact.columnText(11);
        f.alternatives = parseIds(m_fact.columnText(12));
    }
    Resetter r{m_sources};
    m_sources.bind(1, id);
    while (m_sources.step()) {
        if (row.sources.isEmpty())
            row.kind = kindFromName(m_sources.columnText(4));
        row.sources.append({m_sources.columnInt(0), qsizetype(m_sources.columnInt(1)),
                            qsizetype(m_sources.columnInt(2)), qsizetype(m_sources.columnInt(3))});
    }
    if (!m_sources.succeeded())
        m_error = m_sources.errorText();
    return row;
}

qint64 FactQuery::factAt(qint64 articleId, qsizetype start) const
{
    Resetter r{m_factAt};
    m_factAt.bind(1, articleId);
    m_factAt.bind(2, qint64(start));
    if (!m_factAt.step() || m_factAt.columnIsNull(0))
        return -1;
    return m_factAt.columnInt(0);
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
    const char *all = "SELECT id, subject, object, metric, part, \"when\" FROM facts ORDER BY id";
    const char *one = "SELECT id, subject, object, metric, part, \"when\" FROM facts "
                      "WHERE subject = ?1 OR object = ?1 ORDER BY id";
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
        k.subject = s.columnText(1);
        k.object = s.columnText(2);
        k.metric = metricFromName(s.columnText(3)).value_or(Metric::Other);
        k.part = s.columnText(4);
        k.when = s.columnText(5);
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
        Statement s = m_db.prepare("SELECT name, count(*) FROM (SELECT subject AS name FROM facts UNION ALL "
                                   "SELECT object FROM facts WHERE object <> '' AND object <> subject) GROUP BY name");
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
