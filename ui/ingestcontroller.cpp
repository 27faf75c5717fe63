// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingestcontroller.h"

#include "articleanalyzer.h"
#include "database.h"
#include "ingestor.h"

#include <QElapsedTimer>
#include <QThread>

namespace DealScope {

namespace {

constexpr int ProgressIntervalMs = 50; // no more often: the queue stays short

} // namespace

IngestController::IngestController(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
}

IngestController::~IngestController()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void IngestController::start(const QStringList &paths)
{
    if (m_thread || paths.isEmpty())
        return;
    m_cancel = false;
    m_rejected.clear();
    m_error.clear();
    m_cancelled = false;
    emit started();
    m_thread = QThread::create([this, paths, path = m_databasePath, threads = m_threads] {
        Outcome outcome;
        Database db; // a connection of this thread's own
        QString error;
        if (!db.open(path, &error)) {
            outcome.error = error;
        } else {
            const ArticleAnalyzer analyzer(Gazetteer::bundled());
            Ingestor ingestor(db, analyzer);
            ingestor.setThreadCount(threads);
            ingestor.setCancelFlag(&m_cancel);
            QElapsedTimer sinceReport;
            sinceReport.start();
            ingestor.setProgressCallback([this, &sinceReport](const Ingestor::Progress &p) {
                if (p.done < p.total && sinceReport.elapsed() < ProgressIntervalMs)
                    return;
                sinceReport.restart();
                QMetaObject::invokeMethod(this, [this, done = p.done, total = p.total] {
                    emit progressed(done, total);
                }, Qt::QueuedConnection);
            });
            const Ingestor::Summary summary = ingestor.ingestPaths(paths);
            outcome.completed = summary.committed();
            outcome.cancelled = summary.cancelled;
            outcome.error = summary.cancelled ? QStringLiteral("cancelled") : summary.fatalError;
            outcome.stored = outcome.completed ? summary.added + summary.replaced : 0;
            for (const InputCollector::Rejection &r : summary.rejected)
                outcome.rejected.append({r.path, r.reason});
        }
        QMetaObject::invokeMethod(this, [this, outcome] { done(outcome); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void IngestController::cancel()
{
    m_cancel = true;
}

void IngestController::done(const Outcome &outcome)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_rejected = outcome.rejected;
    m_error = outcome.error;
    m_cancelled = outcome.cancelled;
    emit finished(outcome.stored, outcome.completed);
}

} // namespace DealScope
