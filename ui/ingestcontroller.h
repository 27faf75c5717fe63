// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <atomic>

class QThread;

namespace DealScope {

// Ingests dropped or opened files and folders into the database through the
// store's Ingestor, in a worker thread with its own connection, reporting
// progress; the window stays responsive. The ingest is one transaction:
// cancelling rolls it back whole, so the database keeps nothing of the
// interrupted run and stays consistent. Rejected files come back with their
// reasons.
class IngestController : public QObject
{
    Q_OBJECT

public:
    struct Rejection
    {
        QString path;
        QString reason;
    };

    explicit IngestController(const QString &databasePath, QObject *parent = nullptr);
    ~IngestController() override;

    void setThreadCount(int threads) { m_threads = threads; } // 0: one per core
    bool isRunning() const { return m_thread != nullptr; }
    const QList<Rejection> &rejected() const { return m_rejected; }
    // Why the last run stored nothing: empty when it completed, "cancelled", or the failure.
    QString lastError() const { return m_error; }
    bool lastRunCancelled() const { return m_cancelled; }

public slots:
    void start(const QStringList &paths);
    void cancel();

signals:
    void started();
    void progressed(int done, int total);
    // `stored` articles were added or replaced; false `completed` means
    // cancelled or failed, and then nothing was stored.
    void finished(int stored, bool completed);

private:
    struct Outcome
    {
        int stored = 0;
        bool completed = false;
        bool cancelled = false;
        QString error;
        QList<Rejection> rejected;
    };
    void done(const Outcome &outcome);

    QString m_databasePath;
    int m_threads = 0;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    QList<Rejection> m_rejected;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace DealScope
