// SPDX-License-Identifier: GPL-3.0-or-later
// The `dealscope extract` command as a user runs it: the real binary, real
// files, exit codes, stderr messages and the contract's JSON.
#include "decodedfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Runs the binary. As root, the child drops to "nobody" when asked, so that a
// file without read permission is really unreadable to it.
Run runDealScope(const QStringList &arguments, bool asUnprivilegedUser = false,
                 const QString &program = QStringLiteral(DEALSCOPE_BINARY))
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    if (asUnprivilegedUser && geteuid() == 0) {
        process.setChildProcessModifier([] {
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(99);
        });
    }
    process.start();
    process.waitForFinished(120000);
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QString corpusPath(const QString &name = {})
{
    return QStringLiteral(DEALSCOPE_SOURCE_DIR "/resources/corpus/") + name;
}

QJsonObject articleByPrefix(const QJsonDocument &doc, const QString &prefix)
{
    for (const QJsonValue &a : doc.object().value(QLatin1String("articles")).toArray()) {
        if (a.toObject().value(QLatin1String("file")).toString().startsWith(prefix))
            return a.toObject();
    }
    return {};
}

// The first figure whose text contains `text` and that starts after the
// words `after` (which tell apart two figures written alike).
QJsonObject figureWithText(const QJsonObject &article, const QString &text, const QString &after = {})
{
    qsizetype from = 0;
    if (!after.isEmpty()) {
        const QString articleText = readDecodedFile(corpusPath(article.value(QLatin1String("file")).toString()));
        from = articleText.indexOf(after);
        if (from < 0)
            return {};
    }
    for (const QJsonValue &f : article.value(QLatin1String("figures")).toArray()) {
        const QJsonObject figure = f.toObject();
        if (figure.value(QLatin1String("text")).toString().contains(text)
            && figure.value(QLatin1String("start")).toInteger() >= from)
            return figure;
    }
    return {};
}

} // namespace

class TestExtractCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void spansAreExactOnTheCorpus();
    void corpusFigures_data();
    void corpusFigures();
    void excludedRegionsOnTheCorpus();
    void badInputIsNamedAndTheRestProcessed();
    void bundledCorpusWithoutFiles();

private:
    QJsonDocument m_corpus;
};

void TestExtractCommand::initTestCase()
{
    QStringList files;
    for (const QString &name : QDir(corpusPath()).entryList(QDir::Files, QDir::Name))
        files << corpusPath(name);
    QCOMPARE(files.size(), 5);
    const Run run = runDealScope(QStringList{QStringLiteral("extract"), QStringLiteral("--json")} + files);
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    m_corpus = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(m_corpus.object().value(QLatin1String("articles")).toArray().size(), 5);
}

void TestExtractCommand::helpAndVersion()
{
    const Run help = runDealScope({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("extract"));
    QVERIFY(help.out.contains("--json"));
    const Run version = runDealScope({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("dealscope "));
}

void TestExtractCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("extract"), QStringLiteral("--jsn")};
}

void TestExtractCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = runDealScope(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("dealscope:")), qPrintable(run.err));
}

void TestExtractCommand::spansAreExactOnTheCorpus()
{
    int checked = 0;
    for (const QJsonValue &av : m_corpus.object().value(QLatin1String("articles")).toArray()) {
        const QJsonObject a = av.toObject();
        const QString text = readDecodedFile(corpusPath(a.value(QLatin1String("file")).toString()));
        QVERIFY(!text.isEmpty());
        QJsonArray items = a.value(QLatin1String("figures")).toArray();
        for (const QJsonValue &entity : a.value(QLatin1String("entities")).toArray())
            items.append(entity); // QJsonArray's operator+ would nest the second array
        for (const QJsonValue &iv : std::as_const(items)) {
            const QJsonObject item = iv.toObject();
            const int start = item.value(QLatin1String("start")).toInt(-1);
            const int end = item.value(QLatin1String("end")).toInt(-1);
            QVERIFY2(start >= 0 && start < end && end <= text.size(),
                     qPrintable(QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Compact))));
            QCOMPARE(text.mid(start, end - start), item.value(QLatin1String("text")).toString());
            ++checked;
        }
    }
    QVERIFY2(checked > 100, "the corpus holds well over a hundred figures and entity mentions");
}

