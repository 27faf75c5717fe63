// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchranking.h"

#include <sqlite3.h>

#include <cmath>
#include <vector>

namespace DealScope {

namespace {

constexpr double K1 = 1.2;
constexpr double B = 0.75;

// Worked out on the first row of a query and kept for the others.
struct QueryData
{
    std::vector<double> idf;     // per phrase
    std::vector<double> weights; // per column
    double averageLength = 1;
    bool normalise = true;
    std::vector<double> frequency; // per phrase, reused row to row
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *count)
{
    ++*static_cast<sqlite3_int64 *>(count);
    return SQLITE_OK;
}

QueryData *queryData(const Fts5ExtensionApi *api, Fts5Context *fts, int argc, sqlite3_value **argv, int *rc)
{
    if (auto *cached = static_cast<QueryData *>(api->xGetAuxdata(fts, 0)))
        return cached;
    auto *data = new QueryData;
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    *rc = api->xRowCount(fts, &rows);
    if (*rc == SQLITE_OK)
        *rc = api->xColumnTotalSize(fts, -1, &tokens);
    data->averageLength = rows > 0 ? double(tokens) / double(rows) : 1;
    const int phrases = api->xPhraseCount(fts);
    sqlite3_int64 matches = 0;
    for (int i = 0; *rc == SQLITE_OK && i < phrases; ++i) {
        sqlite3_int64 hits = 0;
        *rc = api->xQueryPhrase(fts, i, &hits, countRow);
        // FTS5's idf, kept positive so a word in most articles still counts a little.
        const double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
        data->idf.push_back(idf > 0 ? idf : 1e-6);
        matches += hits;
    }
    data->normalise = matches <= SearchRanking::NormalisedUpTo;
    const int columns = api->xColumnCount(fts);
    for (int c = 0; c < columns; ++c)
        data->weights.push_back(c < argc ? sqlite3_value_double(argv[c]) : 1.0);
    data->frequency.resize(size_t(phrases));
    if (*rc == SQLITE_OK)
        *rc = api->xSetAuxdata(fts, data, [](void *p) { delete static_cast<QueryData *>(p); });
    else
        delete data;
    return *rc == SQLITE_OK ? data : nullptr;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv)
{
    int rc = SQLITE_OK;
    QueryData *data = queryData(api, fts, argc, argv, &rc);
    int instances = 0;
    if (rc == SQLITE_OK)
        rc = api->xInstCount(fts, &instances);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    std::fill(data->frequency.begin(), data->frequency.end(), 0.0);
    for (int i = 0; i < instances && rc == SQLITE_OK; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase < int(data->frequency.size()) && column < int(data->weights.size()))
            data->frequency[size_t(phrase)] += data->weights[size_t(column)];
    }
    double lengthFactor = 1; // (1 - b + b * length / average length)
    if (rc == SQLITE_OK && data->normalise) {
        int length = 0;
        rc = api->xColumnSize(fts, -1, &length);
        lengthFactor = 1 - B + B * double(length) / data->averageLength;
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    double score = 0;
    for (size_t p = 0; p < data->frequency.size(); ++p) {
        const double f = data->frequency[p];
        score += data->idf[p] * f * (K1 + 1) / (f + K1 * lengthFactor);
    }
    sqlite3_result_double(context, -score);
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &s, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(s, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(s);
    sqlite3_finalize(s);
    return api;
}

} // namespace

bool SearchRanking::registerFunction(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    return api && api->iVersion >= 2
        && api->xCreateFunction(api, "dealscope_rank", nullptr, rank, nullptr) == SQLITE_OK;
}

} // namespace DealScope
