// SPDX-License-Identifier: GPL-3.0-or-later
// bench_extraction [MB]: runs the extraction pipeline over MB megabytes
// (default 64) of generated plain-text articles on one thread and prints its
// throughput and peak memory. Articles are generated, analysed and dropped
// one at a time, so memory must not grow with the amount of text.
// DEALSCOPE_BENCH_EXTRACTORS=N instead keeps the articles in memory and times
// only FigureExtractor and EntityExtractor, N times over them (for profiling).
#include "articleanalyzer.h"
#include "articlereader.h"
#include "benchmeasure.h"
#include "entityextractor.h"
#include "excludedregionfinder.h"
#include "figureextractor.h"
#include "gazetteer.h"
#include "syntheticcorpus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

using namespace DealScope;

namespace {

constexpr double kMB = 1e6; // MB here are 10^6 bytes of UTF-8 article files

double currentRssMB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0) : 0;
}

// CPU time of this thread: on a shared machine it does not count the time
// other processes hold the core, which wall-clock time would.
qint64 threadCpuNanoseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

struct Stage
{
    qint64 nanoseconds = 0; // thread CPU time
    qint64 wallNanoseconds = 0;
    qint64 found = 0;
    double mbPerSecond(qint64 bytes) const
    {
        return nanoseconds > 0 ? double(bytes) / kMB / (double(nanoseconds) / 1e9) : 0;
    }
    double seconds() const { return double(nanoseconds) / 1e9; }
    double wallSeconds() const { return double(wallNanoseconds) / 1e9; }
};

// Times one stage in CPU and wall-clock time.
class StageTimer
{
public:
    explicit StageTimer(Stage &stage)
        : m_stage(stage)
        , m_cpuStart(threadCpuNanoseconds())
    {
        m_wall.start();
    }
    ~StageTimer()
    {
        m_stage.nanoseconds += threadCpuNanoseconds() - m_cpuStart;
        m_stage.wallNanoseconds += m_wall.nsecsElapsed();
    }

private:
    Stage &m_stage;
    qint64 m_cpuStart;
    QElapsedTimer m_wall;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    double megabytes = 64;
    if (argc > 2 || (argc == 2 && (megabytes = QByteArray(argv[1]).toDouble()) <= 0)) {
        QTextStream(stderr) << "usage: bench_extraction [MB]   (default 64)\n";
        return 2;
    }
    const qint64 targetBytes = qint64(megabytes * kMB);
    const quint64 seed = 20251103;
    const SyntheticCorpus corpus(seed, SyntheticCorpus::Format::PlainText);

    const Gazetteer gazetteer = Gazetteer::bundled();
    const ArticleAnalyzer analyzer(gazetteer);
    const FigureExtractor figureExtractor;
    const EntityExtractor entityExtractor(gazetteer);
    const ExcludedRegionFinder regionFinder;
    const ArticleReader reader;

    Stage generate, read, pipeline, figures, entities, regions;
    qint64 bytes = 0;
    qint64 utf16Units = 0;
    qint64 inserted = 0;
    quint64 articles = 0;
    quint64 quarterArticles = 0;
    qint64 quarterBytes = 0;
    double quarterPeak = 0;
    double quarterCurrent = 0;
    // DEALSCOPE_BENCH_EXTRACTORS=N: read the articles first, then run only the
    // two extractors N times over them, for profiling (perf) without the other stages.
    if (const int repeats = qEnvironmentVariableIntValue("DEALSCOPE_BENCH_EXTRACTORS"); repeats > 0) {
        QList<Article> texts;
        while (bytes < targetBytes) {
            const SyntheticCorpus::GeneratedArticle generated = corpus.article(articles++);
            bytes += generated.bytes.size();
            ArticleReader::Result result = reader.readBytes(generated.bytes, generated.fileName);
            if (!result.ok()) {
                QTextStream(stderr) << "bench_extraction: article " << articles - 1 << " rejected: " << result.error << '\n';
                return 1;
            }
            texts.append(std::move(result.article));
        }
        for (int r = 0; r < repeats; ++r) {
            {
                const StageTimer t(figures);
                for (const Article &article : std::as_const(texts))
                    figures.found += figureExtractor.extract(article.text, article.date).size();
            }
            const StageTimer t(entities);
            for (const Article &article : std::as_const(texts))
                entities.found += entityExtractor.extract(article.text).size();
        }
        const qint64 all = bytes * repeats;
        out << "extractors only, " << repeats << " x " << double(bytes) / kMB << " MB: figures "
            << figures.mbPerSecond(all) << " MB/s (" << figures.found << "), entities " << entities.mbPerSecond(all)
            << " MB/s (" << entities.found << "), together "
            << double(all) / kMB / (figures.seconds() + entities.seconds()) << " MB/s\n";
        return 0;
    }

