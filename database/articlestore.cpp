// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"

#include "database.h"

#include <QDateTime>

#include <sqlite3.h>

namespace DealScope {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Spans are keyed by (start, seq): seq counts earlier spans starting at
// the same offset. Extraction lists are sorted by start, so a repeat is
// usually the previous span; otherwise look back.
template<typename Span>
qint64 sequenceAt(const QList<Span> &spans, qsizetype index)
{
    qint64 seq = 0;
    for (qsizetype i = 0; i < index; ++i) {
        if (spans.at(i).start == spans.at(index).start)
            ++seq;
    }
    return seq;
}

template<typename Span>
bool isSortedByStart(const QList<Span> &spans)
{
    for (qsizetype i = 1; i < spans.size(); ++i) {
        if (spans.at(i).start < spans.at(i - 1).start)
            return false;
    }
    return true;
}

} // namespace

ArticleStore::ArticleStore(Database &db)
    : m_db(db)
    , m_insertArticle(db.prepare(
          "INSERT INTO articles (path, file_name, content_hash, title, publisher, published, format, encoding, "
          "byte_size, text, ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"))
    // Two regions over the same span exclude the same text: the first reason is kept.
    , m_insertRegion(db.prepare(
          "INSERT OR IGNORE INTO excluded_regions (article_id, start, \"end\", reason) VALUES (?1, ?2, ?3, ?4)"))
    , m_insertFigure(db.prepare(
          "INSERT INTO figures (article_id, start, seq, length, type, value, value_max, date, date_max, retracted) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"))
    , m_insertType(db.prepare("INSERT INTO figure_types (kind, unit, qualifier) VALUES (?1, ?2, ?3)"))
    , m_selectType(db.prepare("SELECT id FROM figure_types WHERE kind = ?1 AND unit = ?2 AND qualifier = ?3"))
    , m_insertEntity(db.prepare("INSERT INTO entities (name, type, part_of) VALUES (?1, ?2, ?3)"))
    , m_selectEntity(db.prepare("SELECT id FROM entities WHERE name = ?1 AND type = ?2"))
    , m_insertMention(db.prepare(
          "INSERT INTO entity_mentions (article_id, start, seq, length, entity_id, known) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
    , m_deleteArticle(db.prepare("DELETE FROM articles WHERE id = ?1"))
    , m_selectByHash(db.prepare("SELECT id FROM articles WHERE content_hash = ?1"))
    , m_selectByPath(db.prepare("SELECT id FROM articles WHERE path = ?1 ORDER BY id DESC LIMIT 1"))
{
}

qint64 ArticleStore::insert(const ArticleExtraction &x, const QString &path, const QString &contentHash,
                            qint64 byteSize, QString *error)
{
    const Article &a = x.article;
    auto fail = [&](Statement &s) {
        setError(error, Database::describe(s.resultCode(), s.errorText()));
        s.reset();
        return qint64(-1);
    };
    Statement &art = m_insertArticle;
    if (!art.isValid())
        return fail(art);
    art.bind(1, path);
    art.bind(2, a.fileName);
    art.bind(3, contentHash);
    art.bind(4, a.title.isNull() ? QStringLiteral("") : a.title);
    art.bind(5, a.publisher.isEmpty() ? QString() : a.publisher);
    art.bind(6, a.date.isValid() ? a.date.toString(Qt::ISODate) : QString());
    art.bind(7, a.format);
    art.bind(8, a.encoding.isNull() ? QStringLiteral("") : a.encoding);
    art.bind(9, byteSize);
    art.bind(10, a.text.isNull() ? QStringLiteral("") : a.text);
    art.bind(11, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    art.step();
    if (art.resultCode() != SQLITE_DONE)
        return fail(art);
    art.reset();
    const qint64 id = sqlite3_last_insert_rowid(m_db.handle());

    for (const ExcludedRegion &r : a.excluded) {
        Statement &s = m_insertRegion;
        s.bind(1, id);
        s.bind(2, qint64(r.start));
        s.bind(3, qint64(r.end));
        s.bind(4, exclusionReasonName(r.reason));
        s.step();
        if (s.resultCode() != SQLITE_DONE)
            return fail(s);
        s.reset();
    }
    const bool figuresSorted = isSortedByStart(x.figures);
    for (qsizetype i = 0; i < x.figures.size(); ++i) {
        const Figure &f = x.figures.at(i);
        const qint64 type = typeId(f, error);
        if (type < 0)
            return -1;
        Statement &s = m_insertFigure;
        const bool date = f.kind == FigureKind::Date;
        s.bind(1, id);
        s.bind(2, qint64(f.start));
        s.bind(3, i > 0 && (!figuresSorted || x.figures.at(i - 1).start == f.start) ? sequenceAt(x.figures, i) : 0);
        s.bind(4, qint64(f.end - f.start));
        s.bind(5, type);
        if (date) {
            s.bindNull(6);
            s.bindNull(7);
        } else {
            s.bind(6, f.value);
            s.bind(7, f.valueMax);
        }
        s.bind(8, f.date.isEmpty() ? QString() : f.date);
        s.bind(9, f.dateMax.isEmpty() ? QString() : f.dateMax);
        s.bind(10, qint64(f.retracted ? 1 : 0));
        s.step();
        if (s.resultCode() != SQLITE_DONE)
            return fail(s);
        s.reset();
    }
    const bool mentionsSorted = isSortedByStart(x.entities);
    for (qsizetype i = 0; i < x.entities.size(); ++i) {
        const EntityMention &e = x.entities.at(i);
        const qint64 entity = entityId(e, error);
        if (entity < 0)
            return -1;
        Statement &s = m_insertMention;
        s.bind(1, id);
        s.bind(2, qint64(e.start));
        s.bind(3, i > 0 && (!mentionsSorted || x.entities.at(i - 1).start == e.start) ? sequenceAt(x.entities, i) : 0);
        s.bind(4, qint64(e.end - e.start));
        s.bind(5, entity);
        s.bind(6, qint64(e.known ? 1 : 0));
        s.step();
        if (s.resultCode() != SQLITE_DONE)
            return fail(s);
        s.reset();
    }
    return id;
}

qint64 ArticleStore::entityId(const EntityMention &mention, QString *error)
{
    const QPair<QString, int> key(mention.name, int(mention.type));
    const auto cached = m_entityIds.constFind(key);
    if (cached != m_entityIds.constEnd())
        return *cached;
    const QString type = entityTypeName(mention.type);
    Statement &select = m_selectEntity;
    select.bind(1, mention.name);
    select.bind(2, type);
    qint64 id = select.step() ? select.columnInt(0) : -1;
    select.reset();
    if (id < 0) {
        Statement &insert = m_insertEntity;
        insert.bind(1, mention.name);
        insert.bind(2, type);
        insert.bind(3, mention.partOf.isEmpty() ? QString() : mention.partOf);
        insert.step();
        if (insert.resultCode() != SQLITE_DONE) {
            setError(error, Database::describe(insert.resultCode(), insert.errorText()));
            insert.reset();
            return -1;
        }
        insert.reset();
        id = sqlite3_last_insert_rowid(m_db.handle());
    }
    m_entityIds.insert(key, id);
    return id;
}

qint64 ArticleStore::typeId(const Figure &figure, QString *error)
{
    const QPair<QString, int> key(figure.unit, int(figure.kind) * 256 + int(figure.qualifier));
    const auto cached = m_typeIds.constFind(key);
    if (cached != m_typeIds.constEnd())
        return *cached;
    const QString kind = figureKindName(figure.kind);
    const QString unit = figure.unit.isNull() ? QStringLiteral("") : figure.unit;
    const QString qualifier = qualifierName(figure.qualifier);
    Statement &select = m_selectType;
    select.bind(1, kind);
    select.bind(2, unit);
    select.bind(3, qualifier);
    qint64 id = select.step() ? select.columnInt(0) : -1;
    select.reset();
    if (id < 0) {
        Statement &insert = m_insertType;
        insert.bind(1, kind);
        insert.bind(2, unit);
        insert.bind(3, qualifier);
        insert.step();
        if (insert.resultCode() != SQLITE_DONE) {
            setError(error, Database::describe(insert.resultCode(), insert.errorText()));
            insert.reset();
            return -1;
        }
        insert.reset();
        id = sqlite3_last_insert_rowid(m_db.handle());
    }
    m_typeIds.insert(key, id);
    return id;
}

bool ArticleStore::remove(qint64 articleId, QString *error)
{
    Statement &s = m_deleteArticle;
    s.bind(1, articleId);
    s.step();
    const bool ok = s.resultCode() == SQLITE_DONE;
    if (!ok)
        setError(error, Database::describe(s.resultCode(), s.errorText()));
    s.reset();
    return ok;
}

qint64 ArticleStore::idForHash(const QString &contentHash)
{
    Statement &s = m_selectByHash;
    s.bind(1, contentHash);
    const qint64 id = s.step() ? s.columnInt(0) : -1;
    s.reset();
    return id;
}

qint64 ArticleStore::idForPath(const QString &path)
{
    Statement &s = m_selectByPath;
    s.bind(1, path);
    const qint64 id = s.step() ? s.columnInt(0) : -1;
    s.reset();
    return id;
}

} // namespace DealScope
