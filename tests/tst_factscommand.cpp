// SPDX-License-Identifier: GPL-3.0-or-later
// `facts`, `timeline` and `graph` through the real binary: the contract's
// JSON fields, values from hand-written articles, exit codes.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestFactsCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonShape_data();
    void jsonShape();
    void values();
    void timelineOrder();
    void exitCodes_data();
    void exitCodes();
    void defaultDatabaseHasFacts();
    void graphTiesFollowTheirArticles();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) const;
    QJsonObject json(const QString &view) const;

    QTemporaryDir m_dir;
    QString m_db;
};

TestFactsCommand::Run TestFactsCommand::run(const QStringList &args, const QProcessEnvironment &env) const
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DEALSCOPE_BINARY), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonObject TestFactsCommand::json(const QString &view) const
{
    const Run r = run({QStringLiteral("--db"), m_db, view, QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning("%s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

void TestFactsCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    const QString data = QStringLiteral(DEALSCOPE_TEST_DATA "/factstore/");
    const Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("ingest"), data + QStringLiteral("a_first.txt"),
                       data + QStringLiteral("b_conflict.txt"), data + QStringLiteral("c_agree.txt")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestFactsCommand::jsonShape_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("array");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("facts") << QStringLiteral("facts") << QStringLiteral("facts")
                           << QStringList{QStringLiteral("id"), QStringLiteral("subject"), QStringLiteral("object"),
                                          QStringLiteral("metric"), QStringLiteral("value"), QStringLiteral("value_max"),
                                          QStringLiteral("unit"), QStringLiteral("qualifier"), QStringLiteral("when"),
                                          QStringLiteral("status"), QStringLiteral("sources"), QStringLiteral("alternatives")};
    QTest::newRow("timeline") << QStringLiteral("timeline") << QStringLiteral("events")
                              << QStringList{QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("precision"),
                                             QStringLiteral("title"), QStringLiteral("parties"), QStringLiteral("facts"),
                                             QStringLiteral("sources")};
    QTest::newRow("graph edges") << QStringLiteral("graph") << QStringLiteral("edges")
                                 << QStringList{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("kind"),
                                                QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("facts")};
    QTest::newRow("graph nodes") << QStringLiteral("graph") << QStringLiteral("nodes")
                                 << QStringList{QStringLiteral("id"), QStringLiteral("type")};
}

void TestFactsCommand::jsonShape()
{
    QFETCH(QString, view);
    QFETCH(QString, array);
    QFETCH(QStringList, fields);
    const QJsonArray items = json(view).value(array).toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &item : items)
        for (const QString &field : fields)
            QVERIFY2(item.toObject().contains(field), qPrintable(view + QStringLiteral(": no ") + field));
}

void TestFactsCommand::values()
{
    const QJsonArray facts = json(QStringLiteral("facts")).value(QStringLiteral("facts")).toArray();
    QJsonObject ten, thirteen;
    for (const QJsonValue &v : facts) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("metric")).toString() != QStringLiteral("investment"))
            continue;
        if (f.value(QStringLiteral("value")).toDouble() == 10e9)
            ten = f;
        if (f.value(QStringLiteral("value")).toDouble() == 13e9)
            thirteen = f;
    }
    QCOMPARE(ten.value(QStringLiteral("subject")).toString(), QStringLiteral("Siemens"));
    QCOMPARE(ten.value(QStringLiteral("object")).toString(), QStringLiteral("Nordlicht Robotics"));
    QCOMPARE(ten.value(QStringLiteral("unit")).toString(), QStringLiteral("USD"));
    QCOMPARE(ten.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
    QCOMPARE(ten.value(QStringLiteral("alternatives")).toArray(), QJsonArray{thirteen.value(QStringLiteral("id"))});
    const QJsonArray sources = ten.value(QStringLiteral("sources")).toArray();
    QCOMPARE(sources.size(), 2);
    const QJsonObject first = sources.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("article")).toString(), QStringLiteral("a_first.txt"));
    QCOMPARE(first.value(QStringLiteral("text")).toString(), QStringLiteral("$10 billion"));
    QCOMPARE(first.value(QStringLiteral("end")).toInt() - first.value(QStringLiteral("start")).toInt(), 11);
    QVERIFY(first.value(QStringLiteral("quote")).toString().startsWith(QStringLiteral("Under the agreement, Siemens has invested")));

    const QJsonArray edges = json(QStringLiteral("graph")).value(QStringLiteral("edges")).toArray();
    QStringList described;
    for (const QJsonValue &v : edges) {
        const QJsonObject e = v.toObject();
        described.append(QStringLiteral("%1>%2 %3 %4").arg(e.value(QStringLiteral("from")).toString(), e.value(QStringLiteral("to")).toString(),
                                                          e.value(QStringLiteral("kind")).toString(),
                                                          QString::number(e.value(QStringLiteral("value")).toDouble(), 'g', 12)));
    }
    QVERIFY2(described.contains(QStringLiteral("Siemens>Nordlicht Robotics stake 20")), qPrintable(described.join(u';')));
    QVERIFY2(described.contains(QStringLiteral("Hitachi>Vantor Systems investment 2000000000")), qPrintable(described.join(u';')));
}

