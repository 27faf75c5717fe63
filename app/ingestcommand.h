// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace DealScope {

// `dealscope [--db FILE] ingest PATH...`: stores articles from files and
// folders. Rejected inputs are named on stderr with their reason; progress
// goes to stderr when it is a terminal, a summary line always. Returns the
// exit code: 0 all stored, 1 something rejected or the ingest rolled back
// (disk full), 2 the database could not be opened.
class IngestCommand
{
public:
    int run(const QString &databasePath, const QStringList &paths) const;
};

} // namespace DealScope
