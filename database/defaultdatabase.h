// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace DealScope {

class Database;

// The database DealScope uses when no --db is given: dealscope.sqlite in
// the user's data folder (QStandardPaths::AppDataLocation). On first use it
// is created and filled from the bundled corpus.
class DefaultDatabase
{
public:
    static QString path();

    // Opens `explicitPath`, or the default database when it is empty (then
    // creating its folder and filling it on first use).
    static bool open(Database &db, const QString &explicitPath, QString *error = nullptr);

    // Stores the bundled articles unless this database already received
    // them once (a mark in the meta table), so a user's deletions stick.
    static bool fillFromBundledCorpus(Database &db, QString *error = nullptr);
};

} // namespace DealScope
