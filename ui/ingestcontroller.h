// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleextraction.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>

class QThread;

namespace DealScope {

// Reads and analyses dropped or opened files and folders in a worker thread,
// reporting progress; the window stays responsive. Cancelling stops between
// files and stores nothing of the interrupted run, so the store never holds
// half an import. Rejected files come back with their reasons.
class IngestController : public QObject
{
    Q_OBJECT

public:
    struct Rejection
    {
        QString path;
        QString reason;
    };
    using Store = std::function<void(const QList<ArticleExtraction> &)>;

    explicit IngestController(Store store, QObject *parent = nullptr);
    ~IngestController() override;

    bool isRunning() const { return m_thread != nullptr; }
    const QList<Rejection> &rejected() const { return m_rejected; }

    // Expands folders to the supported files inside them.
    static QStringList collect(const QStringList &paths, QList<Rejection> *rejected);

public slots:
    void start(const QStringList &paths);
    void cancel();

signals:
    void started(int total);
    void progressed(int done, int total, const QString &file);
    // `stored` articles were added; false `completed` means cancelled.
    void finished(int stored, bool completed);

private:
    void done(const QList<ArticleExtraction> &extractions, const QList<Rejection> &rejected, bool completed);

    Store m_store;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    QList<Rejection> m_rejected;
};

} // namespace DealScope
