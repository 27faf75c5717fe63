// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace DealScope {

// `dealscope [--db FILE] search [--json] [--limit N] QUERY`: full-text
// search. Exit code 0 (also with no match), 2 when the query cannot be run
// (empty, only operators) or the database cannot be opened.
class SearchCommand
{
public:
    static constexpr int DefaultLimit = 50;

    int run(const QString &databasePath, const QString &query, bool json, int limit = DefaultLimit) const;
};

} // namespace DealScope
