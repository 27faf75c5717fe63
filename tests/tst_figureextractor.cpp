// SPDX-License-Identifier: GPL-3.0-or-later
#include "currencytable.h"
#include "decodedfile.h"
#include "figureextractor.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <thread>
#include <vector>

using namespace DealScope;

namespace {

QString dataPath(const char *name)
{
    return QStringLiteral(DEALSCOPE_TEST_DATA "/figures/") + QLatin1String(name);
}

// Rows of a tab-separated file, without comments and blank lines; each row
// remembers its line number for readable test names.
QList<QPair<int, QStringList>> readTable(const QString &path)
{
    QList<QPair<int, QStringList>> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    int lineNo = 0;
    while (!file.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n'));
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        rows.append({lineNo, line.split(QLatin1Char('\t'))});
    }
    return rows;
}

QStringList corpusFiles()
{
    const QDir dir(QStringLiteral(DEALSCOPE_SOURCE_DIR "/resources/corpus"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QString kindName(FigureKind kind) { return figureKindName(kind); }

bool sameValue(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(b)); }

QString describe(const QString &text, const QList<Figure> &figures)
{
    QStringList parts;
    for (const Figure &f : figures) {
        parts.append(QStringLiteral("[%1 '%2' %3 %4 %5 %6%7]")
                         .arg(kindName(f.kind), text.mid(f.start, f.length()))
                         .arg(f.kind == FigureKind::Date ? f.date : QString::number(f.value, 'g', 12))
                         .arg(f.unit, qualifierName(f.qualifier))
                         .arg(f.retracted ? QStringLiteral(" retracted") : QString())
                         .arg(QString()));
    }
    return parts.join(QLatin1Char(' '));
}

// The span checks that hold for every figure of any text.
void checkWellFormed(const QString &text, const QList<Figure> &figures)
{
    qsizetype lastEnd = 0;
    for (const Figure &f : figures) {
        const QString span = text.mid(f.start, f.length());
        QVERIFY2(f.start >= lastEnd, qPrintable(QStringLiteral("overlap or disorder at ") + span));
        QVERIFY2(f.start >= 0 && f.end <= text.size() && f.end > f.start, qPrintable(span));
        QVERIFY2(span == span.trimmed(), qPrintable(QStringLiteral("padded span '%1'").arg(span)));
        QVERIFY2(!span.contains(QLatin1Char('\n')), qPrintable(QStringLiteral("span crosses a line: ") + span));
        // never cuts a word or a number in two
        QVERIFY2(f.start == 0 || !text.at(f.start - 1).isLetterOrNumber(),
                 qPrintable(QStringLiteral("starts inside a word: ") + text.mid(std::max<qsizetype>(0, f.start - 5), 20)));
        QVERIFY2(f.end == text.size() || !text.at(f.end).isLetterOrNumber(),
                 qPrintable(QStringLiteral("ends inside a word: ") + text.mid(f.start, f.length() + 5)));
        if (f.kind == FigureKind::Date) {
            QVERIFY(f.unit == QLatin1String("day") || f.unit == QLatin1String("month")
                    || f.unit == QLatin1String("year") || f.unit == QLatin1String("unresolved"));
            QCOMPARE(f.date.isEmpty(), f.unit == QLatin1String("unresolved"));
        } else {
            QVERIFY2(span.contains(QRegularExpression(QStringLiteral("\\d")))
                         || span.contains(QRegularExpression(QStringLiteral("^[A-Za-z]"))),
                     qPrintable(span));
            QVERIFY(!f.unit.isEmpty());
            QVERIFY(std::isfinite(f.value) && f.value >= 0);
        }
        lastEnd = f.end;
    }
}

} // namespace

class TestFigureExtractor : public QObject
{
    Q_OBJECT

private slots:
    void cases_data();
    void cases();
    void sameAfterAnEarlierLine_data() { cases_data(); }
    void sameAfterAnEarlierLine();
    void sameInsideALongerText_data() { cases_data(); }
    void sameInsideALongerText();
    void negatives_data();
    void negatives();
    void corpusWellFormed_data();
    void corpusWellFormed();
    void seedRequired_data();
    void seedRequired();
    void relativeDates_data();
    void relativeDates();
    void exactDecimalValues_data();
    void exactDecimalValues();
    void letterSignsOpenSums_data();
    void letterSignsOpenSums();
    void threadSafety();
};

void TestFigureExtractor::cases_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("valueMax");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<bool>("retracted");
    QTest::addColumn<QDate>("articleDate");

    const auto rows = readTable(dataPath("cases.tsv"));
    QVERIFY2(rows.size() > 100, "cases.tsv is missing or short");
    for (const auto &row : rows) {
        const QStringList c = row.second;
        QVERIFY2(c.size() >= 8, qPrintable(QStringLiteral("cases.tsv line %1: %2 columns").arg(row.first).arg(c.size())));
        auto opt = [](const QString &s) { return s == QLatin1String("-") ? QString() : s; };
        const QDate date = c.size() > 8 ? QDate::fromString(c.at(8), Qt::ISODate) : QDate();
        QTest::newRow(qPrintable(QStringLiteral("L%1 %2").arg(row.first).arg(c.at(1))))
            << c.at(0) << c.at(1) << c.at(2) << opt(c.at(3)) << opt(c.at(4)) << c.at(5) << c.at(6)
            << (c.at(7) == QLatin1String("yes")) << date;
    }
}

// Checks the current row of cases_data() on `prefix` followed by its sentence.
void checkCase(const QString &prefix, const QString &suffix = QString())
{
    QFETCH(QString, sentence);
    QFETCH(QString, span);
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(QString, valueMax);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);
    QFETCH(bool, retracted);
    QFETCH(QDate, articleDate);

