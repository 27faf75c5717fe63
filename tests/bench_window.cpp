// SPDX-License-Identifier: GPL-3.0-or-later
// bench_window [COUNT] [DATABASE]: the explorer window on a database of COUNT
// synthetic articles (default 100,000). Builds the database first when
// DATABASE does not hold that many articles (kept for the next run), then
// measures in a fresh process: window shown from launch, selection change →
// every view updated (p50/p95), and peak memory; then the Deals tab (stored
// events read page by page) and selections with it open. Stored events out
// of date (an older database) are built first, and that rebuild is timed.
#include "articleanalyzer.h"
#include "articlereaderview.h"
#include "benchmeasure.h"
#include "database.h"
#include "databaseexplorersource.h"
#include "entitybrowserview.h"
#include "eventbrowserview.h"
#include "eventlistmodel.h"
#include "eventstore.h"
#include "factpanelview.h"
#include "ingestor.h"
#include "mainwindow.h"
#include "selectionhub.h"
#include "summaryloader.h"
#include "syntheticcorpus.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QWindow>

#include <algorithm>

#include <ctime>

#include <unistd.h>

using namespace DealScope;

namespace {

// Seconds since this process started, from /proc (includes loading the libraries).
double secondsSinceLaunch()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    // Field 22 (starttime, clock ticks after boot), counted after the command's ")".
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double start = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return now - start;
}

