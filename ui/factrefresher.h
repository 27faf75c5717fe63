// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QObject>

struct sqlite3;
class QThread;

namespace DealScope {

// Brings a database's facts up to date (FactStore::refresh: every stored
// article read again, every fact rebuilt) in a worker thread with its own
// connection, so that opening a database written by an older DealScope does
// not freeze the window. The refresh is one transaction: stopped, it leaves
// the facts as they were, and they are refreshed on the next open.
class FactRefresher : public QObject
{
    Q_OBJECT

public:
    explicit FactRefresher(QObject *parent = nullptr);
    ~FactRefresher() override; // stops a running refresh and waits for it

    bool isRunning() const { return m_thread != nullptr; }
    void start(const QString &path);
    void stop(); // interrupts the refresh; finished(false, …) follows

signals:
    void finished(bool ok, const QString &error);

private:
    QThread *m_thread = nullptr;
    QMutex m_lock;
    sqlite3 *m_connection = nullptr; // the worker's, while it runs (guarded by m_lock)
};

} // namespace DealScope
