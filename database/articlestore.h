// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleextraction.h"
#include "preparedarticle.h"
#include "statement.h"

#include <QHash>
#include <QPair>
#include <QString>

namespace DealScope {

class Database;

// Writes analysed articles into the store with prepared statements. It
// runs no transactions of its own: the caller groups many articles into
// one, so that a batch is stored whole or not at all.
class ArticleStore
{
public:
    explicit ArticleStore(Database &db);

    // Inserts one article with its excluded regions, figures and entity
    // mentions, and adds it to the full-text index; returns its id, or -1
    // with `error` set. The ingest's workers prepare articles
    // (PreparedArticle::prepare) so that this thread has less to do.
    qint64 insert(const PreparedArticle &article, const QString &path, const QString &contentHash,
                  qint64 byteSize, QString *error = nullptr);
    qint64 insert(const ArticleExtraction &extraction, const QString &path, const QString &contentHash,
                  qint64 byteSize, QString *error = nullptr);
    // Removes the article (and, by cascade, all that hangs on it but its
    // fact mentions: call FactStore::forgetArticle first, which deletes them).
    bool remove(qint64 articleId, QString *error = nullptr);

    qint64 idForHash(const QString &contentHash);
    qint64 idForPath(const QString &path); // the newest article from that path, or -1

    // Entity ids are cached; after a rollback the cache may name rows that
    // no longer exist.
    void forgetCachedIds()
    {
        m_entityIds.clear();
        m_typeIds.clear();
    }

private:
    qint64 entityId(const PreparedArticle::EntityKey &entity, QString *error);
    qint64 typeId(const PreparedArticle::TypeKey &type, QString *error); // its row of `figure_types`
    // The time of the insert, ISO 8601 to the second; formatted once a second.
    const QString &ingestedAt();

    Database &m_db;
    Statement m_insertArticle;
    Statement m_insertRegion;
    Statement m_indexArticle;
    Statement m_insertSpans;
    Statement m_insertType;
    Statement m_selectType;
    Statement m_insertEntity;
    Statement m_selectEntity;
    Statement m_insertEntityArticle;
    Statement m_deleteArticle;
    Statement m_selectByHash;
    Statement m_selectByPath;
    QHash<QPair<QString, int>, qint64> m_entityIds;
    QHash<QPair<QString, int>, qint64> m_typeIds; // (unit, kind * 256 + qualifier)
    qint64 m_stampSecond = -1;
    QString m_stamp;
};

} // namespace DealScope
