// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explorersource.h"
#include "factoutline.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace DealScope {

// Computes what the explorer lists for the whole store — every entity with
// its article and fact counts, the fact count and the outline of every
// entity's facts; or (Part::Events) makes sure the stored deals and announcements are built (EventStore, when the
// facts changed since) — in a worker thread with a connection of its own, so that
// the window shows before these scans end (they read every entity mention
// and every fact: seconds at 100,000 articles).
class SummaryLoader : public QObject
{
    Q_OBJECT

public:
    struct Summaries
    {
        QList<ExplorerSource::EntitySummary> entities; // most facts first
        qint64 factCount = 0;
        FactOutline outline;
        qint64 eventCount = 0; // Part::Events: the stored events, up to date
        QString error;
    };

    // Building events reads every fact: a separate part, so the entity list
    // does not wait for them (stored events already current cost nothing).
    enum class Part { Entities, Events };

    explicit SummaryLoader(QObject *parent = nullptr);
    SummaryLoader(Part part, QObject *parent);
    ~SummaryLoader() override; // stops a running scan early and waits for it

    // Starts computing the summaries of the database at `path`; a run still
    // going on is stopped and its result dropped.
    void start(const QString &path);
    // Stops a run and forgets the result: not ready until the next start().
    void cancel();
    bool isReady() const { return m_result != nullptr; }
    bool isRunning() const { return m_current.thread != nullptr; }
    // The summaries, waiting for the worker when it has not finished.
    const Summaries &wait();

    // The computation itself, on the calling thread; stops early (with an
    // empty result) when `stop` becomes true.
    static std::shared_ptr<Summaries> compute(const QString &path, const std::atomic<bool> &stop,
                                              Part part = Part::Entities);

signals:
    void ready();

private:
    struct Run
    {
        QThread *thread = nullptr;
        std::shared_ptr<Summaries> result; // written by the worker, read after it ended
        std::shared_ptr<std::atomic<bool>> stop;
    };

    void finished(QThread *thread);
    void adopt();

    Part m_part = Part::Entities;
    Run m_current;
    QList<Run> m_stopped; // runs replaced by a later start(), until they end
    std::shared_ptr<const Summaries> m_result;
};

} // namespace DealScope
