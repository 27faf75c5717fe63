// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleanalyzer.h"
#include "database.h"
#include "gazetteer.h"
#include "ingestor.h"

#include <QStringList>

// Stores test articles in the database at `path` through the real ingest, as
// the window and the command line would. A database that cannot be opened
// comes back as a summary whose fatalError says why.
inline DealScope::Ingestor::Summary ingestFixtures(const QString &path, const QStringList &files)
{
    DealScope::Database db;
    DealScope::Ingestor::Summary failed;
    if (!db.open(path, &failed.fatalError))
        return failed;
    const DealScope::ArticleAnalyzer analyzer(DealScope::Gazetteer::bundled());
    DealScope::Ingestor ingestor(db, analyzer);
    return ingestor.ingestPaths(files);
}