void TestExtractCommand::corpusFigures_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<bool>("retracted");
    QTest::addColumn<QString>("after");
    // Values a careful reader writes down (see shared/seed-facts.md).
    QTest::newRow("two gigawatts") << "000" << "two gigawatts" << "power" << QVariant(2e9) << "W" << "approx" << false << QString();
    QTest::newRow("$600 billion") << "001" << "$600 billion" << "money" << QVariant(600e9) << "USD" << "approx" << false << QString();
    QTest::newRow("$600 million retracted") << "001" << "$600 million" << "money" << QVariant(600e6) << "USD" << "exact" << true << QString();
    QTest::newRow("at least $8 billion") << "001" << "$8 billion" << "money" << QVariant(8e9) << "USD" << "lower_bound" << false << QStringLiteral("into which");
    QTest::newRow("up to $50 billion") << "002" << "$50 billion" << "money" << QVariant(50e9) << "USD" << "upper_bound" << false << QString();
    QTest::newRow("27% stake") << "002" << "27%" << "percent" << QVariant(27.0) << "%" << "exact" << false << QString();
    QTest::newRow("November 3, 2025") << "003" << "November 3, 2025" << "date" << QVariant(QStringLiteral("2025-11-03")) << "day" << "exact" << false << QString();
    QTest::newRow("~$1.4T") << "003" << "1.4T" << "money" << QVariant(1.4e12) << "USD" << "approx" << false << QString();
    QTest::newRow("~30 GW") << "003" << "30 GW" << "power" << QVariant(30e9) << "W" << "approx" << false << QString();
    QTest::newRow("October 2024") << "004" << "October 2024" << "date" << QVariant(QStringLiteral("2024-10")) << "month" << "exact" << false << QString();
    QTest::newRow("$6.6 billion") << "004" << "$6.6 billion" << "money" << QVariant(6.6e9) << "USD" << "exact" << false << QString();
}

void TestExtractCommand::corpusFigures()
{
    QFETCH(QString, article);
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QVariant, value);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);
    QFETCH(bool, retracted);
    QFETCH(QString, after);
    const QJsonObject figure = figureWithText(articleByPrefix(m_corpus, article), text, after);
    QVERIFY2(!figure.isEmpty(), qPrintable(text));
    QCOMPARE(figure.value(QLatin1String("kind")).toString(), kind);
    if (value.typeId() == QMetaType::QString)
        QCOMPARE(figure.value(QLatin1String("value")).toString(), value.toString());
    else
        QVERIFY(qAbs(figure.value(QLatin1String("value")).toDouble() - value.toDouble()) < 1e-6 * value.toDouble());
    QCOMPARE(figure.value(QLatin1String("unit")).toString(), unit);
    QCOMPARE(figure.value(QLatin1String("qualifier")).toString(), qualifier);
    QCOMPARE(figure.value(QLatin1String("retracted")).toBool(), retracted);
}

void TestExtractCommand::excludedRegionsOnTheCorpus()
{
    // "Thursday" without an article date stays unresolved.
    const QJsonObject thursday = figureWithText(articleByPrefix(m_corpus, QStringLiteral("001")), QStringLiteral("Thursday"));
    QCOMPARE(thursday.value(QLatin1String("kind")).toString(), QStringLiteral("date"));
    QCOMPARE(thursday.value(QLatin1String("unit")).toString(), QStringLiteral("unresolved"));
    QVERIFY(thursday.value(QLatin1String("value")).isNull());

    // 003 closes with a teaser for another story: its $5T is inside an excluded region.
    const QJsonObject a003 = articleByPrefix(m_corpus, QStringLiteral("003"));
    const QJsonObject teaser = figureWithText(a003, QStringLiteral("$5T"));
    QVERIFY(!teaser.isEmpty());
    QCOMPARE(teaser.value(QLatin1String("excluded")).toString(), QStringLiteral("teaser"));

    // 002 repeats its story in a "Quick answers" block: the later copy is a repeat.
    const QJsonObject a002 = articleByPrefix(m_corpus, QStringLiteral("002"));
    const QString text = readDecodedFile(corpusPath(a002.value(QLatin1String("file")).toString()));
    const qsizetype quick = text.indexOf(QLatin1String("Quick answers"));
    QVERIFY(quick > 0);
    // The copy of the story's first paragraph after that heading.
    const qsizetype copy = text.indexOf(QLatin1String("Amazon has reportedly struck a deal"), quick);
    QVERIFY(copy > quick);
    QVERIFY(text.indexOf(QLatin1String("Amazon has reportedly struck a deal")) < quick); // the original stays
    bool copyIsRepeat = false;
    for (const QJsonValue &r : a002.value(QLatin1String("excluded")).toArray()) {
        const QJsonObject region = r.toObject();
        if (region.value(QLatin1String("reason")).toString() == QLatin1String("repeat")
            && region.value(QLatin1String("start")).toInteger() <= copy && copy < region.value(QLatin1String("end")).toInteger())
            copyIsRepeat = true;
    }
    QVERIFY(copyIsRepeat);
}

