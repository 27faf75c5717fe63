// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace DealScope {

// `dealscope [--db FILE] facts|timeline|graph [--json]`: the reconciled
// facts, the events on the timeline and the investor-stake graph, read from
// the store. The three share opening the database and bringing its facts up
// to date; only what they print differs. Exit code 0, or 2 when the database
// cannot be opened or read.
class FactsCommand
{
public:
    enum class View { Facts, Timeline, Graph };

    int run(const QString &databasePath, View view, bool json) const;
};

} // namespace DealScope
