// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace DealScope {

// The ranking of full-text results: dealscope_rank(articles_fts, title
// weight, text weight), an FTS5 auxiliary function, lower is better as with
// FTS5's bm25(). It is BM25 (k1 = 1.2, b = 0.75, FTS5's idf), except for
// queries that can match very many articles: there it leaves out the
// document-length normalisation (b = 0). Normalising reads each matching
// article's length from the index's docsize table, one lookup per row, and
// for a word in most of 100,000 articles those lookups were most of the
// search's time; term frequency, rarity and the title's weight still rank.
class SearchRanking
{
public:
    // Matches above which lengths are not read (an upper bound: the sum of
    // the articles matching each phrase of the query).
    static constexpr long long NormalisedUpTo = 10000;

    static bool registerFunction(sqlite3 *db);
};

} // namespace DealScope
