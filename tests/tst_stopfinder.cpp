// SPDX-License-Identifier: GPL-3.0-or-later
#include "stopfinder.h"

#include <QTest>

#include <random>

using namespace DealScope;

class TestStopFinder : public QObject
{
    Q_OBJECT

private slots:
    void positions_data();
    void positions();
    void randomTexts();
};

namespace {

// What next() must give, found one character at a time.
qsizetype firstStop(QStringView text, qsizetype end, QStringView stops, qsizetype from)
{
    for (qsizetype i = from; i < end; ++i)
        if (stops.contains(text.at(i)))
            return i;
    return end;
}

// Every answer a splitter's walk asks for, from each position on, against the reference.
void checkWalk(const QString &text, qsizetype end, const QString &stops, qsizetype step)
{
    Q_ASSERT(stops.size() >= 1 && stops.size() <= 4);
    auto make = [&] {
        switch (stops.size()) {
        case 1:
            return StopFinder(text, end, {stops.at(0).unicode()});
        case 2:
            return StopFinder(text, end, {stops.at(0).unicode(), stops.at(1).unicode()});
        case 3:
            return StopFinder(text, end, {stops.at(0).unicode(), stops.at(1).unicode(), stops.at(2).unicode()});
        default:
            return StopFinder(text, end, {stops.at(0).unicode(), stops.at(1).unicode(), stops.at(2).unicode(),
                                          stops.at(3).unicode()});
        }
    };
    StopFinder finder = make();
    for (qsizetype from = 0; from <= end; from += step)
        QCOMPARE(finder.next(from), firstStop(text, end, stops, from));
}

} // namespace

void TestStopFinder::positions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stops");

    QTest::newRow("none") << QStringLiteral("no end here at all, nothing") << QStringLiteral(".!?");
    QTest::newRow("empty") << QString() << QStringLiteral(".");
    QTest::newRow("first character") << QStringLiteral(".abc") << QStringLiteral(".");
    QTest::newRow("last character") << QStringLiteral("abcdefghijklmnopq?") << QStringLiteral(".!?");
    QTest::newRow("eighth and ninth") << QStringLiteral("abcdefg.!ijklmnop") << QStringLiteral(".!");
    QTest::newRow("adjacent") << QStringLiteral("Wait... what?! Yes.") << QStringLiteral(".!?\u2026");
    QTest::newRow("non-ASCII stops") << QStringLiteral("line one\u2029line two\u2026 and\nthree")
                                     << QStringLiteral("\n\u2029\u2026");
    QTest::newRow("lookalikes are not stops") << QStringLiteral("\u002e\u0100\u2e2e\u012e\u3002.") << QStringLiteral(".");
}

void TestStopFinder::positions()
{
    QFETCH(QString, text);
    QFETCH(QString, stops);
    for (qsizetype step = 1; step <= 3; ++step)
        checkWalk(text, text.size(), stops, step);
    if (text.size() > 3)
        checkWalk(text, text.size() - 3, stops, 1); // a stretch that ends before the text
}

void TestStopFinder::randomTexts()
{
    std::mt19937 rng(7);
    const QString alphabet = QStringLiteral("ab .!?\n\u2026\u2029\u00e9");
    for (int round = 0; round < 2000; ++round) {
        QString text;
        const int size = int(rng() % 70);
        for (int i = 0; i < size; ++i)
            text += alphabet.at(qsizetype(rng() % alphabet.size()));
        checkWalk(text, text.size(), QStringLiteral(".!?\u2026"), 1 + qsizetype(rng() % 5));
        checkWalk(text, text.size(), QStringLiteral("\n\u2029"), 1);
    }
}

QTEST_GUILESS_MAIN(TestStopFinder)
#include "tst_stopfinder.moc"
