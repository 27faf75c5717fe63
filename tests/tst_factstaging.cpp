// SPDX-License-Identifier: GPL-3.0-or-later
// Staged fact mentions come back in the order of fact_mentions' key (family,
// article, ord), whole, whether they stayed in memory or were spilled to
// several sorted runs on file and merged.
#include "factstaging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace DealScope;

namespace {

using Key = std::tuple<qint64, qint64, qint32>;

FactStaging::Record record(qint64 family, qint64 article, qint32 ord)
{
    FactStaging::Record r;
    r.family = family;
    r.articleId = article;
    r.ord = ord;
    // Payload derived from the key, to check it travels with it.
    r.value = double(family * 1000 + article) + ord / 100.0;
    r.quoteKey = qint32(family ^ article);
    return r;
}

} // namespace

class TestFactStaging : public QObject
{
    Q_OBJECT

private slots:
    void readsBackInKeyOrder_data();
    void readsBackInKeyOrder();
    void tracksEachArticlesNextOrd();
    void appendingAfterReadingStartsAfresh();
    void runsSpillIntoTheUsersTemporaryFolder();
};

void TestFactStaging::readsBackInKeyOrder_data()
{
    QTest::addColumn<int>("runRecords");
    QTest::addColumn<int>("count");
    QTest::newRow("in memory") << 1000 << 500;
    QTest::newRow("one run on file, rest in memory") << 300 << 500;
    QTest::newRow("many runs") << 7 << 500;
    QTest::newRow("runs of one") << 1 << 50;
    QTest::newRow("nothing") << 7 << 0;
}

void TestFactStaging::readsBackInKeyOrder()
{
    QFETCH(int, runRecords);
    QFETCH(int, count);
    FactStaging staging(runRecords);
    QRandomGenerator random(42);
    QList<Key> keys;
    for (int i = 0; i < count; ++i) {
        // Few families and articles: many records share a family, some an article.
        const Key k{random.bounded(20), random.bounded(10), i};
        keys.append(k);
        QString error;
        QVERIFY2(staging.append(record(std::get<0>(k), std::get<1>(k), std::get<2>(k)), &error), qPrintable(error));
    }
    QCOMPARE(staging.size(), qint64(count));
    std::sort(keys.begin(), keys.end());
    QVERIFY(staging.rewind());
    QList<Key> read;
    FactStaging::Record r;
    while (staging.next(r)) {
        read.append({r.family, r.articleId, r.ord});
        QCOMPARE(r.value, record(r.family, r.articleId, r.ord).value);
        QCOMPARE(r.quoteKey, record(r.family, r.articleId, r.ord).quoteKey);
    }
    QVERIFY(staging.error().isEmpty());
    QCOMPARE(read, keys);
}

void TestFactStaging::tracksEachArticlesNextOrd()
{
    FactStaging staging(2);
    QCOMPARE(staging.nextOrd(5), qint64(-1));
    QVERIFY(staging.append(record(1, 5, 3)));
    QVERIFY(staging.append(record(9, 5, 0)));
    QVERIFY(staging.append(record(2, 6, 1)));
    QCOMPARE(staging.nextOrd(5), qint64(4));
    QCOMPARE(staging.nextOrd(6), qint64(2));
    staging.clear();
    QVERIFY(staging.isEmpty());
    QCOMPARE(staging.nextOrd(5), qint64(-1));
}

void TestFactStaging::appendingAfterReadingStartsAfresh()
{
    FactStaging staging(2);
    for (int i = 0; i < 5; ++i)
        QVERIFY(staging.append(record(5 - i, 1, i)));
    QVERIFY(staging.rewind());
    FactStaging::Record r;
    QVERIFY(staging.next(r));
    QCOMPARE(r.family, qint64(1));
    QVERIFY(staging.append(record(7, 2, 0)));
    QCOMPARE(staging.size(), qint64(1));
    QVERIFY(staging.rewind());
    QVERIFY(staging.next(r));
    QCOMPARE(r.family, qint64(7));
    QVERIFY(!staging.next(r));
}

void TestFactStaging::runsSpillIntoTheUsersTemporaryFolder()
{
    // Spilled runs go where TMPDIR says, and no name is left there: the files are
    // open but already unlinked ("(deleted)" in /proc/self/fd).
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const bool wasSet = qEnvironmentVariableIsSet("TMPDIR");
    const QByteArray saved = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(folder.path()));
    auto openInFolder = [&]() {
        int open = 0;
        for (const QFileInfo &fd : QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::Files | QDir::System))
            open += fd.symLinkTarget().startsWith(folder.path());
        return open;
    };
    {
        FactStaging staging(2);
        for (int i = 0; i < 7; ++i)
            QVERIFY(staging.append(record(i % 3, i, i)));
        wasSet ? qputenv("TMPDIR", saved) : qunsetenv("TMPDIR");
        QVERIFY(openInFolder() >= 3); // three full runs of two records
        QVERIFY(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(staging.rewind());
        FactStaging::Record r;
        int read = 0;
        while (staging.next(r))
            ++read;
        QCOMPARE(read, 7);
    }
    QCOMPARE(openInFolder(), 0); // closed with the staging
}

QTEST_GUILESS_MAIN(TestFactStaging)
#include "tst_factstaging.moc"
