// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingestcommand.h"

#include "articleanalyzer.h"
#include "database.h"
#include "defaultdatabase.h"
#include "ingestor.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace DealScope {

namespace {

QString etaText(double seconds)
{
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(qRound(seconds));
    return QStringLiteral("%1 min %2 s").arg(int(seconds) / 60).arg(int(seconds) % 60);
}

} // namespace

int IngestCommand::run(const QString &databasePath, const QStringList &paths) const
{
    QTextStream err(stderr);
    Database db;
    QString error;
    if (!DefaultDatabase::open(db, databasePath, &error)) {
        err << "dealscope: " << error << '\n';
        return 2;
    }
    const ArticleAnalyzer analyzer(Gazetteer::bundled());
    Ingestor ingestor(db, analyzer);

    const bool terminal = isatty(fileno(stderr));
    QElapsedTimer sinceLastReport;
    sinceLastReport.start();
    bool reported = false;
    if (terminal) {
        ingestor.setProgressCallback([&](const Ingestor::Progress &p) {
            if (sinceLastReport.elapsed() < 200 && p.done < p.total)
                return;
            sinceLastReport.restart();
            reported = true;
            const double rate = p.seconds > 0 ? p.done / p.seconds : 0;
            const QLocale c = QLocale::c();
            QString line = QStringLiteral("\r%1 / %2 articles  %3/s")
                               .arg(c.toString(p.done), c.toString(p.total), c.toString(qRound(rate)));
            if (rate > 0 && p.done < p.total)
                line += QStringLiteral("  ETA %1").arg(etaText((p.total - p.done) / rate));
            err << line << QStringLiteral("\x1b[K");
            err.flush();
        });
    }
    const Ingestor::Summary summary = ingestor.ingestPaths(paths);
    if (reported)
        err << '\n';
    for (const InputCollector::Rejection &r : summary.rejected)
        err << r.path << ": " << r.reason << '\n';
    err << Ingestor::summaryLine(summary) << '\n';
    err.flush();
    return (summary.committed() && summary.rejected.isEmpty()) ? 0 : 1;
}

} // namespace DealScope