    const QString text = prefix + sentence + suffix;
    const FigureExtractor extractor;
    const QList<Figure> figures = extractor.extract(text, articleDate);
    checkWellFormed(text, figures);
    const Figure *found = nullptr;
    for (const Figure &f : figures) {
        if (f.start >= prefix.size() && text.mid(f.start, f.length()) == span) {
            found = &f;
            break;
        }
    }
    QVERIFY2(found, qPrintable(QStringLiteral("no figure '%1'; got %2").arg(span, describe(text, figures))));
    QCOMPARE(kindName(found->kind), kind);
    QCOMPARE(found->unit, unit);
    if (found->kind == FigureKind::Date) {
        QCOMPARE(found->date, value);
        QCOMPARE(found->dateMax, valueMax);
    } else {
        QVERIFY2(sameValue(found->value, value.toDouble()),
                 qPrintable(QStringLiteral("value %1, expected %2").arg(found->value, 0, 'g', 15).arg(value)));
        if (valueMax.isEmpty()) {
            QVERIFY2(!found->valueMax, "unexpected value_max");
        } else {
            QVERIFY2(found->valueMax, "value_max missing");
            QVERIFY2(sameValue(*found->valueMax, valueMax.toDouble()),
                     qPrintable(QStringLiteral("value_max %1, expected %2").arg(*found->valueMax, 0, 'g', 15).arg(valueMax)));
        }
    }
    QCOMPARE(qualifierName(found->qualifier), qualifier);
    QCOMPARE(found->retracted, retracted);
}

void TestFigureExtractor::cases()
{
    checkCase(QString());
}

// The same sentences after a line without figures: a word is then read with
// text before it (the keyword packing loads the 16 units that end a word, so
// a word near the start of the text takes another path), and nothing on an
// earlier line may change what a sentence yields.
void TestFigureExtractor::sameAfterAnEarlierLine()
{
    checkCase(QStringLiteral("Filed under company news and market analysis\n\n"));
}

