// SPDX-License-Identifier: GPL-3.0-or-later
// bench_facts [N] [SEED]: reconciles the facts of a database of N synthetic
// articles (default 100,000) from scratch, then times 20 single-article adds
// (relations stored and facts updated incrementally, one transaction each).
// The database is built once by the real ingest and kept in the temporary
// folder for the next run. Targets: from scratch < 10 s, one add < 50 ms.
#include "articleanalyzer.h"
#include "articlereader.h"
#include "articlestore.h"
#include "database.h"
#include "factstore.h"
#include "ingestor.h"
#include "syntheticcorpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include "benchmeasure.h"

#include <algorithm>
#include <ctime>

using namespace DealScope;

namespace {

// CPU seconds of this process: on a shared machine, less skewed by other jobs than wall time.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// CPU seconds of this thread alone: the rebuild's critical path when a core is free for its
// worker thread (which then runs alongside), whatever the machine's load.
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const quint64 count = args.size() > 1 ? args.at(1).toULongLong() : 100000;
    const quint64 seed = args.size() > 2 ? args.at(2).toULongLong() : 1;
    if (count == 0) {
        QTextStream(stderr) << "usage: bench_facts [N] [SEED]\n";
        return 2;
    }
    const SyntheticCorpus generator(seed);
    const ArticleAnalyzer analyzer(Gazetteer::bundled());
    const QString path = QDir::temp().filePath(QStringLiteral("dealscope-bench-facts-%1-%2.sqlite").arg(count).arg(seed));

    Database db;
    QString error;
    const bool cached = QFile::exists(path);
    if (!db.open(path, &error)) {
        QTextStream(stderr) << "cannot open " << path << ": " << error << '\n';
        return 2;
    }
    if (!cached || db.articleCount() < qint64(count)) {
        out << "building " << path << " from " << count << " synthetic articles (once)…\n";
        out.flush();
        QElapsedTimer t;
        t.start();
        const quint64 batch = 5000;
        for (quint64 from = db.articleCount(); from < count; from += batch) {
            QList<Ingestor::Source> sources;
            for (quint64 i = from; i < std::min(count, from + batch); ++i) {
                const SyntheticCorpus::GeneratedArticle a = generator.article(i);
                sources.append({QStringLiteral("/bench/") + a.fileName, a.bytes, true});
            }
            Ingestor ingestor(db, analyzer);
            const Ingestor::Summary s = ingestor.ingest(sources);
            if (!s.committed()) {
                QTextStream(stderr) << s.fatalError << '\n';
                return 1;
            }
            out << "  " << std::min(count, from + batch) << " articles, " << t.elapsed() / 1000 << " s\n";
            out.flush();
        }
    }

    FactStore store(db);
    QElapsedTimer timer;
    if (!store.isCurrent()) {
        // A database cached by an older layout: its articles are read again (not timed).
        out << "refreshing the facts of the cached database (once)…\n";
        out.flush();
        timer.start();
        if (!store.refresh(analyzer, &error)) {
            QTextStream(stderr) << "refresh failed: " << error << '\n';
            return 1;
        }
        out << "  " << timer.elapsed() / 1000 << " s\n";
    }
    out << "articles: " << db.articleCount() << ", fact mentions: " << store.mentionCount() << '\n';
    // From scratch: no fact stored (schema version 10 writes no mention row, whatever was there).
    if (!db.exec("DELETE FROM facts", &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    timer.start();
    double cpu = cpuSeconds();
    double mainCpu = threadCpuSeconds();
    if (!store.rebuildAll(&error)) {
        QTextStream(stderr) << "rebuild failed: " << error << '\n';
        return 1;
    }
    const double scratch = timer.nsecsElapsed() / 1e9;
    out << "reconcile from scratch: " << QString::number(scratch, 'f', 2) << " s (CPU "
        << QString::number(cpuSeconds() - cpu, 'f', 2) << " s, of which this thread "
        << QString::number(threadCpuSeconds() - mainCpu, 'f', 2) << " s), " << store.lastChanged().size()
        << " fact ids written or dropped (target < 10 s)\n";
    out.flush();
    timer.restart();
    cpu = cpuSeconds();
    mainCpu = threadCpuSeconds();
    if (!store.rebuildAll(&error)) {
        QTextStream(stderr) << "rebuild failed: " << error << '\n';
        return 1;
    }
    out << "  again, over the stored facts: " << QString::number(timer.nsecsElapsed() / 1e9, 'f', 2)
        << " s (CPU " << QString::number(cpuSeconds() - cpu, 'f', 2) << " s, of which this thread "
        << QString::number(threadCpuSeconds() - mainCpu, 'f', 2) << " s)\n";
    out.flush();

    // One article at a time, as a person adds one file: relations read, stored, families rebuilt, committed.
    QList<double> adds, addsCpu, reading, storing, commits;
    const ArticleReader reader;
    ArticleStore articles(db);
    for (int k = 0; k < 20; ++k) {
        const SyntheticCorpus::GeneratedArticle a = generator.article(count + 1000000 + quint64(k));
        const ArticleReader::Result read = reader.readBytes(a.bytes, a.fileName);
        const ArticleExtraction x = analyzer.analyze(read.article);
        timer.restart();
        cpu = cpuSeconds();
        if (!db.beginImmediate(&error))
            return 1;
        const qint64 id = articles.insert(x, QStringLiteral("/bench/add/") + a.fileName,
                                          QStringLiteral("bench-add-%1-%2").arg(seed).arg(count + quint64(k)), a.bytes.size(), &error);
        QElapsedTimer phase;
        phase.start();
        const QList<FactMention> mentions = store.mentionsOf(x); // in the ingest, a worker thread does this
        reading.append(phase.nsecsElapsed() / 1e6);
        phase.restart();
        const bool stored = id >= 0 && store.addMentions(id, mentions, &error) && store.reconcilePending(&error);
        storing.append(phase.nsecsElapsed() / 1e6);
        phase.restart();
        if (!stored || !db.commit(&error)) {
            QTextStream(stderr) << "add failed: " << error << '\n';
            db.rollback();
            return 1;
        }
        commits.append(phase.nsecsElapsed() / 1e6);
        adds.append(timer.nsecsElapsed() / 1e6);
        addsCpu.append((cpuSeconds() - cpu) * 1e3);
        // Leave the database as it was for the next run.
        db.beginImmediate();
        store.forgetArticle(id);
        articles.remove(id);
        store.reconcilePending();
        db.commit();
    }
    auto p = [](const QList<double> &v) {
        return QStringLiteral("p50 %1 ms, p95 %2 ms")
            .arg(QString::number(BenchMeasure::percentile(v, 0.5), 'f', 1),
                 QString::number(BenchMeasure::percentile(v, 0.95), 'f', 1));
    };
    out << "add one article (store + facts + commit): " << p(adds) << " (target < 50 ms); CPU " << p(addsCpu) << '\n';
    out << "  of which reading relations: " << p(reading) << "; storing mentions + incremental facts: " << p(storing)
        << "; commit: " << p(commits) << '\n';
    return scratch < 10 && BenchMeasure::percentile(adds, 0.95) < 50 ? 0 : 1;
}
