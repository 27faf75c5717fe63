// SPDX-License-Identifier: GPL-3.0-or-later
// [STORE_ONLY=1] [SEARCH_ONLY=1] bench_ingest [COUNT] [SEED] [CORPUS]: writes COUNT synthetic articles
// (default 100,000, about 400 MB) to a temporary folder (or to CORPUS, kept
// and reused when it already holds that corpus, for profiling), ingests them into a fresh
// database and prints: seconds end to end, articles/s, MB/s, database size
// against the raw text, search p50/p95, and peak memory. Run by `make
// bench`, never by ctest. Targets: < 60 s, DB ≤ 2× raw, p95 < 50 ms, < 500 MB.
// SEARCH_ONLY=1 (with CORPUS) skips the ingest and searches the kept database
// again. Search times are given as wall time and as the thread's CPU time,
// which other jobs on a shared machine inflate less.
#include "articleanalyzer.h"
#include "database.h"
#include "ingestor.h"
#include "searchindex.h"
#include "syntheticcorpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include "benchmeasure.h"

#include <algorithm>
#include <sys/resource.h>
#include <time.h>

using namespace DealScope;

namespace {

double threadCpuMilliseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo::exists(path) ? QFileInfo(path).size() : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const qulonglong count = args.size() > 1 ? args.at(1).toULongLong() : 100000;
    const qulonglong seed = args.size() > 2 ? args.at(2).toULongLong() : 7;
    // STORE_ONLY=1: articles only, facts deferred (to measure the store alone).
    const bool storeOnly = qEnvironmentVariableIntValue("STORE_ONLY") == 1;
    if (count == 0) {
        QTextStream(stderr) << "usage: bench_ingest [COUNT] [SEED]\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString corpus = args.size() > 3 ? args.at(3) : dir.filePath(QStringLiteral("corpus"));
    QDir().mkpath(corpus);
    // A stamp names the corpus a kept folder holds, so a rerun can skip writing it.
    QFile stamp(corpus + QStringLiteral("/.corpus"));
    const QByteArray wanted = QByteArray::number(count) + ' ' + QByteArray::number(seed);
    QByteArray have;
    if (stamp.open(QIODevice::ReadOnly))
        have = stamp.readAll();
    stamp.close();
    const bool reuse = have.startsWith(wanted + ' ');
    const SyntheticCorpus generator(seed);
    qint64 rawBytes = reuse ? have.mid(wanted.size() + 1).toLongLong() : 0;
    QElapsedTimer timer;
    timer.start();
    for (qulonglong i = 0; i < count && !reuse; ++i) {
        const SyntheticCorpus::GeneratedArticle a = generator.article(i);
        // Folders of 1,000 files, as an archive would be kept.
        const QString folder = QStringLiteral("%1/%2").arg(corpus).arg(i / 1000, 3, 10, QLatin1Char('0'));
        if (i % 1000 == 0)
            QDir().mkpath(folder);
        QFile f(folder + QLatin1Char('/') + a.fileName);
        if (!f.open(QIODevice::WriteOnly) || f.write(a.bytes) != a.bytes.size()) {
            QTextStream(stderr) << "cannot write " << f.fileName() << '\n';
            return 1;
        }
        rawBytes += a.bytes.size();
    }
    if (!reuse && stamp.open(QIODevice::WriteOnly))
        stamp.write(wanted + ' ' + QByteArray::number(rawBytes));
    stamp.close();
    out << (reuse ? "reused " : "generated ") << count << " articles, " << QString::number(rawBytes / 1e6, 'f', 1) << " MB in "
        << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s (not counted)\n";
    out.flush();

    // Next to a kept corpus the database stays too, for a look inside.
    const QString dbPath = args.size() > 3 ? corpus + QStringLiteral(".sqlite") : dir.filePath(QStringLiteral("bench.sqlite"));
    // SEARCH_ONLY=1 with a kept CORPUS: search the database of the last run again.
    const bool searchOnly = qEnvironmentVariableIntValue("SEARCH_ONLY") == 1 && args.size() > 3 && QFile::exists(dbPath);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!searchOnly)
            QFile::remove(dbPath + suffix);
    }
    timer.restart();
    Ingestor::Summary summary;
    if (!searchOnly) {
        Database db;
        QString error;
        if (!db.open(dbPath, &error)) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        const ArticleAnalyzer analyzer(Gazetteer::bundled());
        Ingestor ingestor(db, analyzer);
        ingestor.setFactsDeferred(storeOnly);
        summary = ingestor.ingestPaths({corpus});
    } // closing checkpoints the WAL into the database: part of the cost
    const double seconds = timer.elapsed() / 1000.0;
    if (searchOnly) {
        out << "searching the database of the last run: " << dbPath << '\n';
    } else {
        out << Ingestor::summaryLine(summary) << '\n';
        out << "writer thread: " << QString::number(summary.writeSeconds, 'f', 1) << " s writing, "
            << QString::number(summary.waitSeconds, 'f', 1) << " s waiting for analysed articles; of the writing, "
            << QString::number(summary.factsSeconds, 'f', 1) << " s relations and facts (FactStore), "
            << QString::number(summary.writeSeconds - summary.factsSeconds, 'f', 1) << " s articles (ArticleStore); "
            << QString::number(summary.writerCpuSeconds, 'f', 1) << " s of CPU time; after the last article, "
            << QString::number(summary.finishSeconds, 'f', 1) << " s reconciling and committing\n";
        if (!summary.committed())
            return 1;
        const qint64 dbBytes = fileSize(dbPath) + fileSize(dbPath + QStringLiteral("-wal"));
        out << "ingest end to end: " << QString::number(seconds, 'f', 1) << " s, "
            << QString::number(count / seconds, 'f', 0) << " articles/s, "
            << QString::number(rawBytes / 1e6 / seconds, 'f', 1) << " MB/s\n";
        out << "database: " << QString::number(dbBytes / 1e6, 'f', 1) << " MB = "
            << QString::number(double(dbBytes) / double(rawBytes), 'f', 2) << "x the raw text\n";
        out.flush();
    }

    Database db;
    db.open(dbPath);
    // What the bytes are spent on (needs SQLite's dbstat table, usually built in).
    Statement stat = db.prepare("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC");
    while (stat.step()) {
        out << "  " << stat.columnText(0) << ": " << QString::number(stat.columnInt(1) / 1e6, 'f', 1) << " MB = "
            << QString::number(double(stat.columnInt(1)) / double(rawBytes), 'f', 3) << "x raw\n";
    }
    out.flush();
    const QStringList queries{
        QStringLiteral("billion"), QStringLiteral("gigawat*"), QStringLiteral("\"data center\""),
        QStringLiteral("acquisition"), QStringLiteral("stake NOT valuation"), QStringLiteral("$2 billion"),
        QStringLiteral("chips OR accelerators"), QStringLiteral("OPS-306"), QStringLiteral("investment round"),
        QStringLiteral("partner*"), QStringLiteral("\"per cent\""), QStringLiteral("regulators"),
        QStringLiteral("cloud capacity"), QStringLiteral("nonexistentword"), QStringLiteral("valuation"),
        QStringLiteral("infra*"), QStringLiteral("exclusive"), QStringLiteral("\"multi-year\""),
        QStringLiteral("2027"), QStringLiteral("GPUs")};
    QList<double> times;
    QList<double> cpuTimes; // the thread's CPU time: what other jobs on a shared machine do not inflate
    SearchIndex index(db);
    for (int round = 0; round < 3; ++round) {
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            const double cpuBefore = threadCpuMilliseconds();
            const QList<SearchIndex::Result> results = index.search(SearchQuery::parse(q), 50);
            times.append(t.nsecsElapsed() / 1e6);
            cpuTimes.append(threadCpuMilliseconds() - cpuBefore);
            if (round == 0)
                out << "  " << q << ": " << results.size() << " results, " << QString::number(times.last(), 'f', 1)
                    << " ms (CPU " << QString::number(cpuTimes.last(), 'f', 1) << " ms)\n";
        }
    }
    out << "search over " << times.size() << " queries (50 results each, with hits and snippets): p50 "
        << QString::number(BenchMeasure::percentile(times, 0.5), 'f', 1) << " ms, p95 " << QString::number(BenchMeasure::percentile(times, 0.95), 'f', 1)
        << " ms; CPU time p50 " << QString::number(BenchMeasure::percentile(cpuTimes, 0.5), 'f', 1) << " ms, p95 "
        << QString::number(BenchMeasure::percentile(cpuTimes, 0.95), 'f', 1) << " ms\n";
    out << "peak memory (RSS): " << QString::number(BenchMeasure::peakRssMegabytes(), 'f', 0) << " MB\n";
    return 0;
}
