// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputcollector.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace DealScope {

class ArticleAnalyzer;
class Database;

// Reads, analyses and stores articles. Worker threads read, hash and
// analyse files while the calling thread writes, through a bounded window
// so memory stays flat however many files there are. Results are written
// in input order. The whole ingest is one transaction: killed at any
// moment, or out of disk space, the database keeps all of it or none.
class Ingestor
{
public:
    struct Source
    {
        QString path;     // a file, or the name shown for in-memory bytes
        QByteArray bytes; // used when `inMemory`
        bool inMemory = false;
    };

    struct Summary
    {
        int added = 0;
        int unchanged = 0; // same content already stored
        int replaced = 0;  // a changed file at a path stored before
        QList<InputCollector::Rejection> rejected;
        qint64 bytes = 0;  // of the files read
        double seconds = 0;
        // Where the writing thread spent its time: waiting for analysed
        // articles, and writing them (commit included).
        double waitSeconds = 0;
        double writeSeconds = 0;
        double factsSeconds = 0; // the share of writeSeconds spent storing relations and reconciling facts
        double finishSeconds = 0; // the share of writeSeconds after the last article: reconciling and committing
        double writerCpuSeconds = 0; // CPU time of the writing thread (on a busy machine, less than its wall time)
        QString fatalError; // the ingest was rolled back
        bool cancelled = false; // by the cancel flag; fatalError says so too

        int articles() const { return added + unchanged + replaced; }
        bool committed() const { return fatalError.isEmpty(); }
    };

    struct Progress
    {
        int done = 0;
        int total = 0;
        double seconds = 0;
    };

    Ingestor(Database &db, const ArticleAnalyzer &analyzer);

    void setThreadCount(int threads) { m_threads = threads; }
    void setProgressCallback(std::function<void(const Progress &)> callback) { m_progress = std::move(callback); }
    // Checked between articles: once set, the ingest stops and rolls back
    // whole (Summary::cancelled), so a cancelled import stores nothing.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    // Stores articles only and marks the facts out of date (FactStore::
    // isCurrent() turns false), so they are read again in one pass on next
    // use: for bulk loads, and to measure the article store alone.
    void setFactsDeferred(bool deferred) { m_factsDeferred = deferred; }
    // A database without a text dictionary gets one (TextDictionaries,
    // trained on a sample of the files) from the first ingest of at least
    // this many files; smaller ones compress without, until then.
    void setTextDictionaryMinimum(int files) { m_textDictionaryMinimum = files; }
    static constexpr int DefaultTextDictionaryMinimum = 1000;

    Summary ingestPaths(const QStringList &paths); // files and folders
    Summary ingest(const QList<Source> &sources);

    // The line printed after every ingest.
    static QString summaryLine(const Summary &summary);

private:
    Summary run(const QList<Source> &sources, QList<InputCollector::Rejection> rejected);
    // The dictionary new texts are compressed with: the database's newest,
    // or one trained now and stored (within the ingest's transaction); 0: none.
    quint32 textDictionary(const QList<Source> &sources, QString *error);

    Database &m_db;
    const ArticleAnalyzer &m_analyzer;
    int m_threads = 0; // 0: one per core
    std::function<void(const Progress &)> m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    bool m_factsDeferred = false;
    int m_textDictionaryMinimum = DefaultTextDictionaryMinimum;
};

} // namespace DealScope
