// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "database.h"

#include <sqlite3.h>

namespace DealScope {

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{
}

QList<SearchIndex::Result> SearchIndex::search(const SearchQuery &query, int limit, QString *error) const
{
    QList<Result> results;
    if (!query.isValid()) {
        if (error)
            *error = query.error();
        return results;
    }
    // Rank inside the index first (SearchRanking: BM25), then fetch only the rows shown.
    Statement s = m_db.prepare(
        "SELECT a.id, a.file_name, a.path, a.title, a.text, m.score FROM "
        "(SELECT rowid AS id, dealscope_rank(articles_fts, 4.0, 1.0) AS score FROM articles_fts "
        " WHERE articles_fts MATCH ?1 ORDER BY score LIMIT ?2) AS m "
        "JOIN articles a ON a.id = m.id ORDER BY m.score, a.id");
    if (!s.isValid()) {
        if (error)
            *error = s.prepareError();
        return results;
    }
    s.bind(1, query.ftsExpression());
    s.bind(2, qint64(limit));
    while (s.step()) {
        Result r;
        r.articleId = s.columnInt(0);
        r.fileName = s.columnText(1);
        r.path = s.columnText(2);
        r.title = s.columnText(3);
        const QString text = s.columnText(4);
        r.score = s.columnDouble(5);
        r.rank = int(results.size()) + 1;
        const QList<SearchQuery::Span> tokens = SearchQuery::tokenSpans(text);
        r.hits = query.findHits(text, tokens);
        r.snippet = snippet(text, r.hits, tokens);
        results.append(r);
    }
    if (!s.succeeded()) {
        if (error)
            *error = Database::describe(s.resultCode(), s.errorText());
        return {};
    }
    return results;
}

QString SearchIndex::snippet(const QString &text, const QList<SearchQuery::Span> &hits, int wordsAround)
{
    return snippet(text, hits, SearchQuery::tokenSpans(text), wordsAround);
}

QString SearchIndex::snippet(const QString &text, const QList<SearchQuery::Span> &hits,
                             const QList<SearchQuery::Span> &tokens, int wordsAround)
{
    if (tokens.isEmpty())
        return {};
    qsizetype first = 0; // token index of the first hit
    if (!hits.isEmpty()) {
        while (first < tokens.size() && tokens.at(first).end <= hits.first().start)
            ++first;
    }
    const qsizetype fromToken = std::max<qsizetype>(0, first - wordsAround);
    const qsizetype toToken = std::min<qsizetype>(tokens.size() - 1, first + 2 * wordsAround);
    qsizetype from = tokens.at(fromToken).start;
    qsizetype to = tokens.at(toToken).end;
    // Keep a figure's sign or symbol ("$38") and closing marks ("27%").
    if (fromToken > 0 && from > 0 && !text.at(from - 1).isSpace())
        --from;
    if (to < text.size() && !text.at(to).isSpace() && text.at(to).isPunct())
        ++to;

    QString out;
    if (from > 0)
        out += QStringLiteral("… ");
    qsizetype pos = from;
    for (const SearchQuery::Span &hit : hits) {
        if (hit.end <= from || hit.start >= to)
            continue;
        const qsizetype start = std::max(hit.start, from);
        const qsizetype end = std::min(hit.end, to);
        out += text.mid(pos, start - pos);
        out += QLatin1Char('[') + text.mid(start, end - start) + QLatin1Char(']');
        pos = end;
    }
    out += text.mid(pos, to - pos);
    if (to < text.size())
        out += QStringLiteral(" …");
    return out.simplified();
}

} // namespace DealScope