void TestFactsCommand::timelineOrder()
{
    const QJsonArray events = json(QStringLiteral("timeline")).value(QStringLiteral("events")).toArray();
    // Undated events carry no date and say so.
    bool seenUndated = false;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        const bool undated = e.value(QStringLiteral("precision")).toString() == QStringLiteral("undated");
        QCOMPARE(e.value(QStringLiteral("date")).isNull(), undated);
        // Dated events come first when nothing ties an undated one to them.
        if (undated)
            seenUndated = true;
        else
            QVERIFY(!seenUndated || e.contains(QStringLiteral("after")));
    }
}

void TestFactsCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("facts text") << QStringList{QStringLiteral("facts")} << 0;
    QTest::newRow("timeline text") << QStringList{QStringLiteral("timeline")} << 0;
    QTest::newRow("graph text") << QStringList{QStringLiteral("graph")} << 0;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("facts"), QStringLiteral("--yaml")} << 2;
    QTest::newRow("stray argument") << QStringList{QStringLiteral("graph"), QStringLiteral("--json"), QStringLiteral("x")} << 2;
}

void TestFactsCommand::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run r = run(QStringList{QStringLiteral("--db"), m_db} + args);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 0)
        QVERIFY(!r.out.isEmpty());
    else
        QVERIFY(!r.err.isEmpty());
}

void TestFactsCommand::defaultDatabaseHasFacts()
{
    // Not a database: refused with exit code 2, file untouched.
    const QString bogus = m_dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are not the tables you are looking for\n");
    }
    QCOMPARE(run({QStringLiteral("--db"), bogus, QStringLiteral("facts"), QStringLiteral("--json")}).exitCode, 2);

    // Without --db, a fresh user's default database is filled from the bundled articles, facts included.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const Run r = run({QStringLiteral("facts"), QStringLiteral("--json")}, env);
    QCOMPARE(r.exitCode, 0);
    const QJsonArray facts = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("facts")).toArray();
    QVERIFY(facts.size() >= 10);
    int corroborated = 0;
    for (const QJsonValue &v : facts)
        corroborated += v.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("corroborated");
    QVERIFY(corroborated >= 1);
}

void TestFactsCommand::graphTiesFollowTheirArticles()
{
    // A distribution tie stated by two articles, then withdrawn from one when its file changes.
    const QString db = m_dir.filePath(QStringLiteral("ties.sqlite"));
    auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(m_dir.filePath(name));
        const bool written = f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
        return written ? m_dir.filePath(name) : QString();
    };
    const QString one = write(QStringLiteral("one.txt"), "Chips deal\n\nUnder the pact, Arrow Electronics becomes the "
                                                          "exclusive distributor for Cerebras in Europe.\n");
    const QString two = write(QStringLiteral("two.txt"), "Distribution\n\nArrow Electronics will serve as the sole "
                                                          "distribution partner of Cerebras, the companies said.\n");
    QVERIFY(!one.isEmpty() && !two.isEmpty());
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("ingest"), one, two}).exitCode, 0);
    auto tie = [&]() {
        const Run r = run({QStringLiteral("--db"), db, QStringLiteral("graph"), QStringLiteral("--json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("edges")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("kind")).toString() == QStringLiteral("distribution"))
                return e;
        }
        return QJsonObject();
    };
    QJsonObject e = tie();
    QCOMPARE(e.value(QStringLiteral("from")).toString(), QStringLiteral("Arrow Electronics"));
    QCOMPARE(e.value(QStringLiteral("to")).toString(), QStringLiteral("Cerebras"));
    QVERIFY(e.value(QStringLiteral("value")).isNull());
    QCOMPARE(e.value(QStringLiteral("sources")).toArray(),
             (QJsonArray{QStringLiteral("one.txt"), QStringLiteral("two.txt")}));

    QVERIFY(!write(QStringLiteral("two.txt"), "Distribution\n\nArrow Electronics reported quarterly results.\n").isEmpty());
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("ingest"), two}).exitCode, 0);
    e = tie();
    QCOMPARE(e.value(QStringLiteral("sources")).toArray(), (QJsonArray{QStringLiteral("one.txt")}));
}

QTEST_GUILESS_MAIN(TestFactsCommand)
#include "tst_factscommand.moc"