void TestExtractCommand::badInputIsNamedAndTheRestProcessed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadOther | QFileDevice::ExeOther);
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(QStringLiteral("good.txt"), "Acme Robotics raised $12 million in a Series A round.\n");
    write(QStringLiteral("empty.txt"), QByteArray());
    write(QStringLiteral("binary.txt"), QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) + QByteArray(200, '\0'));
    write(QStringLiteral("latin1.txt"), "Caf\xe9 chain raised \xa3" "5 million.\n");
    write(QStringLiteral("secret.txt"), "A private note about $3 billion.\n");
    {
        QFile huge(dir.filePath(QStringLiteral("huge.txt")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(200LL * 1024 * 1024)); // sparse: fast to make
    }
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.txt")));
    QFile::setPermissions(dir.filePath(QStringLiteral("secret.txt")), QFileDevice::Permissions());

    const QStringList names{QStringLiteral("empty.txt"), QStringLiteral("binary.txt"), QStringLiteral("latin1.txt"),
                            QStringLiteral("huge.txt"), QStringLiteral("folder.txt"), QStringLiteral("missing.txt"),
                            QStringLiteral("secret.txt"), QStringLiteral("good.txt")};
    QStringList arguments{QStringLiteral("extract"), QStringLiteral("--json")};
    for (const QString &name : names)
        arguments << dir.filePath(name);
    // As root the child drops to "nobody", who may not reach the build folder:
    // it runs a copy of the program from the test's own world-readable folder.
    QString program = QStringLiteral(DEALSCOPE_BINARY);
    if (geteuid() == 0) {
        program = dir.filePath(QStringLiteral("dealscope"));
        QVERIFY(QFile::copy(QStringLiteral(DEALSCOPE_BINARY), program));
        QVERIFY(QFile::setPermissions(program, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                   | QFileDevice::ReadOther | QFileDevice::ExeOther));
    }
    const Run run = runDealScope(arguments, /*asUnprivilegedUser=*/true, program);
    QCOMPARE(run.exitCode, 1);

    const QStringList errorLines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QList<QPair<QString, QString>> expected{
        {QStringLiteral("empty.txt"), QStringLiteral("empty")},
        {QStringLiteral("binary.txt"), QStringLiteral("binary")},
        {QStringLiteral("latin1.txt"), QStringLiteral("UTF-8")},
        {QStringLiteral("huge.txt"), QStringLiteral("too large")},
        {QStringLiteral("folder.txt"), QStringLiteral("directory")},
        {QStringLiteral("missing.txt"), QStringLiteral("no such file")},
        {QStringLiteral("secret.txt"), QStringLiteral("permission denied")},
    };
    for (const auto &[name, reason] : expected) {
        const bool named = std::any_of(errorLines.cbegin(), errorLines.cend(), [&](const QString &line) {
            return line.contains(name) && line.contains(reason, Qt::CaseInsensitive);
        });
        QVERIFY2(named, qPrintable(name + QLatin1String(" should be rejected for '") + reason
                                   + QLatin1String("'; stderr was:\n") + run.err));
    }

    const QJsonArray articles = QJsonDocument::fromJson(run.out).object().value(QLatin1String("articles")).toArray();
    QCOMPARE(articles.size(), 1);
    QCOMPARE(articles.first().toObject().value(QLatin1String("file")).toString(), QStringLiteral("good.txt"));
}

void TestExtractCommand::bundledCorpusWithoutFiles()
{
    const Run run = runDealScope({QStringLiteral("extract"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("articles")).toArray().size(), 5);
    const Run summary = runDealScope({QStringLiteral("extract")});
    QCOMPARE(summary.exitCode, 0);
    QVERIFY(summary.out.contains("figures"));
}

QTEST_GUILESS_MAIN(TestExtractCommand)
#include "tst_extractcommand.moc"