// The same sentences inside a text of several hundred units, at several
// offsets: the scanner reads long texts 64 units at a time from bit masks
// (only the last units one at a time), so a sentence's words and signs then
// fall at every place of a block, and words run across block ends.
void TestFigureExtractor::sameInsideALongerText()
{
    const QString line = QStringLiteral("Filed under company news and market analysis\n\n");
    const QString after = QStringLiteral("\n\nRead more about the companies named here in our archive of earlier news.\n");
    for (int pad = 0; pad < 70; pad += 3) {
        // a run of letters moves the sentence; 64 of them fill a block
        checkCase(QString(pad, u'x') + QLatin1Char(' ') + line, after + after);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestFigureExtractor::negatives_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("kind");

    const auto rows = readTable(dataPath("negatives.tsv"));
    QVERIFY2(rows.size() > 30, "negatives.tsv is missing or short");
    for (const auto &row : rows) {
        const QStringList c = row.second;
        QVERIFY2(c.size() >= 2, qPrintable(QStringLiteral("negatives.tsv line %1").arg(row.first)));
        QTest::newRow(qPrintable(QStringLiteral("L%1 %2").arg(row.first).arg(c.at(0).left(40))))
            << c.at(0) << c.at(1);
    }
}

// Each row: a sentence and the kind it must not yield ("any": no figure at all).
void TestFigureExtractor::negatives()
{
    QFETCH(QString, sentence);
    QFETCH(QString, kind);

    const FigureExtractor extractor;
    const QList<Figure> figures = extractor.extract(sentence);
    checkWellFormed(sentence, figures);
    for (const Figure &f : figures) {
        QVERIFY2(kind != QLatin1String("any") && kindName(f.kind) != kind,
                 qPrintable(QStringLiteral("unexpected %1").arg(describe(sentence, {f}))));
    }
}

void TestFigureExtractor::corpusWellFormed_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("bySentence");
    const QStringList files = corpusFiles();
    QCOMPARE(files.size(), 5);
    for (const QString &path : files) {
        const QString name = QFileInfo(path).fileName();
        QTest::newRow(qPrintable(name + QStringLiteral(" whole"))) << path << false;
        QTest::newRow(qPrintable(name + QStringLiteral(" sentences"))) << path << true;
    }
}

// Every figure of every corpus file (and of each of its sentences on its
// own) is a clean span: in order, no overlap, no padding, no cut words.
void TestFigureExtractor::corpusWellFormed()
{
    QFETCH(QString, path);
    QFETCH(bool, bySentence);
    const QString text = readDecodedFile(path);
    QVERIFY(!text.isEmpty());
    const FigureExtractor extractor;
    if (!bySentence) {
        const QList<Figure> figures = extractor.extract(text);
        QVERIFY(figures.size() >= 10);
        checkWellFormed(text, figures);
        return;
    }
    const QStringList sentences = text.split(QRegularExpression(QStringLiteral("(?<=[.!?])\\s+|\\n")),
                                             Qt::SkipEmptyParts);
    QVERIFY(sentences.size() > 10);
    int total = 0;
    for (const QString &sentence : sentences) {
        const QList<Figure> figures = extractor.extract(sentence, QDate(2025, 11, 4));
        checkWellFormed(sentence, figures);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("in: ") + sentence));
        total += figures.size();
    }
    QVERIFY(total >= 10);
}

