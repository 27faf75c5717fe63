// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"

#include "database.h"

#include <QHash>
#include <QPair>

#include <algorithm>
#include <initializer_list>

namespace DealScope {

namespace {

// The user's date wins over the one found in the text.
#define ENTRY_COLUMNS                                                                                         \
    "SELECT a.id, a.path, a.file_name, a.title, a.publisher, coalesce(a.published_by_user, a.published), " \
    "coalesce(s.figure_count, 0), coalesce(s.mention_count, 0) "                                              \
    "FROM articles a LEFT JOIN article_spans s ON s.article_id = a.id "

QDate isoDate(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

template<typename Enum, typename NameOf>
Enum fromName(const QString &name, std::initializer_list<Enum> all, NameOf nameOf)
{
    for (Enum e : all) {
        if (nameOf(e) == name)
            return e;
    }
    return *all.begin();
}

std::optional<ExclusionReason> reasonFromName(const QString &name)
{
    for (ExclusionReason r : {ExclusionReason::Teaser, ExclusionReason::Furniture, ExclusionReason::Repeat}) {
        if (exclusionReasonName(r) == name)
            return r;
    }
    return std::nullopt;
}

} // namespace

ArticleRepository::ArticleRepository(Database &db)
    : m_db(db)
    , m_count(db.prepare("SELECT count(*) FROM articles"))
    , m_entry(db.prepare(ENTRY_COLUMNS "WHERE a.id = ?1"))
    , m_article(db.prepare("SELECT path, file_name, format, encoding, title, publisher, published, text "
                           "FROM articles WHERE id = ?1"))
    , m_regions(db.prepare("SELECT start, \"end\", reason FROM excluded_regions WHERE article_id = ?1 ORDER BY start"))
    , m_byFileName(db.prepare("SELECT id FROM articles WHERE file_name = ?1 ORDER BY id DESC LIMIT 1"))
    , m_spans(db.prepare("SELECT data FROM article_spans WHERE article_id = ?1"))
    , m_type(db.prepare("SELECT kind, unit, qualifier FROM figure_types WHERE id = ?1"))
    , m_entity(db.prepare("SELECT name, type, part_of FROM entities WHERE id = ?1"))
{
}

qint64 ArticleRepository::count() const
{
    m_count.reset();
    const qint64 n = m_count.step() ? m_count.columnInt(0) : 0;
    m_count.reset();
    return n;
}

ArticleRepository::Entry ArticleRepository::readEntry(Statement &s) const
{
    Entry e;
    e.id = s.columnInt(0);
    e.path = s.columnText(1);
    e.fileName = s.columnText(2);
    e.title = s.columnText(3);
    e.publisher = s.columnText(4);
    e.date = isoDate(s.columnText(5));
    e.figureCount = int(s.columnInt(6));
    e.entityMentionCount = int(s.columnInt(7));
    return e;
}

QList<ArticleRepository::Entry> ArticleRepository::list(int limit, qint64 afterId) const
{
    Statement s = m_db.prepare(ENTRY_COLUMNS "WHERE a.id > ?1 ORDER BY a.id LIMIT ?2");
    s.bind(1, afterId);
    s.bind(2, qint64(limit));
    QList<Entry> entries;
    while (s.step())
        entries.append(readEntry(s));
    return entries;
}

std::optional<ArticleRepository::Entry> ArticleRepository::entry(qint64 id) const
{
    m_entry.reset();
    m_entry.bind(1, id);
    std::optional<Entry> e;
    if (m_entry.step())
        e = readEntry(m_entry);
    m_entry.reset();
    return e;
}

std::optional<Article> ArticleRepository::article(qint64 id) const
{
    m_article.reset();
    m_article.bind(1, id);
    if (!m_article.step()) {
        m_article.reset();
        return std::nullopt;
    }
    Article a;
    a.filePath = m_article.columnText(0);
    a.fileName = m_article.columnText(1);
    a.format = m_article.columnText(2);
    a.encoding = m_article.columnText(3);
    a.title = m_article.columnText(4);
    a.publisher = m_article.columnText(5);
    a.date = isoDate(m_article.columnText(6));
    a.text = m_article.columnText(7);
    m_article.reset();
    a.excluded = excludedRegions(id);
    return a;
}

QList<ExcludedRegion> ArticleRepository::excludedRegions(qint64 id) const
{
    QList<ExcludedRegion> regions;
    m_regions.reset();
    m_regions.bind(1, id);
    while (m_regions.step()) {
        ExcludedRegion r;
        r.start = m_regions.columnInt(0);
        r.end = m_regions.columnInt(1);
        r.reason = reasonFromName(m_regions.columnText(2)).value_or(ExclusionReason::Furniture);
        regions.append(r);
    }
    m_regions.reset();
    return regions;
}

qint64 ArticleRepository::idForFileName(const QString &fileName) const
{
    m_byFileName.reset();
    m_byFileName.bind(1, fileName);
    const qint64 id = m_byFileName.step() ? m_byFileName.columnInt(0) : -1;
    m_byFileName.reset();
    return id;
}

QList<ArticleRepository::EntityCount> ArticleRepository::entities() const
{
    // Articles may type one name differently: one row per name, typed as
    // most of its mentions are, counting each article once.
    QHash<QString, QPair<QString, qint64>> typeOf; // name → (type, mentions)
    {
        Statement s = m_db.prepare("SELECT e.name, e.type, sum(ea.mentions) FROM entity_articles ea "
                                   "JOIN entities e ON e.id = ea.entity_id GROUP BY ea.entity_id");
        while (s.step()) {
            const QString name = s.columnText(0);
            const qint64 mentions = s.columnInt(2);
            auto it = typeOf.find(name);
            if (it == typeOf.end())
                typeOf.insert(name, {s.columnText(1), mentions});
            else if (mentions > it->second || (mentions == it->second && s.columnText(1) < it->first))
                *it = {s.columnText(1), mentions};
        }
    }
    Statement s = m_db.prepare("SELECT e.name, count(DISTINCT ea.article_id) AS n FROM entity_articles ea "
                               "JOIN entities e ON e.id = ea.entity_id GROUP BY e.name ORDER BY n DESC, e.name");
    QList<EntityCount> list;
    while (s.step()) {
        const QString name = s.columnText(0);
        list.append({name, typeOf.value(name).first, int(s.columnInt(1))});
    }
    return list;
}

std::optional<SpanCodec::Spans> ArticleRepository::storedSpans(qint64 id) const
{
    m_spans.reset();
    m_spans.bind(1, id);
    std::optional<SpanCodec::Spans> spans;
    if (m_spans.step())
        spans = SpanCodec::decode(m_spans.columnBlob(0));
    m_spans.reset();
    return spans;
}

// Spans come back ordered by start, and in stored order among equal starts.
template<typename Span>
static void sortByStart(QList<Span> &spans)
{
    std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
}

QList<Figure> ArticleRepository::figures(qint64 id) const
{
    QList<Figure> list;
    const std::optional<SpanCodec::Spans> spans = storedSpans(id);
    if (!spans)
        return list;
    for (const SpanCodec::StoredFigure &stored : spans->figures) {
        auto type = m_types.constFind(stored.typeId);
        if (type == m_types.constEnd()) {
            Figure t;
            m_type.reset();
            m_type.bind(1, stored.typeId);
            if (m_type.step()) {
                t.kind = fromName(m_type.columnText(0),
                                  {FigureKind::Money, FigureKind::Percent, FigureKind::Power, FigureKind::Count,
                                   FigureKind::Date, FigureKind::Duration},
                                  figureKindName);
                t.unit = m_type.columnText(1);
                t.qualifier = fromName(m_type.columnText(2),
                                       {Qualifier::Exact, Qualifier::Approx, Qualifier::UpperBound,
                                        Qualifier::LowerBound, Qualifier::Range, Qualifier::Vague},
                                       qualifierName);
            }
            m_type.reset();
            type = m_types.insert(stored.typeId, t);
        }
        Figure f = *type;
        f.start = stored.start;
        f.end = stored.end;
        f.value = stored.value.value_or(0);
        f.valueMax = stored.valueMax;
        f.date = stored.date;
        f.dateMax = stored.dateMax;
        f.retracted = stored.retracted;
        list.append(f);
    }
    sortByStart(list);
    return list;
}

QList<EntityMention> ArticleRepository::entityMentions(qint64 id) const
{
    QList<EntityMention> list;
    const std::optional<SpanCodec::Spans> spans = storedSpans(id);
    if (!spans)
        return list;
    for (const SpanCodec::StoredMention &stored : spans->mentions) {
        auto entity = m_entities.constFind(stored.entityId);
        if (entity == m_entities.constEnd()) {
            EntityMention e;
            m_entity.reset();
            m_entity.bind(1, stored.entityId);
            if (m_entity.step()) {
                e.name = m_entity.columnText(0);
                e.type = fromName(m_entity.columnText(1),
                                  {EntityType::Organisation, EntityType::Person, EntityType::Product,
                                   EntityType::Place},
                                  entityTypeName);
                e.partOf = m_entity.columnText(2);
            }
            m_entity.reset();
            entity = m_entities.insert(stored.entityId, e);
        }
        EntityMention m = *entity;
        m.start = stored.start;
        m.end = stored.end;
        m.known = stored.known;
        list.append(m);
    }
    sortByStart(list);
    return list;
}

} // namespace DealScope
