// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"
#include "entitymention.h"
#include "figure.h"
#include "spancodec.h"
#include "statement.h"

#include <QHash>

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace DealScope {

class Database;

// Reads stored articles back for the window: the list with titles, dates and
// counts, one article's decoded text and metadata, its excluded regions, and
// the entities named across the store. Read-only; statements are prepared
// once and reused, so the calls are cheap enough for every selection change.
class ArticleRepository
{
public:
    struct Entry
    {
        qint64 id = -1;
        QString path;
        QString fileName;
        QString title;
        QString publisher;
        QDate date;          // set by the user, else found in the text; invalid when unknown
        int figureCount = 0;
        int entityMentionCount = 0;
    };

    struct EntityCount
    {
        QString name;
        QString type;        // "org", "person", "product", "place"
        int articleCount = 0; // distinct articles naming it
    };

    explicit ArticleRepository(Database &db);

    qint64 count() const;
    // Articles by id, `limit` < 0 for all of them.
    QList<Entry> list(int limit = -1, qint64 afterId = -1) const;
    std::optional<Entry> entry(qint64 id) const;
    // The decoded text with its metadata. `date` is the date found in the
    // text (what extraction ran with); the user's date is in entry().
    std::optional<Article> article(qint64 id) const;
    QList<ExcludedRegion> excludedRegions(qint64 id) const;
    // Newest article with this file name, or -1.
    qint64 idForFileName(const QString &fileName) const;

    // The figures and entity mentions stored at ingest, ordered by start
    // (what the analyzer found in the text then; the window analyses the
    // text again and finds the same).
    QList<Figure> figures(qint64 id) const;
    QList<EntityMention> entityMentions(qint64 id) const;

    // Every entity name with the number of articles naming it, most named
    // first; typed as most of its mentions are.
    QList<EntityCount> entities() const;

private:
    Entry readEntry(Statement &s) const;
    std::optional<SpanCodec::Spans> storedSpans(qint64 id) const;

    Database &m_db;
    mutable Statement m_count;
    mutable Statement m_entry;
    mutable Statement m_article;
    mutable Statement m_regions;
    mutable Statement m_byFileName;
    mutable Statement m_spans;
    mutable Statement m_type;
    mutable Statement m_entity;
    // figure_types and entities rows, cached: a few hundred and a few thousand.
    mutable QHash<qint64, Figure> m_types;
    mutable QHash<qint64, EntityMention> m_entities;
};

} // namespace DealScope
