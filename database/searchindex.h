// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchquery.h"

#include <QList>
#include <QString>

namespace DealScope {

class Database;

// Full-text search over the stored articles' titles and texts (FTS5, BM25
// ranking with titles weighing more), with a snippet and the UTF-16
// offsets of every hit in each article's decoded text.
class SearchIndex
{
public:
    struct Result
    {
        qint64 articleId = 0;
        QString fileName;
        QString path;
        QString title;
        int rank = 0;     // 1 for the best match
        double score = 0; // BM25, lower is better
        QString snippet;  // hits in [brackets]
        QList<SearchQuery::Span> hits;
    };

    explicit SearchIndex(Database &db);

    // Runs a valid query; on an SQLite error returns nothing and sets `error`.
    QList<Result> search(const SearchQuery &query, int limit, QString *error = nullptr) const;

    // A short passage around the first hit, hits marked with [ and ].
    static QString snippet(const QString &text, const QList<SearchQuery::Span> &hits, int wordsAround = 12);
    // The same with the text's SearchQuery::tokenSpans.
    static QString snippet(const QString &text, const QList<SearchQuery::Span> &hits,
                           const QList<SearchQuery::Span> &tokens, int wordsAround = 12);

private:
    Database &m_db;
};

} // namespace DealScope
