// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingestor.h"

#include "agreementreader.h"
#include "agreementstore.h"
#include "articleanalyzer.h"
#include "articlereader.h"
#include "articlestore.h"
#include "contenthash.h"
#include "database.h"
#include "factstore.h"
#include "preparedarticle.h"
#include "textdictionaries.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <time.h>

namespace DealScope {

namespace {

// What a worker hands the writer for one source.
struct Item
{
    enum Kind { Rejected, Known, Analyzed };
    Kind kind = Rejected;
    int worker = 0; // who made it, and frees it
    QString storedPath;
    QString reason;
    QString hash;
    qint64 size = 0;
    PreparedArticle prepared; // the writer only looks up ids and inserts
    QList<FactMention> mentions; // read by the worker, so the writer only stores them
    QList<Agreement> agreements; // ties without a figure, read with the relations
};

QString readSource(const Ingestor::Source &source, QByteArray &bytes, QString &storedPath)
{
    if (source.inMemory) {
        bytes = source.bytes;
        storedPath = source.path;
        return {};
    }
    const QFileInfo info(source.path);
    if (!info.exists())
        return QStringLiteral("no such file (it vanished during the ingest)");
    if (info.isDir())
        return QStringLiteral("is a directory, not a file");
    // Devices and pipes could block or never end.
    if (!info.isFile())
        return QStringLiteral("not a regular file");
    if (info.size() > ArticleReader::DefaultMaxFileSize)
        return ArticleReader::tooLargeMessage(info.size(), ArticleReader::DefaultMaxFileSize);
    QFile file(source.path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.error() == QFileDevice::PermissionsError)
            return QStringLiteral("permission denied");
        if (!QFileInfo::exists(source.path))
            return QStringLiteral("no such file (it vanished during the ingest)");
        return file.errorString();
    }
    // Read what the size promises plus one byte, which tells a file that grew
    // since the check: asking for the whole limit at once would allocate (and
    // clear) 64 MB for every 4 KB article.
    const qint64 limit = ArticleReader::DefaultMaxFileSize + 1;
    bytes = file.read(std::min(info.size() + 1, limit));
    while (file.error() == QFileDevice::NoError && bytes.size() > info.size() && bytes.size() < limit) {
        const QByteArray more = file.read(std::min<qint64>(limit - bytes.size(), 1 << 20));
        if (more.isEmpty())
            break;
        bytes += more;
    }
    if (file.error() != QFileDevice::NoError)
        return QStringLiteral("cannot read: %1").arg(file.errorString());
    if (bytes.size() > ArticleReader::DefaultMaxFileSize)
        return ArticleReader::tooLargeMessage(bytes.size(), ArticleReader::DefaultMaxFileSize);
    storedPath = info.canonicalFilePath();
    if (storedPath.isEmpty())
        storedPath = info.absoluteFilePath();
    return {};
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

Ingestor::Ingestor(Database &db, const ArticleAnalyzer &analyzer)
    : m_db(db)
    , m_analyzer(analyzer)
{
}

Ingestor::Summary Ingestor::ingestPaths(const QStringList &paths)
{
    const InputCollector::Result input = InputCollector::collect(paths);
    QList<Source> sources;
    sources.reserve(input.files.size());
    for (const QString &file : input.files)
        sources.append({file, {}, false});
    return run(sources, input.rejected);
}

Ingestor::Summary Ingestor::ingest(const QList<Source> &sources)
{
    return run(sources, {});
}

quint32 Ingestor::textDictionary(const QList<Source> &sources, QString *error)
{
    const quint32 stored = TextDictionaries::newest(m_db.handle());
    if (stored != 0 || sources.size() < m_textDictionaryMinimum)
        return stored;
    // Files spread over the whole input: a folder per publisher or per month differs from the next.
    const ArticleReader reader;
    QList<QByteArray> samples;
    const qsizetype step = std::max<qsizetype>(1, sources.size() / TextDictionaries::MaxSamples);
    for (qsizetype i = 0; i < sources.size() && samples.size() < TextDictionaries::MaxSamples; i += step) {
        const Source &source = sources.at(i);
        QByteArray bytes;
        QString path;
        if (!readSource(source, bytes, path).isEmpty())
            continue; // the ingest names it
        const ArticleReader::Result read = reader.readBytes(bytes, QFileInfo(source.path).fileName(), source.path);
        if (read.ok())
            samples.append(read.article.text.toUtf8());
    }
    const QByteArray dictionary = TextDictionaries::train(samples);
    if (dictionary.isEmpty())
        return 0; // too little to learn from: compressed alone, as before
    return TextDictionaries::store(m_db.handle(), dictionary, error);
}

Ingestor::Summary Ingestor::run(const QList<Source> &sources, QList<InputCollector::Rejection> rejected)
{
    QElapsedTimer timer;
    timer.start();
    Summary summary;
    summary.rejected = std::move(rejected);
    if (sources.isEmpty()) {
        summary.seconds = timer.elapsed() / 1000.0;
        return summary;
    }

#ifdef __GLIBC__
    // What a worker prepares is freed by the writing thread, and glibc then
    // gave the workers' arenas back to the system after nearly every article
    // (madvise, page faults, TLB flushes on every core: about a tenth of the
    // ingest). Keep some free memory instead.
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
    // A large page cache while the ingest runs: it is one transaction, and
    // merging the full-text index's segments reads back what it wrote not
    // long ago. The connection's own setting comes back afterwards.
    qint64 cacheSize = -2000;
    {
        Statement s = m_db.prepare("PRAGMA cache_size");
        if (s.step())
            cacheSize = s.columnInt(0);
    }
    m_db.exec("PRAGMA cache_size=-131072");
    struct CacheRestorer
    {
        Database &db;
        qint64 size;
        ~CacheRestorer() { db.exec(QStringLiteral("PRAGMA cache_size=%1").arg(size)); }
    } restoreCache{m_db, cacheSize};
    QString error;
    if (!m_db.beginImmediate(&error)) {
        summary.fatalError = QStringLiteral("cannot write to the database: %1").arg(error);
        summary.seconds = timer.elapsed() / 1000.0;
        return summary;
    }
    // Read inside the write transaction, so no other process changes it meanwhile.
    QSet<QString> knownHashes;
    {
        Statement s = m_db.prepare("SELECT content_hash FROM articles");
        while (s.step())
            knownHashes.insert(s.columnText(0));
    }

    const quint32 dictionary = textDictionary(sources, &error);
    if (!error.isEmpty()) {
        m_db.rollback();
        summary.fatalError = error;
        summary.seconds = timer.elapsed() / 1000.0;
        return summary;
    }

    const int total = int(sources.size());
    const int threads = qBound(1, m_threads > 0 ? m_threads : QThread::idealThreadCount(), 64);
    const int window = 8 * threads + 16;
    std::mutex mutex;
    std::condition_variable itemReady;
    std::condition_variable slotFree;
    std::vector<std::optional<Item>> ready(static_cast<size_t>(window));
    int nextToTake = 0;
    int nextToWrite = 0;
    bool stop = false;
    const ArticleReader reader;
    ArticleStore store(m_db);
    FactStore facts(m_db); // relations and facts commit with their articles
    AgreementStore agreements(m_db);
    const AgreementReader agreementReader;
    // Asked before this ingest's articles arrive: a store that was current stays so.
    const bool factsWereCurrent = !m_factsDeferred && facts.isCurrent();

    // Items the writer is done with go back to the worker that made them:
    // freed on the writing thread, their memory went back to the workers'
    // malloc arenas under the arenas' locks, and the writer spent a fifth of
    // a large ingest blocked on those locks.
    std::vector<std::vector<Item>> spent(static_cast<size_t>(threads));
    auto work = [&](int worker) {
        for (;;) {
            int index;
            std::vector<Item> done;
            {
                std::unique_lock lock(mutex);
                slotFree.wait(lock, [&] { return stop || nextToTake >= total || nextToTake < nextToWrite + window; });
                done.swap(spent[size_t(worker)]);
                if (stop || nextToTake >= total)
                    return;
                index = nextToTake++;
            }
            done.clear();
            const Source &source = sources.at(index);
            Item item;
            item.worker = worker;
            QByteArray bytes;
            item.reason = readSource(source, bytes, item.storedPath);
            if (item.reason.isEmpty()) {
                item.size = bytes.size();
                item.hash = ContentHash::sha256Hex(bytes);
                if (knownHashes.contains(item.hash)) {
                    item.kind = Item::Known;
                } else {
                    ArticleReader::Result read = reader.readBytes(bytes, QFileInfo(source.path).fileName(), source.path);
                    bytes.clear();
                    if (!read.ok()) {
                        item.reason = read.error;
                    } else {
                        try {
                            const ArticleExtraction extraction = m_analyzer.analyze(std::move(read.article));
                            item.prepared = PreparedArticle::prepare(extraction, dictionary);
                            // Relations are pure reading (FactStore::mentionsOf is const):
                            // done here, they keep the single writing thread free.
                            if (!m_factsDeferred) {
                                item.mentions = facts.mentionsOf(extraction);
                                item.agreements = agreementReader.read(extraction);
                            }
                            item.kind = Item::Analyzed;
                        } catch (const std::exception &e) {
                            item.reason = QStringLiteral("extraction failed: %1").arg(QString::fromLocal8Bit(e.what()));
                        }
                    }
                }
            }
            std::lock_guard lock(mutex);
            ready[size_t(index % window)] = std::move(item);
            itemReady.notify_all();
        }
    };
    std::vector<std::thread> workers;
    for (int i = 0; i < std::min(threads, total); ++i)
        workers.emplace_back(work, i);

    QSet<QString> writtenHashes;
    QElapsedTimer phase;
    const double cpuAtStart = threadCpuSeconds();
    std::optional<Item> spentItem;
    for (int index = 0; index < total; ++index) {
        Item item;
        phase.start();
        {
            std::unique_lock lock(mutex);
            if (spentItem) {
                spent[size_t(spentItem->worker)].push_back(std::move(*spentItem));
                spentItem.reset();
            }
            auto &slot = ready[size_t(index % window)];
            itemReady.wait(lock, [&] { return slot.has_value(); });
            item = std::move(*slot);
            slot.reset();
            ++nextToWrite;
        }
        slotFree.notify_all();
        summary.waitSeconds += phase.nsecsElapsed() / 1e9;
        phase.start();
        summary.bytes += item.size;
        switch (item.kind) {
        case Item::Rejected:
            summary.rejected.append({sources.at(index).path, item.reason});
            break;
        case Item::Known:
            ++summary.unchanged;
            break;
        case Item::Analyzed: {
            if (writtenHashes.contains(item.hash)) {
                ++summary.unchanged; // the same content twice in one ingest
                break;
            }
            const qint64 previous = store.idForPath(item.storedPath);
            // Also when facts are deferred: nothing else deletes the old version's fact mentions.
            if (previous >= 0 && (!facts.forgetArticle(previous, &error) || !store.remove(previous, &error))) {
                summary.fatalError = error;
                break;
            }
            const qint64 articleId = store.insert(item.prepared, item.storedPath, item.hash, item.size, &error);
            QElapsedTimer factsTimer;
            factsTimer.start();
            const bool factsAdded = articleId >= 0
                && (m_factsDeferred
                    || (facts.addMentions(articleId, item.mentions, &error)
                        && agreements.add(articleId, item.agreements, &error)));
            summary.factsSeconds += factsTimer.nsecsElapsed() / 1e9;
            if (!factsAdded) {
                summary.fatalError = error;
                break;
            }
            writtenHashes.insert(item.hash);
            ++(previous >= 0 ? summary.replaced : summary.added);
            break;
        }
        }
        summary.writeSeconds += phase.nsecsElapsed() / 1e9;
        if (summary.fatalError.isEmpty() && m_cancel && m_cancel->load()) {
            summary.cancelled = true;
            summary.fatalError = QStringLiteral("cancelled");
        }
        if (!summary.fatalError.isEmpty())
            break;
        if (m_progress)
            m_progress({index + 1, total, timer.elapsed() / 1000.0});
        spentItem = std::move(item);
    }
    {
        std::lock_guard lock(mutex);
        stop = true;
    }
    slotFree.notify_all();
    for (std::thread &t : workers)
        t.join();

    phase.start();
    if (summary.fatalError.isEmpty() && m_factsDeferred
        && !m_db.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('facts_rules', '0')", &error))
        summary.fatalError = error;
    if (summary.fatalError.isEmpty() && !m_factsDeferred && !facts.reconcilePending(&error))
        summary.fatalError = error;
    if (summary.fatalError.isEmpty() && factsWereCurrent && !facts.markCurrent(&error))
        summary.fatalError = error;
    summary.factsSeconds += phase.nsecsElapsed() / 1e9;
    if (summary.fatalError.isEmpty() && !m_db.commit(&error))
        summary.fatalError = error;
    summary.finishSeconds = phase.nsecsElapsed() / 1e9;
    summary.writeSeconds += summary.finishSeconds;
    if (!summary.fatalError.isEmpty()) {
        m_db.rollback();
        store.forgetCachedIds();
        summary.fatalError = QStringLiteral("%1; the ingest was rolled back: none of its %2 articles were stored, "
                                            "what the database held before is intact")
                                 .arg(summary.fatalError)
                                 .arg(total);
    }
    summary.writerCpuSeconds = threadCpuSeconds() - cpuAtStart;
    summary.seconds = timer.elapsed() / 1000.0;
    return summary;
}

QString Ingestor::summaryLine(const Summary &s)
{
    const QLocale c = QLocale::c();
    if (!s.committed())
        return QStringLiteral("ingest failed: %1").arg(s.fatalError);
    return QStringLiteral("ingested %1 article%2 (%3 new, %4 unchanged, %5 replaced), %6 rejected in %7 s")
        .arg(s.articles())
        .arg(s.articles() == 1 ? QString() : QStringLiteral("s"))
        .arg(s.added)
        .arg(s.unchanged)
        .arg(s.replaced)
        .arg(s.rejected.size())
        .arg(c.toString(s.seconds, 'f', 1));
}

} // namespace DealScope
