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

// The reason of the excluded region a span lies in, or a null string.
QString exclusionOf(const Article &article, qsizetype start, qsizetype end)
{
    for (const ExcludedRegion &r : article.excluded) {
        if (r.contains(start, end))
            return exclusionReasonName(r.reason);
    }
    return {};
}

} // namespace

ArticleStore::ArticleStore(Database &db)
    : m_db(db)
    , m_insertArticle(db.prepare(
          "INSERT INTO articles (path, file_name, content_hash, title, publisher, published, format, encoding, "
          "byte_size, text, ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"))
    , m_insertRegion(db.prepare("INSERT INTO excluded_regions (article_id, start, \"end\", reason) VALUES (?1, ?2, ?3, ?4)"))
    , m_insertFigure(db.prepare(
          "INSERT INTO figures (article_id, kind, start, \"end\", value, value_max, date, date_max, unit, qualifier, "
          "retracted, excluded) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"))
    , m_insertEntity(db.prepare("INSERT INTO entities (name, type, part_of) VALUES (?1, ?2, ?3)"))
    , m_selectEntity(db.prepare("SELECT id FROM entities WHERE name = ?1 AND type = ?2"))
    , m_insertMention(db.prepare(
          "INSERT INTO entity_mentions (article_id, entity_id, start, \"end\", known, excluded) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
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
    for (const Figure &f : x.figures) {
        Statement &s = m_insertFigure;
        const bool date = f.kind == FigureKind::Date;
        s.bind(1, id);
        s.bind(2, figureKindName(f.kind));
        s.bind(3, qint64(f.start));
        s.bind(4, qint64(f.end));
        if (date) {
            s.bindNull(5);
            s.bindNull(6);
        } else {
            s.bind(5, f.value);
            s.bind(6, f.valueMax);
        }
        s.bind(7, f.date.isEmpty() ? QString() : f.date);
        s.bind(8, f.dateMax.isEmpty() ? QString() : f.dateMax);
        s.bind(9, f.unit.isNull() ? QStringLiteral("") : f.unit);
        s.bind(10, qualifierName(f.qualifier));
        s.bind(11, qint64(f.retracted ? 1 : 0));
        s.bind(12, exclusionOf(a, f.start, f.end));
        s.step();
        if (s.resultCode() != SQLITE_DONE)
            return fail(s);
        s.reset();
    }
    for (const EntityMention &e : x.entities) {
        const qint64 entity = entityId(e, error);
        if (entity < 0)
            return -1;
        Statement &s = m_insertMention;
        s.bind(1, id);
        s.bind(2, entity);
        s.bind(3, qint64(e.start));
        s.bind(4, qint64(e.end));
        s.bind(5, qint64(e.known ? 1 : 0));
        s.bind(6, exclusionOf(a, e.start, e.end));
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
