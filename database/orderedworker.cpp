// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderedworker.h"

namespace DealScope {

OrderedWorker::OrderedWorker()
    : m_thread([this] { run(); })
{
}

OrderedWorker::~OrderedWorker()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void OrderedWorker::submit(std::function<void()> job)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_queue.push_back(std::move(job));
        ++m_submitted;
    }
    m_changed.notify_all();
}

int OrderedWorker::pending() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return int(m_submitted - m_taken);
}

bool OrderedWorker::takeOldest()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (m_taken == m_submitted)
        return false;
    m_changed.wait(lock, [this] { return m_done > m_taken; });
    ++m_taken;
    return true;
}

void OrderedWorker::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        // Queued jobs are run even when stopping: they write into the caller's storage, which is still there.
        m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty())
            return;
        std::function<void()> job = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        job();
        job = nullptr; // what it holds is freed here, not under the lock
        lock.lock();
        ++m_done;
        m_changed.notify_all();
    }
}

} // namespace DealScope
