// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlereader.h"
#include "syntheticcorpus.h"
#include "textdecoder.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace DealScope;

Q_DECLARE_METATYPE(DealScope::SyntheticCorpus::Format)

// The generator feeds benchmarks and robustness tests: it has to be
// reproducible, sized like real articles, varied, and always decodable.
class TestSyntheticCorpus : public QObject
{
    Q_OBJECT

private slots:
    void determinism_data();
    void determinism();
    void sizes_data();
    void sizes();
    void variety_data();
    void variety();
    void decodesWithFigures_data();
    void decodesWithFigures();
    void fileNames();
    void patterns();
    void truthCountsStoryAndRest();
};

void TestSyntheticCorpus::determinism_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<quint64>("index");
    QTest::newRow("seed 1, first article") << quint64(1) << quint64(0);
    QTest::newRow("seed 0, article 7") << quint64(0) << quint64(7);
    QTest::newRow("seed 42, article 99999") << quint64(42) << quint64(99999);
    QTest::newRow("largest seed") << quint64(0xffffffffffffffffULL) << quint64(123456);
}

void TestSyntheticCorpus::determinism()
{
    QFETCH(quint64, seed);
    QFETCH(quint64, index);
    const SyntheticCorpus corpus(seed);
    const SyntheticCorpus::GeneratedArticle first = corpus.article(index);

    // Same seed and index: same file, whatever was generated before.
    const SyntheticCorpus other(seed);
    for (quint64 i = 0; i < 5; ++i)
        other.article(index + 1 + i);
    const SyntheticCorpus::GeneratedArticle again = other.article(index);
    QCOMPARE(again.bytes, first.bytes);
    QCOMPARE(again.fileName, first.fileName);
    QCOMPARE(again.title, first.title);
    QCOMPARE(again.date, first.date);
    QCOMPARE(again.truth.story.total(), first.truth.story.total());
    QCOMPARE(again.truth.patterns, first.truth.patterns);

    // Another seed or another index: another article.
    QVERIFY(SyntheticCorpus(seed + 1).article(index).bytes != first.bytes);
    QVERIFY(corpus.article(index + 1).bytes != first.bytes);
}

void TestSyntheticCorpus::sizes_data()
{
    QTest::addColumn<SyntheticCorpus::Format>("format");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("plain text") << SyntheticCorpus::Format::PlainText << QStringLiteral("txt");
    QTest::newRow("markdown") << SyntheticCorpus::Format::Markdown << QStringLiteral("md");
    QTest::newRow("html") << SyntheticCorpus::Format::Html << QStringLiteral("html");
    QTest::newRow("mixed") << SyntheticCorpus::Format::Mixed << QString();
}

void TestSyntheticCorpus::sizes()
{
    QFETCH(SyntheticCorpus::Format, format);
    QFETCH(QString, suffix);
    const SyntheticCorpus corpus(2024, format);
    const int n = 500;
    qint64 total = 0;
    qsizetype smallest = 1 << 30;
    qsizetype largest = 0;
    int under2k = 0;
    int over8k = 0;
    for (int i = 0; i < n; ++i) {
        const SyntheticCorpus::GeneratedArticle a = corpus.article(quint64(i));
        if (!suffix.isEmpty())
            QCOMPARE(a.format, suffix);
        total += a.bytes.size();
        smallest = std::min(smallest, a.bytes.size());
        largest = std::max(largest, a.bytes.size());
        under2k += a.bytes.size() < 2000;
        over8k += a.bytes.size() > 8000;
    }
    // 1 to 12 KB (a little more for HTML markup), about 4 KB on average,
    // and really spread: short briefs and long features both occur.
    QVERIFY2(smallest >= 1000, qPrintable(QString::number(smallest)));
    QVERIFY2(largest <= 13000, qPrintable(QString::number(largest)));
    const double average = double(total) / n;
    QVERIFY2(average >= 3000 && average <= 5500, qPrintable(QString::number(average)));
    QVERIFY2(under2k >= 25, qPrintable(QString::number(under2k)));
    QVERIFY2(over8k >= 25, qPrintable(QString::number(over8k)));
}

