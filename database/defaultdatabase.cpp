// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultdatabase.h"

#include "articleanalyzer.h"
#include "bundledcorpus.h"
#include "database.h"
#include "ingestor.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace DealScope {

namespace {

const char *const FilledKey = "bundled_corpus_filled";

} // namespace

QString DefaultDatabase::path()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("dealscope.sqlite"));
}

bool DefaultDatabase::open(Database &db, const QString &explicitPath, QString *error)
{
    if (!explicitPath.isEmpty())
        return db.open(explicitPath, error);
    const QString file = path();
    if (!QDir().mkpath(QFileInfo(file).absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create the folder of the default database, %1").arg(QFileInfo(file).absolutePath());
        return false;
    }
    if (!db.open(file, error))
        return false;
    if (!fillFromBundledCorpus(db, error)) {
        db.close();
        return false;
    }
    return true;
}

bool DefaultDatabase::fillFromBundledCorpus(Database &db, QString *error)
{
    {
        Statement s = db.prepare("SELECT value FROM meta WHERE key = ?1");
        s.bind(1, QByteArray(FilledKey));
        if (s.step())
            return true;
    }
    QList<Ingestor::Source> sources;
    for (const BundledCorpus::File &file : BundledCorpus::files())
        sources.append({BundledCorpus::resourceFolder() + QLatin1Char('/') + file.fileName, file.bytes, true});
    const ArticleAnalyzer analyzer(Gazetteer::bundled());
    Ingestor ingestor(db, analyzer);
    const Ingestor::Summary summary = ingestor.ingest(sources);
    if (!summary.committed()) {
        if (error)
            *error = QStringLiteral("cannot fill the default database from the bundled articles: %1").arg(summary.fatalError);
        return false;
    }
    // Once stored, never again: ingesting twice would be harmless, but a
    // user who deleted a bundled article does not want it back.
    Statement mark = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, '1')");
    mark.bind(1, QByteArray(FilledKey));
    mark.step();
    if (!mark.succeeded()) {
        if (error)
            *error = db.lastError();
        return false;
    }
    return true;
}

} // namespace DealScope
