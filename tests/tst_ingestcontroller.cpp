// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "ingestcontroller.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DealScope;

namespace {

const QString Data = QStringLiteral(DEALSCOPE_TEST_DATA "/ui/");
constexpr int Timeout = 60000;

qint64 storedArticles(const QString &path)
{
    Database db;
    if (!db.open(path))
        return -1;
    return db.articleCount();
}

QStringList fileNames(const QList<IngestController::Rejection> &rejections)
{
    QStringList names;
    for (const IngestController::Rejection &r : rejections)
        names.append(r.path.section(QLatin1Char('/'), -1));
    return names;
}

} // namespace

class TestIngestController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void ingestsAndRejects_data();
    void ingestsAndRejects();
    void cancelRollsBack();
    void failureStoresNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestIngestController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("test.sqlite"));
}

void TestIngestController::ingestsAndRejects_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<int>("stored");
    QTest::addColumn<QStringList>("rejected");
    QTest::newRow("folder, recursive: empty file rejected, pdf skipped")
        << QStringList{Data + QStringLiteral("folder")} << 2 << QStringList{QStringLiteral("empty.txt")};
    QTest::newRow("named pdf and missing file rejected")
        << QStringList{Data + QStringLiteral("folder/report.pdf"), Data + QStringLiteral("nope.txt"),
                       Data + QStringLiteral("deal-a.txt")}
        << 1 << QStringList{QStringLiteral("nope.txt"), QStringLiteral("report.pdf")}; // sorted
    QTest::newRow("same content twice is stored once")
        << QStringList{Data + QStringLiteral("deal-a.txt"), Data + QStringLiteral("folder/deal-a.txt")} << 1
        << QStringList{};
}

void TestIngestController::ingestsAndRejects()
{
    QFETCH(QStringList, paths);
    QFETCH(int, stored);
    QFETCH(QStringList, rejected);
    IngestController controller(m_db);
    QSignalSpy started(&controller, &IngestController::started);
    QSignalSpy finished(&controller, &IngestController::finished);
    QSignalSpy progressed(&controller, &IngestController::progressed);
    controller.start(paths);
    QVERIFY(controller.isRunning());
    QCOMPARE(started.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QCOMPARE(finished.at(0).at(0).toInt(), stored);
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QVERIFY(progressed.count() >= 1);
    QCOMPARE(progressed.last().at(0).toInt(), progressed.last().at(1).toInt()); // the last report is "all done"
    QCOMPARE(storedArticles(m_db), qint64(stored));
    QStringList names = fileNames(controller.rejected());
    names.sort();
    QCOMPARE(names, rejected);
    for (const IngestController::Rejection &r : controller.rejected())
        QVERIFY2(!r.reason.isEmpty(), qPrintable(r.path));
    QVERIFY(controller.lastError().isEmpty());
    QVERIFY(!controller.isRunning());
}

void TestIngestController::cancelRollsBack()
{
    // One stored article first: a cancelled run must leave exactly it.
    {
        IngestController first(m_db);
        QSignalSpy finished(&first, &IngestController::finished);
        first.start({Data + QStringLiteral("deal-b.txt")});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
        QCOMPARE(storedArticles(m_db), qint64(1));
    }
    QTemporaryDir many;
    for (int i = 0; i < 400; ++i) {
        QFile f(many.filePath(QStringLiteral("report-%1.txt").arg(i, 3, 10, QLatin1Char('0'))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Distinct content, so every file is a new article.
        f.write(QStringLiteral("Korvan Rail orders %1 trams from Baltic Works\n\nKorvan Rail will pay €%2 million "
                               "for %1 trams, Baltic Works said on Monday.\n")
                    .arg(i + 10).arg(i + 100).toUtf8());
    }
    IngestController controller(m_db);
    controller.setThreadCount(1);
    QSignalSpy finished(&controller, &IngestController::finished);
    controller.start({many.path()});
    controller.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QCOMPARE(finished.at(0).at(0).toInt(), 0);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QVERIFY(controller.lastRunCancelled());
    QCOMPARE(storedArticles(m_db), qint64(1));
    {
        Database db;
        QVERIFY(db.open(m_db));
        QString details;
        QVERIFY2(db.integrityCheck(&details), qPrintable(details));
        QVERIFY2(db.searchIndexCheck(&details), qPrintable(details));
    }
    // The controller takes the next run after a cancelled one.
    controller.start({Data + QStringLiteral("deal-a.txt")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, Timeout);
    QCOMPARE(finished.at(1).at(0).toInt(), 1);
    QCOMPARE(finished.at(1).at(1).toBool(), true);
    QVERIFY(!controller.lastRunCancelled());
    QCOMPARE(storedArticles(m_db), qint64(2));
}

void TestIngestController::failureStoresNothing()
{
    IngestController controller(m_dir->filePath(QStringLiteral("no/such/folder/test.sqlite")));
    QSignalSpy finished(&controller, &IngestController::finished);
    controller.start({Data + QStringLiteral("deal-a.txt")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QCOMPARE(finished.at(0).at(0).toInt(), 0);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QVERIFY(!controller.lastRunCancelled());
    QVERIFY(!controller.lastError().isEmpty());
}

QTEST_MAIN(TestIngestController)
#include "tst_ingestcontroller.moc"