void TestSyntheticCorpus::variety_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("minArticles"); // of 300 mixed articles
    // Currencies and their scales.
    QTest::newRow("dollar sign") << QStringLiteral("$") << 200;
    QTest::newRow("US$") << QStringLiteral("US$") << 20;
    QTest::newRow("euro sign") << QStringLiteral("€") << 20;
    QTest::newRow("pound sign") << QStringLiteral("£") << 20;
    QTest::newRow("yen sign") << QStringLiteral("¥") << 3;
    QTest::newRow("rupee sign") << QStringLiteral("₹") << 3;
    QTest::newRow("Rs") << QStringLiteral("Rs") << 3;
    QTest::newRow("Swiss francs") << QStringLiteral("CHF ") << 3;
    QTest::newRow("Australian dollars") << QStringLiteral("A$") << 3;
    QTest::newRow("billion") << QStringLiteral(" billion") << 150;
    QTest::newRow("million") << QStringLiteral(" million") << 100;
    QTest::newRow("bn") << QStringLiteral("bn ") << 50;
    QTest::newRow("trillion") << QStringLiteral("trillion") << 10;
    QTest::newRow("crore") << QStringLiteral(" crore") << 5;
    QTest::newRow("lakh crore") << QStringLiteral("lakh crore") << 1;
    // Qualifiers and ranges.
    QTest::newRow("up to") << QStringLiteral("up to ") << 50;
    QTest::newRow("at least") << QStringLiteral("at least ") << 10;
    QTest::newRow("more than") << QStringLiteral("more than ") << 10;
    QTest::newRow("roughly") << QStringLiteral("roughly ") << 10;
    QTest::newRow("tilde") << QStringLiteral("~") << 10;
    QTest::newRow("between … and") << QStringLiteral("between ") << 30;
    // Other kinds of figures.
    QTest::newRow("percent sign") << QStringLiteral("%") << 150;
    QTest::newRow("per cent") << QStringLiteral(" per cent") << 10;
    QTest::newRow("gigawatts") << QStringLiteral("gigawatts") << 20;
    QTest::newRow("GW") << QStringLiteral("GW") << 40;
    QTest::newRow("megawatts") << QStringLiteral("megawatts") << 10;
    QTest::newRow("MW") << QStringLiteral("MW") << 30;
    QTest::newRow("GPUs") << QStringLiteral("GPUs") << 20;
    QTest::newRow("relative day") << QStringLiteral(" on Thursday") << 5;
    QTest::newRow("years") << QStringLiteral(" years") << 100;
    QTest::newRow("per share") << QStringLiteral(" share") << 30;
    // Corrections, quotes, furniture, HTML furniture.
    QTest::newRow("correction") << QStringLiteral(", not ") << 10;
    QTest::newRow("quote") << QStringLiteral("”") << 150;
    QTest::newRow("non-breaking space") << QStringLiteral("\u00a0") << 5;
    QTest::newRow("related stories") << QStringLiteral("Related stories") << 5;
    QTest::newRow("repeated block") << QStringLiteral("Key takeaways") << 3;
    QTest::newRow("copyright line") << QStringLiteral("All rights reserved") << 30;
    QTest::newRow("app promo") << QStringLiteral("App Store") << 5;
    QTest::newRow("html nav") << QStringLiteral("<nav>") << 30;
    QTest::newRow("JSON-LD") << QStringLiteral("application/ld+json") << 30;
    QTest::newRow("markdown heading") << QStringLiteral("## ") << 20;
    QTest::newRow("well-known investor") << QStringLiteral("Capital") << 30;
}

void TestSyntheticCorpus::variety()
{
    QFETCH(QString, needle);
    QFETCH(int, minArticles);
    const SyntheticCorpus corpus(77);
    int found = 0;
    for (int i = 0; i < 300; ++i)
        found += QString::fromUtf8(corpus.article(quint64(i)).bytes).contains(needle);
    QVERIFY2(found >= minArticles, qPrintable(QStringLiteral("%1 of 300 articles").arg(found)));
}

void TestSyntheticCorpus::decodesWithFigures_data()
{
    QTest::addColumn<SyntheticCorpus::Format>("format");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("plain text") << SyntheticCorpus::Format::PlainText << quint64(5);
    QTest::newRow("markdown") << SyntheticCorpus::Format::Markdown << quint64(6);
    QTest::newRow("html") << SyntheticCorpus::Format::Html << quint64(7);
    QTest::newRow("mixed") << SyntheticCorpus::Format::Mixed << quint64(8);
}