void TestFigureExtractor::seedRequired_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<bool>("retracted");

    // Written from /work/shared/checks/seed_extract.py (REQUIRED) and
    // seed-facts.md; "" for a qualifier means any.
    const struct { const char *prefix, *span, *kind, *value, *unit, *qualifier; bool retracted; } rows[] = {
        {"000", "$100 billion", "money", "100e9", "USD", "exact", false},
        {"000", "eight years", "duration", "8", "years", "exact", false},
        {"000", "$50 billion", "money", "50e9", "USD", "", false},
        {"000", "$15 billion", "money", "15e9", "USD", "", false},
        {"000", "$35 billion", "money", "35e9", "USD", "", false},
        {"000", "$38 billion", "money", "38e9", "USD", "", false},
        {"000", "$110 billion", "money", "110e9", "USD", "", false},
        {"000", "$730 billion", "money", "730e9", "USD", "", false},
        {"000", "$30 billion", "money", "30e9", "USD", "", false},
        {"000", "two gigawatts", "power", "2e9", "W", "approx", false},
        {"001", "$8 billion", "money", "8e9", "USD", "lower_bound", false},
        {"001", "$22.4 billion", "money", "22.4e9", "USD", "", false},
        {"001", "$600 billion", "money", "600e9", "USD", "approx", false},
        {"001", "$600 million", "money", "600e6", "USD", "", true},
        {"001", "2 gigawatts", "power", "2e9", "W", "approx", false},
        {"001", "Thursday", "date", "", "unresolved", "", false},
        {"002", "$50 billion", "money", "50e9", "USD", "upper_bound", false},
        {"002", "$250 billion", "money", "250e9", "USD", "", false},
        {"002", "27%", "percent", "27", "%", "exact", false},
        {"002", "30-40%", "percent", "30", "%", "range", false},
        {"002", "October 2025", "date", "2025-10", "month", "exact", false},
        {"003", "$38 billion", "money", "38e9", "USD", "", false},
        {"003", "$250B", "money", "250e9", "USD", "", false},
        {"003", "~$1.4T", "money", "1.4e12", "USD", "approx", false},
        {"003", "~30 GW", "power", "30e9", "W", "approx", false},
        {"003", ">$360B", "money", "360e9", "USD", "lower_bound", false},
        {"003", "500,000 chips", "count", "500000", "chips", "lower_bound", false},
        {"003", "November 3, 2025", "date", "2025-11-03", "day", "exact", false},
        {"003", "2019\u20132023", "date", "2019", "year", "range", false},
        {"003", "end-2026", "date", "2026-12", "month", "approx", false},
        {"003", "2027+", "date", "2027", "year", "lower_bound", false},
        {"003", "Oct 2025", "date", "2025-10", "month", "approx", false},
        {"003", "18 months", "duration", "1.5", "years", "exact", false},
        {"003", "tens of millions of CPUs", "count", "1e7", "CPUs", "vague", false},
        {"003", "last week", "date", "", "unresolved", "", false},
        {"004", "$1 billion", "money", "1e9", "USD", "", false},
        {"004", "$13 billion", "money", "13e9", "USD", "", false},
        {"004", "$2 billion", "money", "2e9", "USD", "upper_bound", false},
        {"004", "$6.6 billion", "money", "6.6e9", "USD", "", false},
        {"004", "$157 billion", "money", "157e9", "USD", "", false},
        {"004", "October 2024", "date", "2024-10", "month", "exact", false},
        {"004", "3\u20135 year", "duration", "3", "years", "range", false},
        {"004", "(2023)", "date", "2023", "year", "exact", false},
    };
    for (const auto &r : rows) {
        QTest::newRow(qPrintable(QString::fromLatin1(r.prefix) + QLatin1Char(' ') + QString::fromUtf8(r.span)))
            << QString::fromLatin1(r.prefix) << QString::fromUtf8(r.span) << QString::fromLatin1(r.kind)
            << QString::fromLatin1(r.value) << QString::fromLatin1(r.unit) << QString::fromLatin1(r.qualifier)
            << r.retracted;
    }
}

void TestFigureExtractor::seedRequired()
{
    QFETCH(QString, prefix);
    QFETCH(QString, span);
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);
    QFETCH(bool, retracted);

    QString path;
    for (const QString &p : corpusFiles()) {
        if (QFileInfo(p).fileName().startsWith(prefix))
            path = p;
    }
    QVERIFY(!path.isEmpty());
    const QString text = readDecodedFile(path);
    const QList<Figure> figures = FigureExtractor().extract(text);
    // "(2023)" names the year inside the brackets
    const QString wanted = span.startsWith(QLatin1Char('(')) ? span.mid(1, span.size() - 2) : span;
    bool matched = false;
    QStringList seen;
    for (const Figure &f : figures) {
        if (text.mid(f.start, f.length()) != wanted)
            continue;
        if (f.start > 0 && span.startsWith(QLatin1Char('(')) && text.at(f.start - 1) != QLatin1Char('('))
            continue;
        seen.append(describe(text, {f}));
        if (kindName(f.kind) != kind || f.unit != unit || f.retracted != retracted)
            continue;
        if (!qualifier.isEmpty() && qualifierName(f.qualifier) != qualifier)
            continue;
        if (f.kind == FigureKind::Date ? f.date != value : !sameValue(f.value, value.toDouble()))
            continue;
        matched = true;
    }
    QVERIFY2(matched, qPrintable(QStringLiteral("candidates: ") + seen.join(QLatin1Char(' '))));
}