// CPU time of the calling thread, ms: what a selection costs the GUI thread,
// whatever else the (shared) machine is running.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// The stored events, built here when the database's are out of date (one
// made by an older DealScope): what the ingest pays for them, measured apart.
int buildEvents(Database &db, QTextStream &out)
{
    EventStore events(db);
    if (events.isCurrent())
        return 0;
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    QString error;
    if (!events.rebuild(&error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    out << "events stored: " << events.count() << " in " << QString::number(timer.nsecsElapsed() / 1e9, 'f', 1)
        << " s (" << QString::number((threadCpuMs() - cpu) / 1e3, 'f', 1) << " s CPU); peak memory of this process "
        << QString::number(BenchMeasure::peakRssMegabytes(), 'f', 0) << " MB\n";
    return 0;
}

int build(const QString &path, qint64 count, QTextStream &out)
{
    Database db;
    QString error;
    if (!db.open(path, &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    const qint64 have = db.articleCount();
    if (have >= count) {
        out << "reusing " << path << " (" << have << " articles)\n";
        return buildEvents(db, out);
    }
    out << "building " << path << ": " << count - have << " synthetic articles…\n";
    out.flush();
    const SyntheticCorpus generator(7);
    const ArticleAnalyzer analyzer(Gazetteer::bundled());
    Ingestor ingestor(db, analyzer);
    QElapsedTimer timer;
    timer.start();
    constexpr qint64 Batch = 5000; // one transaction each, memory stays flat
    for (qint64 from = have; from < count; from += Batch) {
        QList<Ingestor::Source> sources;
        for (qint64 i = from; i < qMin(count, from + Batch); ++i) {
            SyntheticCorpus::GeneratedArticle a = generator.article(quint64(i));
            sources.append({QStringLiteral("/synthetic/%1").arg(a.fileName), std::move(a.bytes), true});
        }
        const Ingestor::Summary s = ingestor.ingest(sources);
        if (!s.committed()) {
            QTextStream(stderr) << s.fatalError << '\n';
            return 1;
        }
        out << "  " << qMin(count, from + Batch) << " articles, " << QString::number(timer.elapsed() / 1000.0, 'f', 0)
            << " s\n";
        out.flush();
    }
    return buildEvents(db, out);
}

int measure(const QString &path, QTextStream &out)
{
    const double launched = secondsSinceLaunch();
    QElapsedTimer timer;
    timer.start();
    DatabaseExplorerSource source;
    QString error;
    if (!source.open(path, &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    const double opened = timer.nsecsElapsed() / 1e6;
    MainWindow window(&source, nullptr);
    window.show();
    // Shown: the first paint has happened.
    while (!window.isVisible() || !window.windowHandle() || !window.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QCoreApplication::processEvents();
    const double shownMs = timer.nsecsElapsed() / 1e6;
    // The entity list and the counts come from a worker after the window shows.
    while (!source.hasSummaries())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QCoreApplication::processEvents();
    const double listedMs = timer.nsecsElapsed() / 1e6;
    out << "database: " << path << ", " << source.articleCount() << " articles, " << source.entities().size()
        << " entities, " << source.factCount() << " facts\n";
    out << "window shown: " << QString::number(launched * 1000 + shownMs, 'f', 0) << " ms from launch ("
        << QString::number(launched * 1000, 'f', 0) << " ms to main(), " << QString::number(opened, 'f', 0)
        << " ms opening the store, " << QString::number(shownMs - opened, 'f', 0) << " ms window and first paint; "
        << "web engine created: " << (window.reader()->isEngineCreated() ? "yes" : "no") << ")\n";
    out << "entity list and counts ready: " << QString::number(listedMs - shownMs, 'f', 0)
        << " ms after the window showed (worker thread; the window answers meanwhile)\n";

    // Selection changes as a person makes them: an entity, then one of its
    // facts at a source (which opens the reader there), then the next entity.
    const QList<ExplorerSource::EntitySummary> entities = source.entities();
    QList<double> entityMs, mentionMs, cpuMs, slotCpuMs;
    SelectionHub *hub = window.hub();
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < qMin<qsizetype>(40, entities.size()); ++i) {
            QElapsedTimer t;
            t.start();
            double cpu = threadCpuMs();
            hub->select(Selection::entity(entities.at(i).name));
            const double entitySlots = threadCpuMs() - cpu;
            QCoreApplication::processEvents();
            if (round > 0) { // the first round fills caches
                entityMs.append(t.nsecsElapsed() / 1e6);
                cpuMs.append(threadCpuMs() - cpu);
                slotCpuMs.append(entitySlots);
            }
            const auto groups = source.factGroups(entities.at(i).name);
            const auto fact = groups.isEmpty() ? std::nullopt : source.fact(groups.first().ids.first());
            if (!fact || fact->sources.isEmpty())
                continue;
            const auto &s = fact->sources.first();
            t.restart();
            cpu = threadCpuMs();
            hub->select(Selection::factMention(fact->id, s.articleId, s.start, s.end));
            const double mentionSlots = threadCpuMs() - cpu;
            QCoreApplication::processEvents();
            if (round > 0) {
                mentionMs.append(t.nsecsElapsed() / 1e6);
                cpuMs.append(threadCpuMs() - cpu);
                slotCpuMs.append(mentionSlots);
            }
        }
    }
    QList<double> all = entityMs + mentionMs;
    out << "selection change → all views updated (synchronous part; the web page renders in its own process): "
        << all.size() << " changes, p50 " << QString::number(BenchMeasure::percentile(all, 0.5), 'f', 1) << " ms, p95 "
        << QString::number(BenchMeasure::percentile(all, 0.95), 'f', 1) << " ms (entity p95 "
        << QString::number(BenchMeasure::percentile(entityMs, 0.95), 'f', 1) << " ms, fact at source p95 "
        << QString::number(BenchMeasure::percentile(mentionMs, 0.95), 'f', 1) << " ms)\n";
    out << "  GUI thread CPU time per change: p50 " << QString::number(BenchMeasure::percentile(cpuMs, 0.5), 'f', 1)
        << " ms, p95 " << QString::number(BenchMeasure::percentile(cpuMs, 0.95), 'f', 1)
        << " ms (wall time above includes waiting for a core on a loaded machine); of which the views' "
        << "slots (models, reads) p50 " << QString::number(BenchMeasure::percentile(slotCpuMs, 0.5), 'f', 1)
        << " ms, p95 " << QString::number(BenchMeasure::percentile(slotCpuMs, 0.95), 'f', 1)
        << " ms, the rest layout and paint\n";
    out << "peak memory (RSS of the window process): " << QString::number(BenchMeasure::peakRssMegabytes(), 'f', 0) << " MB\n";
    // The deals are built by a second worker when their list is first shown:
    // measured apart, as a person opening the Deals tab pays for it.
    QElapsedTimer dealsTimer;
    dealsTimer.start();
    window.eventsDock()->raise();
    while (!source.hasEvents())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    while (window.eventBrowser()->model()->rowCount() == 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QCoreApplication::processEvents();
    out << "deal list shown: " << QString::number(dealsTimer.nsecsElapsed() / 1e9, 'f', 2)
        << " s after the Deals tab was opened (" << source.eventCount() << " deals stored, "
        << window.eventBrowser()->model()->rowCount() << " rows read); peak memory "
        << "then: " << QString::number(BenchMeasure::peakRssMegabytes(), 'f', 0) << " MB\n";
    // Selections again with the deal list open: its bold rows and counts follow every entity.
    QList<double> dealsMs, dealsCpu;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < qMin<qsizetype>(40, entities.size()); ++i) {
            QElapsedTimer t;
            t.start();
            const double c = threadCpuMs();
            hub->select(Selection::entity(entities.at(i).name));
            QCoreApplication::processEvents();
            if (round > 0) {
                dealsMs.append(t.nsecsElapsed() / 1e6);
                dealsCpu.append(threadCpuMs() - c);
            }
        }
    }
    out << "entity selection with the deal list open: p50 " << QString::number(BenchMeasure::percentile(dealsMs, 0.5), 'f', 1)
        << " ms, p95 " << QString::number(BenchMeasure::percentile(dealsMs, 0.95), 'f', 1) << " ms (GUI CPU p95 "
        << QString::number(BenchMeasure::percentile(dealsCpu, 0.95), 'f', 1) << " ms); peak memory "
        << QString::number(BenchMeasure::peakRssMegabytes(), 'f', 0) << " MB\n";
    // What the worker costs, measured here on one thread: it grows with the store.
    QElapsedTimer worker;
    worker.start();
    const double cpu = threadCpuMs();
    const std::atomic<bool> stop{false};
    const auto summaries = SummaryLoader::compute(path, stop);
    out << "entity list and fact outline (worker, again on this thread): " << summaries->entities.size()
        << " entities in " << QString::number(worker.nsecsElapsed() / 1e9, 'f', 2) << " s ("
        << QString::number((threadCpuMs() - cpu) / 1e3, 'f', 2) << " s CPU)\n";
    worker.restart();
    const double eventsCpu = threadCpuMs();
    const auto events = SummaryLoader::compute(path, stop, SummaryLoader::Part::Events);
    out << "deals (worker, again on this thread: stored events up to date, nothing to build): "
        << events->eventCount << " deals in "
        << QString::number(worker.nsecsElapsed() / 1e9, 'f', 2) << " s ("
        << QString::number((threadCpuMs() - eventsCpu) / 1e3, 'f', 2) << " s CPU)\n";
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool measuring = argc > 3 && qstrcmp(argv[3], "--measure") == 0;
    if (measuring) {
        ArticleReaderView::prepareApplication();
        QApplication app(argc, argv);
        QTextStream out(stdout);
        return measure(QString::fromLocal8Bit(argv[2]), out);
    }
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const qint64 count = args.size() > 1 ? args.at(1).toLongLong() : 100000;
    if (count <= 0) {
        QTextStream(stderr) << "usage: bench_window [COUNT] [DATABASE]\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString path = args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("window.sqlite"));
    if (const int rc = build(path, count, out))
        return rc;
    out.flush();
    // A fresh process, so the build's memory and caches do not count.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(app.applicationFilePath(), {QString::number(count), path, QStringLiteral("--measure")});
    child.waitForFinished(-1);
    return child.exitCode();
}