void TestSyntheticCorpus::decodesWithFigures()
{
    QFETCH(SyntheticCorpus::Format, format);
    QFETCH(quint64, seed);
    // A currency amount as the generator writes them: symbol or code, then digits.
    static const QRegularExpression amount(QStringLiteral(
        "(\\$|€|£|¥|₹|CHF |Rs\\.? |INR |USD |EUR |AUD )\\d|\\d (billion|million|crore) (dollars|euros|pounds|yen|Swiss|Australian)"));
    const SyntheticCorpus corpus(seed, format);
    for (int i = 0; i < 200; ++i) {
        const SyntheticCorpus::GeneratedArticle a = corpus.article(quint64(i));
        const TextDecoder::Result decoded = TextDecoder::decode(a.bytes);
        QVERIFY2(decoded.ok(), qPrintable(a.fileName + QLatin1Char(' ') + decoded.error));
        QVERIFY(!decoded.text.contains(QLatin1Char('\r')));
        QVERIFY2(decoded.text.contains(a.title), qPrintable(a.fileName));
        QVERIFY2(decoded.text.contains(amount), qPrintable(a.fileName));
        // And the reader takes every file, HTML included, with the story in its text.
        const ArticleReader::Result read = ArticleReader().readBytes(a.bytes, a.fileName);
        QVERIFY2(read.ok(), qPrintable(a.fileName + QLatin1Char(' ') + read.error));
        // (an HTML parser may turn &nbsp; into a plain space)
        QString title = a.title;
        title.replace(QChar(0x00a0), QLatin1Char(' '));
        QString text = read.article.text;
        text.replace(QChar(0x00a0), QLatin1Char(' '));
        QVERIFY2(text.contains(title), qPrintable(a.fileName));
        QVERIFY(read.article.text.size() < decoded.text.size() || a.format != QLatin1String("html"));
        QVERIFY(a.truth.story.money >= 1); // the lead always states the deal's amount
        QVERIFY(a.truth.story.total() >= 3);
        QVERIFY(a.date.isValid());
        QVERIFY(a.date >= QDate(2019, 1, 1) && a.date <= QDate(2026, 12, 31));
        QVERIFY(!a.publisher.isEmpty());
        QCOMPARE(a.truth.organisations.size(), 3);
        for (const QString &org : a.truth.organisations)
            QVERIFY(!org.trimmed().isEmpty());
    }
}

void TestSyntheticCorpus::fileNames()
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{6}_[a-z0-9-]+\\.(txt|md|html)$"));
    const SyntheticCorpus corpus(3);
    QSet<QString> names;
    QSet<QString> titles;
    QSet<QString> formats;
    for (int i = 0; i < 500; ++i) {
        const SyntheticCorpus::GeneratedArticle a = corpus.article(quint64(i));
        QVERIFY2(pattern.match(a.fileName).hasMatch(), qPrintable(a.fileName));
        QVERIFY(a.fileName.startsWith(QString::number(i).rightJustified(6, QLatin1Char('0'))));
        names.insert(a.fileName);
        titles.insert(a.title);
        formats.insert(a.format);
    }
    QCOMPARE(names.size(), 500);
    QVERIFY2(titles.size() >= 490, qPrintable(QString::number(titles.size())));
    QCOMPARE(formats, (QSet<QString>{QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("html")}));
}

void TestSyntheticCorpus::patterns()
{
    // The brief asks for at least 30 patterns, and they must all be in use.
    QVERIFY(SyntheticCorpus::storyPatternCount() >= 30);
    const SyntheticCorpus corpus(11);
    QSet<int> used;
    for (int i = 0; i < 300; ++i) {
        const QList<int> p = corpus.article(quint64(i)).truth.patterns;
        used.unite(QSet<int>(p.begin(), p.end()));
    }
    QCOMPARE(int(used.size()), SyntheticCorpus::storyPatternCount());
}

void TestSyntheticCorpus::truthCountsStoryAndRest()
{
    // Teasers and repeated blocks are counted apart from the story.
    const SyntheticCorpus corpus(12, SyntheticCorpus::Format::PlainText);
    int withTeasers = 0;
    int withRepeats = 0;
    int withCorrections = 0;
    for (int i = 0; i < 300; ++i) {
        const SyntheticCorpus::Truth t = corpus.article(quint64(i)).truth;
        if (t.teasers > 0) {
            ++withTeasers;
            QVERIFY(t.excluded.total() >= 0);
        }
        if (t.repeatedBlocks > 0) {
            ++withRepeats;
            QVERIFY(t.excluded.total() >= 1);
        }
        withCorrections += t.retracted > 0;
        QVERIFY(t.retracted <= t.story.money + t.story.percent);
    }
    QVERIFY(withTeasers >= 50);
    QVERIFY(withRepeats >= 20);
    QVERIFY(withCorrections >= 15);
}

QTEST_GUILESS_MAIN(TestSyntheticCorpus)
#include "tst_syntheticcorpus.moc"
