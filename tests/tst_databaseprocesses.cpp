// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary on a database: `ingest` and `search` exit codes and
// messages, hostile queries, and two DealScope processes at once.
#include "database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace DealScope;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runDealScope(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(DEALSCOPE_BINARY), arguments);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestDatabaseProcesses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ingestReportsRejectionsAndStoresTheRest();
    void searchJson();
    void hostileQueries_data();
    void hostileQueries();
    void newerDatabaseIsRefused();
    void twoProcessesAtOnce();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestDatabaseProcesses::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
    writeFile(m_dir.filePath(QStringLiteral("news/chips.txt")),
              "Foundry group Meridian Silicon will invest $12 billion in a new plant in Arizona, "
              "its chief executive said. The OPS-306 line will need 1.5 gigawatts of power.\n");
    writeFile(m_dir.filePath(QStringLiteral("news/retail.md")),
              "# Grocer merger\n\nGrocer Hollyfield agreed to merge with Parkway Stores in an all-share deal "
              "valuing the group at £2.4bn. #retail\n");
    writeFile(m_dir.filePath(QStringLiteral("news/empty.txt")), "");
}

void TestDatabaseProcesses::ingestReportsRejectionsAndStoresTheRest()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
    const Run run = runDealScope({QStringLiteral("--db"), m_db, QStringLiteral("ingest"), m_dir.filePath(QStringLiteral("news")), missing});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(m_dir.filePath(QStringLiteral("news/empty.txt")) + QStringLiteral(": empty")), qPrintable(run.err));
    QVERIFY2(run.err.contains(missing + QStringLiteral(": no such file")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QRegularExpression(QStringLiteral("ingested 2 articles \\(2 new, 0 unchanged, 0 replaced\\), 2 rejected in [0-9.]+ s"))),
             qPrintable(run.err));
    // Not a terminal: no progress line.
    QVERIFY(!run.err.contains(QLatin1String("ETA")));
    const Run again = runDealScope({QStringLiteral("--db"), m_db, QStringLiteral("ingest"), m_dir.filePath(QStringLiteral("news/chips.txt"))});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(QLatin1String("ingested 1 article (0 new, 1 unchanged, 0 replaced), 0 rejected")), qPrintable(again.err));
    const Run usage = runDealScope({QStringLiteral("--db"), m_db, QStringLiteral("ingest")});
    QCOMPARE(usage.exitCode, 2);
}

void TestDatabaseProcesses::searchJson()
{
    const Run run = runDealScope({QStringLiteral("--db"), m_db, QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("$12 billion")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QLatin1String("query")).toString(), QStringLiteral("$12 billion"));
    const QJsonArray results = root.value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject r = results.first().toObject();
    QCOMPARE(r.value(QLatin1String("article")).toString(), QStringLiteral("chips.txt"));
    QCOMPARE(r.value(QLatin1String("rank")).toInt(), 1);
    QVERIFY(r.value(QLatin1String("snippet")).toString().contains(QLatin1String("$[12 billion]")));
    const QJsonArray hits = r.value(QLatin1String("hits")).toArray();
    QCOMPARE(hits.size(), 1);
    // "Foundry group Meridian Silicon will invest $12 billion": 12 starts at 44.
    QCOMPARE(hits.first().toObject().value(QLatin1String("start")).toInt(), 44);
    QCOMPARE(hits.first().toObject().value(QLatin1String("end")).toInt(), 54);
}

