// SPDX-License-Identifier: GPL-3.0-or-later
#include "factrefresher.h"

#include "articleanalyzer.h"
#include "database.h"
#include "factstore.h"

#include <QThread>

#include <sqlite3.h>

namespace DealScope {

FactRefresher::FactRefresher(QObject *parent)
    : QObject(parent)
{
}

FactRefresher::~FactRefresher()
{
    if (m_thread) {
        stop();
        m_thread->wait();
        delete m_thread;
    }
}

void FactRefresher::start(const QString &path)
{
    if (m_thread)
        return;
    m_thread = QThread::create([this, path] {
        bool ok = false;
        QString error;
        {
            Database db; // a connection of this thread's own
            if (db.open(path, &error)) {
                {
                    QMutexLocker lock(&m_lock);
                    m_connection = db.handle();
                }
                FactStore store(db);
                const ArticleAnalyzer analyzer(Gazetteer::bundled());
                // Another process may have refreshed it meanwhile.
                ok = store.isCurrent() || store.refresh(analyzer, &error);
                QMutexLocker lock(&m_lock);
                m_connection = nullptr;
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, ok, error] {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                emit finished(ok, error);
            },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

void FactRefresher::stop()
{
    QMutexLocker lock(&m_lock);
    if (m_connection)
        sqlite3_interrupt(m_connection); // the refresh fails and rolls back
}

} // namespace DealScope
