// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"

#include "database.h"
#include "spancodec.h"
#include "storedtext.h"

#include <QDateTime>

#include <algorithm>
#include <utility>
#include <vector>

#include <sqlite3.h>

namespace DealScope {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

ArticleStore::ArticleStore(Database &db)
    : m_db(db)
    , m_insertArticle(db.prepare(
          "INSERT INTO articles (path, file_name, content_hash, title, publisher, published, format, encoding, "
          "byte_size, body, ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"))
    // Two regions over the same span exclude the same text: the first reason is kept.
    , m_insertRegion(db.prepare(
          "INSERT OR IGNORE INTO excluded_regions (article_id, start, \"end\", reason) VALUES (?1, ?2, ?3, ?4)"))
    // The index's insert: see MigrationTo4 for why it is not a trigger.
    , m_indexArticle(db.prepare("INSERT INTO articles_fts (rowid, title, text) VALUES (?1, ?2, ?3)"))
    , m_insertSpans(db.prepare(
          "INSERT INTO article_spans (article_id, figure_count, mention_count, data) VALUES (?1, ?2, ?3, ?4)"))
    , m_insertType(db.prepare("INSERT INTO figure_types (kind, unit, qualifier) VALUES (?1, ?2, ?3)"))
    , m_selectType(db.prepare("SELECT id FROM figure_types WHERE kind = ?1 AND unit = ?2 AND qualifier = ?3"))
    // A name already stored keeps its row (and its part_of).
    , m_insertEntity(db.prepare("INSERT OR IGNORE INTO entities (name, type, part_of) VALUES (?1, ?2, ?3)"))
    , m_selectEntity(db.prepare("SELECT id FROM entities WHERE name = ?1 AND type = ?2"))
    , m_insertEntityArticle(
          db.prepare("INSERT INTO entity_articles (article_id, entity_id, mentions) VALUES (?1, ?2, ?3)"))
    , m_deleteArticle(db.prepare("DELETE FROM articles WHERE id = ?1"))
    , m_selectByHash(db.prepare("SELECT id FROM articles WHERE content_hash = ?1"))
    , m_selectByPath(db.prepare("SELECT id FROM articles WHERE path = ?1 ORDER BY id DESC LIMIT 1"))
{
}

qint64 ArticleStore::insert(const ArticleExtraction &x, const QString &path, const QString &contentHash,
                            qint64 byteSize, QString *error)
{
    return insert(PreparedArticle::prepare(x), path, contentHash, byteSize, error);
}

qint64 ArticleStore::insert(const PreparedArticle &p, const QString &path, const QString &contentHash,
                            qint64 byteSize, QString *error)
{
    const Article &a = p.article;
    auto fail = [&](Statement &s) {
        setError(error, Database::describe(s.resultCode(), s.errorText()));
        s.reset();
        return qint64(-1);
    };
    auto run = [](Statement &s) {
        s.step();
        const bool ok = s.resultCode() == SQLITE_DONE;
        if (ok)
            s.reset();
        return ok;
    };

    // The article's figure types and entities as rows' ids.
    std::vector<qint64> typeIds;
    typeIds.reserve(size_t(p.types.size()));
    for (const PreparedArticle::TypeKey &t : p.types) {
        typeIds.push_back(typeId(t, error));
        if (typeIds.back() < 0)
            return -1;
    }
    std::vector<std::pair<qint64, qint64>> perEntity; // (entity id, mentions), for entity_articles
    perEntity.reserve(size_t(p.entities.size()));
    for (const PreparedArticle::EntityKey &e : p.entities) {
        perEntity.emplace_back(entityId(e, error), e.mentions);
        if (perEntity.back().first < 0)
            return -1;
    }

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
    const QByteArray utf8 = p.utf8Text.isNull() ? a.text.toUtf8() : p.utf8Text;
    const QByteArray body = p.compressedText.isNull() ? StoredText::compressUtf8(utf8) : p.compressedText;
    art.bindBlob(10, body);
    art.bind(11, ingestedAt());
    {
        const StoredText::KnownText known(body, utf8); // the insert computes `text`: no need to inflate
        if (!run(art))
            return fail(art);
    }
    const qint64 id = sqlite3_last_insert_rowid(m_db.handle());
    Statement &index = m_indexArticle;
    index.bind(1, id);
    index.bind(2, a.title.isNull() ? QStringLiteral("") : a.title);
    index.bind(3, utf8);
    if (!run(index))
        return fail(index);

    for (const ExcludedRegion &r : a.excluded) {
        Statement &s = m_insertRegion;
        s.bind(1, id);
        s.bind(2, qint64(r.start));
        s.bind(3, qint64(r.end));
        s.bind(4, exclusionReasonName(r.reason));
        if (!run(s))
            return fail(s);
    }

    SpanCodec::Spans spans = p.spans;
    for (SpanCodec::StoredFigure &f : spans.figures)
        f.typeId = typeIds[size_t(f.typeId)];
    for (SpanCodec::StoredMention &m : spans.mentions)
        m.entityId = perEntity[size_t(m.entityId)].first;
    Statement &s = m_insertSpans;
    s.bind(1, id);
    s.bind(2, qint64(spans.figures.size()));
    s.bind(3, qint64(spans.mentions.size()));
    s.bindBlob(4, SpanCodec::encode(spans));
    if (!run(s))
        return fail(s);

    // Which entities the article names, in key order (appends to the b-tree).
    // Two names may be one row (a name typed two ways is two keys, one id each).
    std::sort(perEntity.begin(), perEntity.end());
    for (size_t i = 0; i < perEntity.size();) {
        size_t j = i;
        qint64 mentions = 0;
        for (; j < perEntity.size() && perEntity[j].first == perEntity[i].first; ++j)
            mentions += perEntity[j].second;
        Statement &e = m_insertEntityArticle;
        e.bind(1, id);
        e.bind(2, perEntity[i].first);
        e.bind(3, mentions);
        if (!run(e))
            return fail(e);
        i = j;
    }
    return id;
}

qint64 ArticleStore::entityId(const PreparedArticle::EntityKey &key, QString *error)
{
    const QPair<QString, int> cacheKey(key.name, int(key.type));
    const auto cached = m_entityIds.constFind(cacheKey);
    if (cached != m_entityIds.constEnd())
        return *cached;
    // Insert first: most names an ingest meets for the first time are new
    // ones, and the insert finds an existing row anyway (then it is looked up).
    const QByteArray name = key.name.toUtf8();
    const QString type = entityTypeName(key.type);
    Statement &insert = m_insertEntity;
    insert.bind(1, name);
    insert.bind(2, type);
    insert.bind(3, key.partOf.isEmpty() ? QString() : key.partOf);
    if (!insert.execute(error))
        return -1;
    qint64 id = sqlite3_changes(m_db.handle()) > 0 ? sqlite3_last_insert_rowid(m_db.handle()) : -1;
    if (id < 0) {
        Statement &select = m_selectEntity;
        select.bind(1, name);
        select.bind(2, type);
        id = select.step() ? select.columnInt(0) : -1;
        const bool found = select.succeeded() && id >= 0;
        if (!found)
            setError(error, select.succeeded() ? QStringLiteral("cannot store the entity %1").arg(key.name)
                                               : Database::describe(select.resultCode(), select.errorText()));
        select.reset();
        if (!found)
            return -1;
    }
    m_entityIds.insert(cacheKey, id);
    return id;
}

qint64 ArticleStore::typeId(const PreparedArticle::TypeKey &type, QString *error)
{
    const QPair<QString, int> key(type.unit, int(type.kind) * 256 + int(type.qualifier));
    const auto cached = m_typeIds.constFind(key);
    if (cached != m_typeIds.constEnd())
        return *cached;
    const QString kind = figureKindName(type.kind);
    const QString qualifier = qualifierName(type.qualifier);
    Statement &select = m_selectType;
    select.bind(1, kind);
    select.bind(2, type.unit);
    select.bind(3, qualifier);
    qint64 id = select.step() ? select.columnInt(0) : -1;
    select.reset();
    if (id < 0) {
        Statement &insert = m_insertType;
        insert.bind(1, kind);
        insert.bind(2, type.unit);
        insert.bind(3, qualifier);
        if (!insert.execute(error))
            return -1;
        id = sqlite3_last_insert_rowid(m_db.handle());
    }
    m_typeIds.insert(key, id);
    return id;
}

const QString &ArticleStore::ingestedAt()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != m_stampSecond) {
        m_stampSecond = second;
        m_stamp = now.toString(Qt::ISODate);
    }
    return m_stamp;
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
