// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselesswords.h"

#include <QRegularExpression>
#include <QTest>

using namespace DealScope;

class TestCaselessWords : public QObject
{
    Q_OBJECT

private slots:
    void presence_data();
    void presence();
    void merged_data();
    void merged();
    void occurrences_data() { presence_data(); }
    void occurrences();
    void mergedOccurrences();
};

namespace {

// The regular expression a word stands for (the precheck's contract).
QString patternOf(QByteArray spec)
{
    const bool before = !spec.startsWith('*');
    const bool after = !spec.endsWith('*');
    spec.replace('*', "");
    return (before ? QStringLiteral("\\b") : QString()) + QString::fromLatin1(spec)
        + (after ? QStringLiteral("\\b") : QString());
}

} // namespace

void TestCaselessWords::presence_data()
{
    QTest::addColumn<QList<QByteArray>>("words");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("present");

    const QList<QByteArray> invest{"invest", "backing"};
    QTest::newRow("present") << invest << QStringLiteral("they invest in it") << true;
    QTest::newRow("second word") << invest << QStringLiteral("with the backing of") << true;
    QTest::newRow("absent") << invest << QStringLiteral("they spend on it") << false;
    QTest::newRow("empty text") << invest << QString() << false;
    QTest::newRow("upper case") << invest << QStringLiteral("THEY INVEST") << true;
    QTest::newRow("mixed case") << invest << QStringLiteral("InVeSt") << true;
    QTest::newRow("whole text") << invest << QStringLiteral("invest") << true;
    QTest::newRow("longer word") << invest << QStringLiteral("investors") << false;
    QTest::newRow("inside a word") << invest << QStringLiteral("reinvest") << false;
    QTest::newRow("digit after") << invest << QStringLiteral("invest2") << false;
    QTest::newRow("underscore before") << invest << QStringLiteral("_invest") << false;
    QTest::newRow("punctuation around") << invest << QStringLiteral("(invest),") << true;
    QTest::newRow("cut short") << invest << QStringLiteral("inves") << false;
    QTest::newRow("two letters only") << invest << QStringLiteral("in") << false;

    // Words that open with the same two letters, and one that shares the first only.
    const QList<QByteArray> spend{"spend", "spent", "speculat*", "stake"};
    QTest::newRow("same opening, last word") << spend << QStringLiteral("they SPENT it") << true;
    QTest::newRow("same opening, stem") << spend << QStringLiteral("speculative") << true;
    QTest::newRow("same opening, none") << spend << QStringLiteral("spender speaks") << false;
    QTest::newRow("same first letter") << spend << QStringLiteral("a stake") << true;

    const QList<QByteArray> stem{"supercomput*"};
    QTest::newRow("stem alone") << stem << QStringLiteral("a supercomput.") << true;
    QTest::newRow("stem continued") << stem << QStringLiteral("Supercomputers") << true;
    QTest::newRow("stem inside") << stem << QStringLiteral("hypersupercomputer") << false;

    const QList<QByteArray> part{"*gpu*"};
    QTest::newRow("part inside") << part << QStringLiteral("H100GPUs") << true;
    QTest::newRow("part absent") << part << QStringLiteral("G P U") << false;
    const QList<QByteArray> ending{"*ing"};
    QTest::newRow("ending") << ending << QStringLiteral("BACKING up") << true;
    QTest::newRow("ending continued") << ending << QStringLiteral("backings") << false;

    // The two non-ASCII characters that fold to ASCII letters.
    const QList<QByteArray> stake{"stake", "kept"};
    QTest::newRow("long s") << stake << QStringLiteral("a \u017Ftake in") << false; // ſ is no \w: no boundary before it after a space
    QTest::newRow("long s inside") << stake << QStringLiteral("a st\u017Fake") << false;
    QTest::newRow("long s after letter") << stake << QStringLiteral("a\u017Ftake") << true; // the boundary is between a and ſ
    QTest::newRow("long s mid word") << QList<QByteArray>{"assets"} << QStringLiteral("the a\u017F\u017Fets") << true;
    QTest::newRow("Kelvin sign inside") << stake << QStringLiteral("a sta\u212Ae of") << true;
    QTest::newRow("Kelvin sign opening") << stake << QStringLiteral("x\u212Aept") << true;
    QTest::newRow("Kelvin sign after space") << stake << QStringLiteral("x \u212Aept") << false;
    QTest::newRow("Angstrom sign is no a") << QList<QByteArray>{"ab"} << QStringLiteral("\u212Bb") << false;
    QTest::newRow("dotless i is no i") << invest << QStringLiteral("\u0131nvest") << false;
    QTest::newRow("dotted capital I is no i") << invest << QStringLiteral("\u0130nvest") << false;

    // Non-ASCII letters are no \w: a word next to one still starts or ends there.
    QTest::newRow("accented letter before") << invest << QStringLiteral("\u00E9invest") << true;
    QTest::newRow("accented letter after") << invest << QStringLiteral("invest\u00E9") << true;
    QTest::newRow("curly apostrophe") << invest << QStringLiteral("invest\u2019s") << true;
    QTest::newRow("accented letter inside") << invest << QStringLiteral("inv\u00E9st") << false;
}