void TestFigureExtractor::relativeDates_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QDate>("articleDate");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("unit");

    // 2025-11-06 is a Thursday; 2026-03-02 a Monday.
    QTest::newRow("same weekday") << QStringLiteral("The deal was signed on Thursday.") << QDate(2025, 11, 6)
                                  << QStringLiteral("Thursday") << QStringLiteral("2025-11-06") << QStringLiteral("day");
    QTest::newRow("earlier weekday") << QStringLiteral("Shares slid on Friday after the filing.") << QDate(2026, 3, 2)
                                     << QStringLiteral("Friday") << QStringLiteral("2026-02-27") << QStringLiteral("day");
    QTest::newRow("no anchor") << QStringLiteral("The board met on Tuesday.") << QDate()
                               << QStringLiteral("Tuesday") << QString() << QStringLiteral("unresolved");
    QTest::newRow("yesterday") << QStringLiteral("Regulators approved it yesterday.") << QDate(2024, 3, 1)
                               << QStringLiteral("yesterday") << QStringLiteral("2024-02-29") << QStringLiteral("day");
    QTest::newRow("last week") << QStringLiteral("The talks collapsed last week.") << QDate(2025, 11, 3)
                               << QStringLiteral("last week") << QStringLiteral("2025-10") << QStringLiteral("month");
    QTest::newRow("last month") << QStringLiteral("It filed last month.") << QDate(2025, 1, 15)
                                << QStringLiteral("last month") << QStringLiteral("2024-12") << QStringLiteral("month");
    QTest::newRow("next year") << QStringLiteral("Closing is expected next year.") << QDate(2025, 6, 1)
                               << QStringLiteral("next year") << QStringLiteral("2026") << QStringLiteral("year");
    QTest::newRow("this year") << QStringLiteral("Sales rose this year.") << QDate()
                               << QStringLiteral("this year") << QString() << QStringLiteral("unresolved");
    QTest::newRow("months ahead") << QStringLiteral("More cuts may follow in the months ahead.") << QDate(2025, 5, 20)
                                  << QStringLiteral("the months ahead") << QStringLiteral("2025-05") << QStringLiteral("month");
    QTest::newRow("day without year") << QStringLiteral("The vote is on March 14.") << QDate(2025, 2, 10)
                                      << QStringLiteral("March 14") << QStringLiteral("2025-03-14") << QStringLiteral("day");
    QTest::newRow("day without year, previous year") << QStringLiteral("It closed on December 28.") << QDate(2025, 1, 5)
                                                     << QStringLiteral("December 28") << QStringLiteral("2024-12-28") << QStringLiteral("day");
    QTest::newRow("last May") << QStringLiteral("It raised $450 million last May.") << QDate(2024, 2, 20)
                              << QStringLiteral("last May") << QStringLiteral("2023-05") << QStringLiteral("month");
    QTest::newRow("last March, this year") << QStringLiteral("The plant opened last March.") << QDate(2024, 11, 2)
                                           << QStringLiteral("last March") << QStringLiteral("2024-03") << QStringLiteral("month");
    QTest::newRow("next January") << QStringLiteral("Deliveries begin next January.") << QDate(2024, 1, 10)
                                  << QStringLiteral("next January") << QStringLiteral("2025-01") << QStringLiteral("month");
    QTest::newRow("last May, no anchor") << QStringLiteral("It raised $450 million last May.") << QDate()
                                         << QStringLiteral("last May") << QString() << QStringLiteral("unresolved");
    QTest::newRow("day without year, no anchor") << QStringLiteral("It closed on December 28.") << QDate()
                                                 << QStringLiteral("December 28") << QString() << QStringLiteral("unresolved");
}

void TestFigureExtractor::relativeDates()
{
    QFETCH(QString, sentence);
    QFETCH(QDate, articleDate);
    QFETCH(QString, span);
    QFETCH(QString, date);
    QFETCH(QString, unit);
    const QList<Figure> figures = FigureExtractor().extract(sentence, articleDate);
    const Figure *found = nullptr;
    for (const Figure &f : figures) {
        if (sentence.mid(f.start, f.length()) == span)
            found = &f;
    }
    QVERIFY2(found, qPrintable(describe(sentence, figures)));
    QCOMPARE(found->kind, FigureKind::Date);
    QCOMPARE(found->date, date);
    QCOMPARE(found->unit, unit);
}

