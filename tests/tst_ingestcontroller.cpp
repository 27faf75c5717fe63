// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingestcontroller.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DealScope;

namespace {
const QString Data = QStringLiteral(DEALSCOPE_TEST_DATA "/ui/");
}

class TestIngestController : public QObject
{
    Q_OBJECT

private slots:
    void collect_data();
    void collect();
    void ingestsAndRejects();
    void cancelKeepsNothing();
};

void TestIngestController::collect_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("rejected");
    QTest::newRow("folder, recursive, articles only")
        << QStringList{Data + QStringLiteral("folder")}
        << QStringList{Data + QStringLiteral("folder/deal-a.txt"), Data + QStringLiteral("folder/empty.txt"),
                       Data + QStringLiteral("folder/nested/deal-b.md")}
        << 0;
    QTest::newRow("named pdf and missing file")
        << QStringList{Data + QStringLiteral("folder/report.pdf"), Data + QStringLiteral("nope.txt"), Data + QStringLiteral("deal-a.txt")}
        << QStringList{Data + QStringLiteral("deal-a.txt")} << 2;
}

void TestIngestController::collect()
{
    QFETCH(QStringList, paths);
    QFETCH(QStringList, files);
    QFETCH(int, rejected);
    QList<IngestController::Rejection> rejections;
    QCOMPARE(IngestController::collect(paths, &rejections), files);
    QCOMPARE(rejections.size(), rejected);
}

void TestIngestController::ingestsAndRejects()
{
    QList<ArticleExtraction> stored;
    IngestController controller([&](const QList<ArticleExtraction> &x) { stored += x; });
    QSignalSpy finished(&controller, &IngestController::finished);
    QSignalSpy progressed(&controller, &IngestController::progressed);
    controller.start({Data + QStringLiteral("folder")});
    QVERIFY(controller.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).toInt(), 2);
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QCOMPARE(progressed.count(), 3);
    QCOMPARE(progressed.last().at(0).toInt(), 3);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).article.fileName, QStringLiteral("deal-a.txt"));
    QCOMPARE(controller.rejected().size(), 1);
    QVERIFY(controller.rejected().at(0).path.endsWith(QStringLiteral("empty.txt")));
    QVERIFY(!controller.rejected().at(0).reason.isEmpty());
    QVERIFY(!controller.isRunning());
}

void TestIngestController::cancelKeepsNothing()
{
    QTemporaryDir dir;
    QFile source(Data + QStringLiteral("deal-b.txt"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    for (int i = 0; i < 400; ++i) {
        QFile f(dir.filePath(QStringLiteral("copy-%1.txt").arg(i, 3, 10, QLatin1Char('0'))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    int storeCalls = 0;
    IngestController controller([&](const QList<ArticleExtraction> &) { ++storeCalls; });
    QSignalSpy finished(&controller, &IngestController::finished);
    QSignalSpy progressed(&controller, &IngestController::progressed);
    controller.start({dir.path()});
    controller.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).toInt(), 0);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QCOMPARE(storeCalls, 0);
    QVERIFY(!controller.isRunning());
    // The controller takes the next run after a cancelled one.
    controller.start({Data + QStringLiteral("deal-a.txt")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QCOMPARE(finished.at(1).at(0).toInt(), 1);
    QCOMPARE(storeCalls, 1);
}

QTEST_MAIN(TestIngestController)
#include "tst_ingestcontroller.moc"
