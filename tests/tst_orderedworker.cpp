// SPDX-License-Identifier: GPL-3.0-or-later
// OrderedWorker: jobs run off the caller's thread, in the order handed in,
// are taken back oldest first, and are all finished before it goes away.
#include "orderedworker.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace DealScope;

class TestOrderedWorker : public QObject
{
    Q_OBJECT

private slots:
    void runsInOrderOffTheCallersThread()
    {
        std::vector<int> ran;
        std::vector<bool> offThread;
        OrderedWorker worker;
        QVERIFY(!worker.takeOldest()); // nothing handed in
        const std::thread::id caller = std::this_thread::get_id();
        for (int i = 0; i < 50; ++i)
            worker.submit([&, i] {
                ran.push_back(i); // only the worker thread touches these until taken back
                offThread.push_back(std::this_thread::get_id() != caller);
            });
        QCOMPARE(worker.pending(), 50);
        for (int i = 0; i < 50; ++i)
            QVERIFY(worker.takeOldest());
        QCOMPARE(worker.pending(), 0);
        QVERIFY(!worker.takeOldest());
        QCOMPARE(int(ran.size()), 50);
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(ran[size_t(i)], i);
            QVERIFY(offThread[size_t(i)]);
        }
    }

    void takeOldestWaitsForThatJob()
    {
        std::atomic<bool> release{false};
        std::atomic<int> done{0};
        OrderedWorker worker;
        worker.submit([&] {
            while (!release.load())
                std::this_thread::yield();
            done = 1;
        });
        worker.submit([&] { done = 2; });
        release = true;
        QVERIFY(worker.takeOldest());
        QVERIFY(done.load() >= 1); // the first job is finished, the second may be too
        QVERIFY(worker.takeOldest());
        QCOMPARE(done.load(), 2);
    }

    void finishesQueuedJobsWhenDestroyed()
    {
        std::atomic<int> count{0};
        {
            OrderedWorker worker;
            for (int i = 0; i < 100; ++i)
                worker.submit([&] { ++count; });
        }
        QCOMPARE(count.load(), 100);
    }
};

QTEST_APPLESS_MAIN(TestOrderedWorker)
#include "tst_orderedworker.moc"