// A decimal with a scale is the double nearest to the number written: the
// same value as the literal, compared exactly (the cases above compare
// with a tolerance).
void TestFigureExtractor::exactDecimalValues_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<double>("value");
    QTest::newRow("billions, three decimals") << QStringLiteral("It paid $4.357 billion in cash.") << 4357000000.0;
    QTest::newRow("glued code") << QStringLiteral("The price is EUR4.357 billion.") << 4357000000.0;
    QTest::newRow("trillions") << QStringLiteral("Its value reached $1.15 trillion.") << 1150000000000.0;
    QTest::newRow("crore") << QStringLiteral("The startup raised Rs 239.4 crore.") << 2394000000.0;
    QTest::newRow("crore shortened, capital") << QStringLiteral("The lender sold shares worth INR 913.7 Cr.") << 9137000000.0;
    QTest::newRow("millions, two decimals") << QStringLiteral("A fee of £12.35m was paid.") << 12350000.0;
    QTest::newRow("gigawatts") << QStringLiteral("The site will draw 4.6 GW of power.") << 4600000000.0;
    QTest::newRow("percent") << QStringLiteral("Margins rose to 27.35% last year.") << 27.35;
    QTest::newRow("count") << QStringLiteral("It ordered 1.2 million GPUs.") << 1200000.0;
    QTest::newRow("pence") << QStringLiteral("The shares closed at 55.5p on Friday.") << 0.555;
}

void TestFigureExtractor::exactDecimalValues()
{
    QFETCH(QString, sentence);
    QFETCH(double, value);
    const QList<Figure> figures = FigureExtractor().extract(sentence, QDate(2025, 11, 3));
    QVERIFY2(!figures.isEmpty(), qPrintable(sentence));
    QVERIFY2(figures.first().value == value,
             qPrintable(QStringLiteral("%1 != %2").arg(figures.first().value, 0, 'g', 17).arg(value, 0, 'g', 17)));
}

// extract() is const and keeps no state: the same text gives the same
// figures from several threads at once.
// The scanner skips words by their first two letters before it asks for a
// currency sign: every sign written with letters ("US$", "Rs", "RM") must
// still open a sum, inside a sentence and at the start of the text.
void TestFigureExtractor::letterSignsOpenSums_data()
{
    QTest::addColumn<QString>("sign");
    const QList<QStringView> signs = CurrencyTable::letterSigns();
    QVERIFY(signs.size() >= 10);
    for (const QStringView sign : signs)
        QTest::newRow(qPrintable(sign.toString())) << sign.toString();
}

void TestFigureExtractor::letterSignsOpenSums()
{
    QFETCH(QString, sign);
    QVERIFY(sign.front().isLetter());
    for (const QString &before : {QString(), QStringLiteral("The fund put ")}) {
        const QString text = before + sign + QStringLiteral("5 billion into the project.");
        const QList<Figure> figures = FigureExtractor().extract(text, QDate(2025, 11, 3));
        QVERIFY2(!figures.isEmpty(), qPrintable(text));
        const Figure &f = figures.first();
        QCOMPARE(f.kind, FigureKind::Money);
        QCOMPARE(text.mid(f.start, f.length()), sign + QStringLiteral("5 billion"));
        QCOMPARE(f.value, 5e9);
        QCOMPARE(f.unit.size(), 3);
    }
}

void TestFigureExtractor::threadSafety()
{
    const QString text = readDecodedFile(corpusFiles().value(3));
    const FigureExtractor extractor;
    const QList<Figure> expected = extractor.extract(text);
    QList<QList<Figure>> results(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 20; ++i)
                results[t] = extractor.extract(text);
        });
    for (auto &th : threads)
        th.join();
    for (const auto &r : results) {
        QCOMPARE(r.size(), expected.size());
        for (qsizetype i = 0; i < r.size(); ++i) {
            QCOMPARE(r[i].start, expected[i].start);
            QCOMPARE(r[i].end, expected[i].end);
            QCOMPARE(r[i].value, expected[i].value);
        }
    }
}

QTEST_GUILESS_MAIN(TestFigureExtractor)
#include "tst_figureextractor.moc"
