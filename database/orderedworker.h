// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace DealScope {

// One second thread that runs jobs in the order they are handed in, while
// the caller goes on; the caller takes them back, oldest first, once done.
// FactStore reads and writes SQLite on its own thread (SQLite stays on one)
// and lets this one reconcile the families it has read. Jobs write into
// storage the caller owns: it must outlive the worker (declare it first).
class OrderedWorker
{
public:
    OrderedWorker();
    // Finishes the jobs handed in, then ends the thread.
    ~OrderedWorker();
    OrderedWorker(const OrderedWorker &) = delete;
    OrderedWorker &operator=(const OrderedWorker &) = delete;

    void submit(std::function<void()> job);
    // Jobs handed in and not yet taken back.
    int pending() const;
    // Waits until the oldest job not yet taken back is done; false when there is none.
    bool takeOldest();

private:
    void run();

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::function<void()>> m_queue; // not started yet
    long long m_submitted = 0;
    long long m_done = 0;
    long long m_taken = 0;
    bool m_stop = false;
    std::thread m_thread; // last: started once the members above exist
};

} // namespace DealScope