void TestDatabaseProcesses::hostileQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("results"); // -1 when the query is refused
    QTest::newRow("lone quote") << QStringLiteral("\"") << 2 << -1;
    QTest::newRow("NOT") << QStringLiteral("NOT") << 2 << -1;
    QTest::newRow("empty") << QString() << 2 << -1;
    QTest::newRow("OPS-306") << QStringLiteral("OPS-306") << 0 << 1;
    QTest::newRow("a:b") << QStringLiteral("a:b") << 0 << 0;
    QTest::newRow("#tag") << QStringLiteral("#retail") << 0 << 1;
    QTest::newRow("column filter") << QStringLiteral("title:merger") << 0 << 0;
    QTest::newRow("parentheses") << QStringLiteral("(grocer") << 0 << 1;
    QTest::newRow("NEAR") << QStringLiteral("NEAR(plant power)") << 0 << 0;
    QTest::newRow("star") << QStringLiteral("*") << 2 << -1;
    QTest::newRow("prefix") << QStringLiteral("gigawat*") << 0 << 1;
    QTest::newRow("SQL") << QStringLiteral("'; DROP TABLE articles; --") << 0 << 0;
    QTest::newRow("pounds as written") << QStringLiteral("£2.4bn") << 0 << 1;
    QString longQuery;
    while (longQuery.size() < 10000)
        longQuery += QStringLiteral("plant (power): ");
    QTest::newRow("10,000 characters") << longQuery << 0 << 1;
}

void TestDatabaseProcesses::hostileQueries()
{
    QFETCH(QString, query);
    QFETCH(int, exitCode);
    QFETCH(int, results);
    const Run run = runDealScope({QStringLiteral("--db"), m_db, QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--"), query});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(!run.err.contains(QLatin1String("fts5"), Qt::CaseInsensitive) && !run.err.contains(QLatin1String("syntax")),
             qPrintable(run.err));
    if (results < 0) {
        QVERIFY2(run.err.contains(QLatin1String("dealscope: search: the query")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        return;
    }
    const QJsonArray array = QJsonDocument::fromJson(run.out).object().value(QLatin1String("results")).toArray();
    QCOMPARE(array.size(), results);
    Database db;
    QVERIFY(db.open(m_db));
    QCOMPARE(db.articleCount(), 2);
}

void TestDatabaseProcesses::newerDatabaseIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(db.exec("PRAGMA user_version=99"));
    }
    const Run run = runDealScope({QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("grid")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("newer DealScope")), qPrintable(run.err));
}

void TestDatabaseProcesses::twoProcessesAtOnce()
{
    // Two ingests of different folders and searches, all at the same time.
    const QString db = m_dir.filePath(QStringLiteral("shared.sqlite"));
    for (int f = 0; f < 2; ++f) {
        for (int i = 0; i < 80; ++i)
            writeFile(m_dir.filePath(QStringLiteral("batch%1/%2.txt").arg(f).arg(i)),
                      "Cable operator number " + QByteArray::number(f * 1000 + i) + " sold its fibre network for "
                          + QByteArray::number(100 + i) + " million euros to an infrastructure fund.\n");
    }
    QVERIFY(runDealScope({QStringLiteral("--db"), db, QStringLiteral("ingest"), m_dir.filePath(QStringLiteral("news/chips.txt"))}).exitCode == 0);
    QProcess a, b, reader;
    a.start(QStringLiteral(DEALSCOPE_BINARY), {QStringLiteral("--db"), db, QStringLiteral("ingest"), m_dir.filePath(QStringLiteral("batch0"))});
    b.start(QStringLiteral(DEALSCOPE_BINARY), {QStringLiteral("--db"), db, QStringLiteral("ingest"), m_dir.filePath(QStringLiteral("batch1"))});
    reader.start(QStringLiteral(DEALSCOPE_BINARY), {QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("foundry")});
    // And a connection of this process reading meanwhile.
    Database mine;
    QVERIFY(mine.open(db));
    QVERIFY(mine.articleCount() >= 1);
    for (QProcess *p : {&a, &b, &reader}) {
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    const QJsonArray found = QJsonDocument::fromJson(reader.readAllStandardOutput()).object().value(QLatin1String("results")).toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(mine.articleCount(), 161);
    QString details;
    QVERIFY2(mine.integrityCheck(&details), qPrintable(details));
    QVERIFY2(mine.searchIndexCheck(&details), qPrintable(details));
}

QTEST_GUILESS_MAIN(TestDatabaseProcesses)
#include "tst_databaseprocesses.moc"