void TestCaselessWords::presence()
{
    QFETCH(QList<QByteArray>, words);
    QFETCH(QString, text);
    QFETCH(bool, present);
    QCOMPARE(CaselessWords(words).in(text), present);
    // The regular expressions it stands in for agree.
    bool regexFinds = false;
    for (const QByteArray &w : std::as_const(words))
        regexFinds = regexFinds
            || QRegularExpression(patternOf(w), QRegularExpression::CaseInsensitiveOption).match(text).hasMatch();
    QCOMPARE(regexFinds, present);
}

void TestCaselessWords::merged_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("lists"); // bit i: the i-th list has a word in the text

    QTest::newRow("none") << QStringLiteral("nothing here") << quint64(0);
    QTest::newRow("first only") << QStringLiteral("they Invest") << quint64(0b001);
    QTest::newRow("second only") << QStringLiteral("a stake of") << quint64(0b010);
    QTest::newRow("shared word") << QStringLiteral("the deal") << quint64(0b101);
    QTest::newRow("all three") << QStringLiteral("invest in a stake, a deal") << quint64(0b111);
    QTest::newRow("word of one, boundary of the other") << QStringLiteral("dealers") << quint64(0b100);
    QTest::newRow("same opening pair") << QStringLiteral("they spent") << quint64(0b010);
    QTest::newRow("first word found twice") << QStringLiteral("invest, invest and stake") << quint64(0b011);
}

// A merged set tells each list's presence as the list alone (and its
// regular expressions) would.
void TestCaselessWords::merged()
{
    QFETCH(QString, text);
    QFETCH(quint64, lists);
    const CaselessWords first{"invest*", "deal"};
    const CaselessWords second{"stake", "spent"};
    const CaselessWords third{"deal*"};
    const CaselessWords all{&first, &second, &third};
    QCOMPARE(all.which(text), lists);
    QCOMPARE(all.in(text), lists != 0);
    QCOMPARE(all.bitOf(first), quint64(1));
    QCOMPARE(all.bitOf(third), quint64(4));
    QCOMPARE(all.bitOf(all), quint64(0));
    QCOMPARE(first.which(text), quint64(first.in(text) ? 1 : 0));
}

// Every place a word stands, as each word's regular expression finds it.
void TestCaselessWords::occurrences()
{
    QFETCH(QList<QByteArray>, words);
    QFETCH(QString, text);
    for (const QByteArray &w : std::as_const(words)) {
        QList<qsizetype> expected;
        QRegularExpression re(patternOf(w), QRegularExpression::CaseInsensitiveOption);
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            expected << m.capturedStart();
            QCOMPARE(m.capturedLength(), qsizetype(QByteArray(w).replace('*', "").size()));
        }
        QList<qsizetype> found;
        for (const CaselessWords::Occurrence &o : CaselessWords(QList<QByteArray>{w}).occurrences(text)) {
            found << o.position;
            QCOMPARE(o.length, qsizetype(QByteArray(w).replace('*', "").size()));
            QCOMPARE(o.lists, quint64(1));
        }
        QCOMPARE(found, expected);
    }
}

// A merged set's occurrences say which lists the word found belongs to; two
// words with the same letters ("deal", "deal*") are found each on its own.
void TestCaselessWords::mergedOccurrences()
{
    const CaselessWords first{"invest*", "deal"};
    const CaselessWords second{"stake", "spent"};
    const CaselessWords third{"deal*", "stake"};
    const CaselessWords all{&first, &second, &third};
    QList<std::pair<qsizetype, quint64>> found;
    for (const CaselessWords::Occurrence &o : all.occurrences(QStringLiteral("Deal: invest in a stake; dealers")))
        found.append({o.position, o.lists});
    std::sort(found.begin(), found.end());
    const QList<std::pair<qsizetype, quint64>> expected{
        {0, 0b001}, {0, 0b100}, {6, 0b001}, {18, 0b110}, {25, 0b100}}; // "stake" is in two lists; "dealers" only a stem's
    QCOMPARE(found, expected);
}

QTEST_APPLESS_MAIN(TestCaselessWords)
#include "tst_caselesswords.moc"