    const double startPeak = BenchMeasure::peakRssMegabytes();
    QElapsedTimer total;
    total.start();

    while (bytes < targetBytes) {
        SyntheticCorpus::GeneratedArticle generated;
        {
            const StageTimer t(generate);
            generated = corpus.article(articles);
        }
        inserted += generated.truth.story.total() + generated.truth.excluded.total();

        ArticleReader::Result result;
        {
            const StageTimer t(read);
            result = reader.readBytes(generated.bytes, generated.fileName);
        }
        if (!result.ok()) {
            QTextStream(stderr) << "bench_extraction: article " << articles << " rejected: " << result.error << '\n';
            return 1;
        }
        const Article &article = result.article;
        bytes += generated.bytes.size();
        utf16Units += article.text.size();

        {
            const StageTimer t(pipeline);
            const ArticleExtraction extraction = analyzer.analyze(article);
            pipeline.found += extraction.figures.size() + extraction.entities.size()
                            + extraction.article.excluded.size();
        }
        {
            const StageTimer t(figures);
            figures.found += figureExtractor.extract(article.text, article.date).size();
        }
        {
            const StageTimer t(entities);
            entities.found += entityExtractor.extract(article.text).size();
        }
        {
            const StageTimer t(regions);
            regions.found += regionFinder.find(article.text).size();
        }

        ++articles;
        if (quarterArticles == 0 && bytes >= targetBytes / 4) {
            quarterArticles = articles;
            quarterBytes = bytes;
            quarterPeak = BenchMeasure::peakRssMegabytes();
            quarterCurrent = currentRssMB();
        }
    }

    Stage both;
    both.nanoseconds = figures.nanoseconds + entities.nanoseconds;
    both.wallNanoseconds = figures.wallNanoseconds + entities.wallNanoseconds;
    const double target = 100.0;

    out.setRealNumberPrecision(2);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out << "bench_extraction: " << double(bytes) / kMB << " MB (10^6 bytes of UTF-8) in " << articles
        << " generated plain-text articles (seed " << seed << ", " << double(utf16Units) / kMB
        << " M UTF-16 units), one thread\n";
    out << "  (MB/s from this thread's CPU time; wall-clock seconds in brackets)\n";
    const auto row = [&](const char *name, const Stage &stage, const QString &found) {
        out << "  " << QString::fromLatin1(name).leftJustified(30) << QString::number(stage.seconds(), 'f', 2).rightJustified(8)
            << " s (" << QString::number(stage.wallSeconds(), 'f', 2) << " s)  "
            << QString::number(stage.mbPerSecond(bytes), 'f', 1).rightJustified(8) << " MB/s  " << found << '\n';
    };
    row("generator (not counted)", generate, QStringLiteral("%1 figures written").arg(inserted));
    row("read: decode + parse", read, QString());
    row("ArticleAnalyzer (pipeline)", pipeline, QStringLiteral("%1 figures + entities + regions").arg(pipeline.found));
    row("FigureExtractor alone", figures, QStringLiteral("%1 figures").arg(figures.found));
    row("EntityExtractor alone", entities, QStringLiteral("%1 entities").arg(entities.found));
    row("ExcludedRegionFinder alone", regions, QStringLiteral("%1 regions").arg(regions.found));
    row("figures + entities together", both,
        QStringLiteral("target %1 MB/s: %2").arg(target).arg(both.mbPerSecond(bytes) >= target ? QStringLiteral("met")
                                                                                                : QStringLiteral("NOT met")));
    out << "  " << QStringLiteral("whole run").leftJustified(30) << double(total.nsecsElapsed()) / 1e9 << " s wall-clock\n";
    out << "  " << QStringLiteral("peak RSS before the loop").leftJustified(30) << startPeak << " MB\n";
    out << "  " << QStringLiteral("peak RSS at 1/4").leftJustified(30) << quarterPeak << " MB (current " << quarterCurrent << " MB) after "
        << quarterArticles << " articles, " << double(quarterBytes) / kMB << " MB\n";
    out << "  " << QStringLiteral("peak RSS at the end").leftJustified(30) << BenchMeasure::peakRssMegabytes() << " MB (current " << currentRssMB() << " MB) after "
        << articles << " articles, " << double(bytes) / kMB << " MB\n";
    return 0;
}
