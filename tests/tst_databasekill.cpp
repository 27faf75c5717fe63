// SPDX-License-Identifier: GPL-3.0-or-later
// The kill test: the real `dealscope --db X ingest DIR` is SIGKILLed at
// random moments; after each kill the database passes SQLite's integrity
// check and the full-text index check, and holds the article count of
// before the ingest or after it, never one in between.
#include "database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace DealScope;

namespace {

// Every round ingests a folder of its own, so each has articles to add.
constexpr int Kills = 20;
constexpr int Folders = Kills;
constexpr int ArticlesPerFolder = 100;

// Varied small articles: enough text that an ingest takes a moment.
QByteArray article(int folder, int i)
{
    static const char *const buyers[] = {"Harbor Freight Lines", "Kitemark Insurance", "Solano Foods", "Vireo Semiconductors",
                                         "Tamarack Pharma", "Bluegum Mining", "Arcadia Telecom", "Pellucid Software"};
    static const char *const amounts[] = {"$1.2 billion", "€640 million", "£3.7bn", "A$9.6 billion", "CHF 820 million",
                                          "¥45 billion", "Rs 3,200 crore", "$75 million"};
    const int k = folder * 1000 + i;
    QByteArray text = QByteArray(buyers[k % 8]) + " agrees deal number " + QByteArray::number(k) + "\n\n";
    for (int p = 0; p < 12; ++p) {
        text += QByteArray(buyers[(k + p) % 8]) + " said on Tuesday it would pay " + amounts[(k * 3 + p) % 8]
            + " for a " + QByteArray::number(10 + (k + p) % 80) + "% stake in unit " + QByteArray::number(k * 13 + p)
            + ", with closing expected in the second half of " + QByteArray::number(2020 + p % 7)
            + ". Analysts called the price roughly " + QByteArray::number(8 + p % 9) + " times earnings.\n";
    }
    return text;
}

struct Check
{
    qint64 count = -1;
    QString problem;
};

Check inspect(const QString &path)
{
    Check c;
    Database db;
    QString error;
    if (!db.open(path, &error)) {
        c.problem = QStringLiteral("cannot open after the kill: ") + error;
        return c;
    }
    QString details;
    if (!db.integrityCheck(&details))
        c.problem = QStringLiteral("integrity_check: ") + details;
    else if (!db.searchIndexCheck(&details))
        c.problem = QStringLiteral("FTS integrity-check: ") + details;
    Statement orphans = db.prepare(
        "SELECT (SELECT count(*) FROM article_spans WHERE article_id NOT IN (SELECT id FROM articles))"
        " + (SELECT count(*) FROM entity_articles WHERE article_id NOT IN (SELECT id FROM articles))"
        " + (SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM article_spans))");
    if (orphans.step() && orphans.columnInt(0) != 0)
        c.problem = QStringLiteral("%1 spans of absent articles, or articles without their spans").arg(orphans.columnInt(0));
    c.count = db.articleCount();
    return c;
}

} // namespace

class TestDatabaseKill : public QObject
{
    Q_OBJECT

private slots:
    void killedIngestLeavesBeforeOrAfter();
};

void TestDatabaseKill::killedIngestLeavesBeforeOrAfter()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList folders;
    for (int f = 0; f < Folders; ++f) {
        const QString folder = dir.filePath(QStringLiteral("news%1").arg(f));
        QVERIFY(QDir().mkpath(folder));
        for (int i = 0; i < ArticlesPerFolder; ++i) {
            QFile file(QStringLiteral("%1/%2.txt").arg(folder).arg(i, 4, 10, QLatin1Char('0')));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(article(f, i));
        }
        folders << folder;
    }

    auto startIngest = [&](QProcess &p, const QString &db, const QString &folder) {
        p.setProgram(QStringLiteral(DEALSCOPE_BINARY));
        p.setArguments({QStringLiteral("--db"), db, QStringLiteral("ingest"), folder});
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start();
        return p.waitForStarted(10000);
    };

    // How long one whole ingest takes here, to spread the kills over it.
    QElapsedTimer timer;
    timer.start();
    {
        QProcess p;
        QVERIFY(startIngest(p, dir.filePath(QStringLiteral("timing.sqlite")), folders.first()));
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
    }
    const qint64 fullRun = std::max<qint64>(timer.elapsed(), 50);

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill test: one ingest takes %lld ms; random seed %u", fullRun, seed);
    QRandomGenerator random(seed);
    const QString db = dir.filePath(QStringLiteral("killed.sqlite"));
    bool stored[Folders] = {};
    int killedMidway = 0;
    int completed = 0;
    for (int round = 0; round < Kills; ++round) {
        const int f = round;
        const Check before = round == 0 ? Check{0, {}} : inspect(db);
        QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));
        const qint64 expectedAfter = before.count + (stored[f] ? 0 : ArticlesPerFolder);

        QProcess p;
        QVERIFY(startIngest(p, db, folders.at(f)));
        // Mostly during the ingest, sometimes after it ended.
        const int delay = int(random.bounded(quint32(fullRun * 13 / 10)));
        if (!p.waitForFinished(delay)) {
            ::kill(pid_t(p.processId()), SIGKILL);
            ++killedMidway;
            QVERIFY(p.waitForFinished(30000));
        }

        const Check after = inspect(db);
        QVERIFY2(after.problem.isEmpty(), qPrintable(QStringLiteral("round %1 (killed after %2 ms): %3")
                                                         .arg(round).arg(delay).arg(after.problem)));
        QVERIFY2(after.count == before.count || after.count == expectedAfter,
                 qPrintable(QStringLiteral("round %1: %2 articles; expected %3 or %4")
                                .arg(round).arg(after.count).arg(before.count).arg(expectedAfter)));
        if (after.count == expectedAfter && expectedAfter != before.count) {
            stored[f] = true;
            ++completed;
        }
    }
    qInfo("kill test: %d of %d ingests killed midway, %d folders stored", killedMidway, Kills, completed);
    QVERIFY2(killedMidway >= Kills / 4, "runs must really be killed during the ingest");
}

QTEST_GUILESS_MAIN(TestDatabaseKill)
#include "tst_databasekill.moc"
