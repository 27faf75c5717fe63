// SPDX-License-Identifier: GPL-3.0-or-later
#include "excludedregionfinder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace DealScope;

// Expected regions are written as "reason|exact text"; the text is looked up
// from the end, so a repeated block names its later copy.
using Expectations = QStringList;

class TestExcludedRegionFinder : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void inlineTexts_data();
    void inlineTexts();
    void corpus_data();
    void corpus();
    void furnitureLines_data();
    void furnitureLines();
    void largeTextIsFast();

private:
    static void compareRegions(const QString &text, const Expectations &expected);
};

namespace {

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

ExclusionReason reasonFrom(const QString &name)
{
    if (name == QLatin1String("teaser"))
        return ExclusionReason::Teaser;
    if (name == QLatin1String("repeat"))
        return ExclusionReason::Repeat;
    return ExclusionReason::Furniture;
}

} // namespace

void TestExcludedRegionFinder::compareRegions(const QString &text, const Expectations &expected)
{
    const QList<ExcludedRegion> regions = ExcludedRegionFinder().find(text);
    QStringList actual;
    for (const ExcludedRegion &r : regions)
        actual << exclusionReasonName(r.reason) + QLatin1Char('|') + text.mid(r.start, r.end - r.start);
    QCOMPARE(actual, expected);
    // And the offsets are where that text stands.
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString part = expected.at(i).section(QLatin1Char('|'), 1);
        QCOMPARE(regions.at(i).start, text.lastIndexOf(part));
        QCOMPARE(regions.at(i).reason, reasonFrom(expected.at(i).section(QLatin1Char('|'), 0, 0)));
    }
}

void TestExcludedRegionFinder::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Expectations>("expected");

    QTest::newRow("FAQ and key figures repeat the story")
        << QStringLiteral("repeat_faq.txt")
        << Expectations{QStringLiteral(
               "repeat|FAQ\n\n"
               "    Q: How much is Nordic Telecom paying?\n"
               "    → Nordic Telecom said on Monday it had agreed to buy Baltic Fibre, the largest fibre network "
               "operator in Latvia and Lithuania, for €2.1 billion in cash.\n"
               "    Q: When will it close?\n"
               "    → Nordic Telecom expects the transaction to close in the second half of 2026.\n\n"
               "Key figures\n"
               "- The price includes roughly  €600 million of debt and values the target at about 11 times its "
               "core earnings.")};
    QTest::newRow("furniture inside and after the story")
        << QStringLiteral("furniture_mid.txt")
        << Expectations{QStringLiteral("furniture|Advertisement"),
                        QStringLiteral("furniture|Related: Banco Meridional posts record quarterly profit"),
                        QStringLiteral("furniture|Sign up for our free morning newsletter\nFollow us on LinkedIn\n"
                                       "Share this article\n\n"
                                       "Read the full story and more analysis in our weekly edition")};
    QTest::newRow("teaser after the credits line")
        << QStringLiteral("teaser_credits.txt")
        << Expectations{QStringLiteral("furniture|(Reporting by Min-jun Park; Editing by Laura Grant)"),
                        QStringLiteral("teaser|Dutch chip equipment maker ASML lifts sales outlook on strong "
                                       "demand from Taiwan."),
                        QStringLiteral("furniture|Get the latest markets news delivered to your inbox")};
    QTest::newRow("headline teaser without a marker")
        << QStringLiteral("teaser_no_marker.txt")
        << Expectations{QStringLiteral("teaser|Boeing shares slump as airline customers delay deliveries of "
                                       "long-haul jets."),
                        QStringLiteral("furniture|Read more")};
    QTest::newRow("headlines listed under 'Read more:'")
        << QStringLiteral("read_more_list.txt")
        << Expectations{QStringLiteral("furniture|Read more:"),
                        QStringLiteral("teaser|Siemens Energy cuts 4,100 jobs at its wind turbine unit\n"
                                       "Siemens Energy to sell stake in Indian unit for $2 billion"),
                        QStringLiteral("furniture|Follow us for more energy news.")};
    QTest::newRow("teasers under 'Similar News:' with their blurbs")
        << QStringLiteral("similar_news_blocks.txt")
        << Expectations{QStringLiteral("furniture|Similar News: You can also read news stories similar to this one that we "
                                       "have collected from other sources."),
                        QStringLiteral("teaser|Airbus cuts delivery goal as engine shortages bite\nThe planemaker trimmed "
                                       "its delivery target to 770 jets after supplier delays. Analysts had expected the cut."
                                       "\n\nAirbus shares hit record after $9 billion buyback plan\nThe company will "
                                       "return cash to investors over three years. Its shares rose 4% in Paris."),
                        QStringLiteral("furniture|Read more »")};
    QTest::newRow("a concluding paragraph stays") << QStringLiteral("conclusion_kept.txt") << Expectations{};
    QTest::newRow("summary bullets before the story stay") << QStringLiteral("summary_first.txt")
                                                           << Expectations{};
}

void TestExcludedRegionFinder::fixtures()
{
    QFETCH(QString, file);
    QFETCH(Expectations, expected);
    const QString text = readUtf8(QStringLiteral(DEALSCOPE_TEST_DATA "/reading/") + file);
    QVERIFY(!text.isEmpty());
    compareRegions(text, expected);
}

void TestExcludedRegionFinder::inlineTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Expectations>("expected");

    const QString story = QStringLiteral(
        "Airline group SkyBridge orders 40 narrow-body jets worth $4.8 billion at list prices.\n"
        "The order, announced at the Farnborough air show, includes options for 20 more aircraft.\n"
        "SkyBridge said the jets would replace older models from 2028 and cut fuel use by a fifth.\n");

    QTest::newRow("nothing to exclude") << story << Expectations{};
    QTest::newRow("empty text") << QString() << Expectations{};
    QTest::newRow("pull quote repeated with other white space")
        << QString(story + QStringLiteral("  >  The order,   announced at the Farnborough air show, includes options "
                                          "for 20 more aircraft.\nAnalysts expect more orders this week.\n"))
        << Expectations{QStringLiteral("repeat|>  The order,   announced at the Farnborough air show, includes "
                                       "options for 20 more aircraft.")};
    QTest::newRow("a repeated sentence inside a new paragraph")
        << QString(story + QStringLiteral("Leasing firms were surprised. SkyBridge said the jets would replace older "
                                          "models from 2028 and cut fuel use by a fifth. Its shares rose.\n"))
        << Expectations{QStringLiteral("repeat|SkyBridge said the jets would replace older models from 2028 and cut "
                                       "fuel use by a fifth.")};
    QTest::newRow("short common sentence repeated stays")
        << QString(story + QStringLiteral("The company declined to comment.\nA rival bid is possible.\n"
                                          "The company declined to comment.\n"))
        << Expectations{};
    QTest::newRow("app promo and closing byline")
        << QString(story + QStringLiteral("\nGet it on Google Play\nPublished by Runway Weekly - News for flyers.\n"))
        << Expectations{QStringLiteral("furniture|Get it on Google Play\n"
                                       "Published by Runway Weekly - News for flyers.")};
    QTest::newRow("story paragraph after an editor's note stays")
        << QString(story + QStringLiteral("Editor's note: this story was updated with comment from the lessor.\n"
                                          "A spokesperson for SkyBridge said the order would be financed through "
                                          "sale-and-leaseback deals with several banks.\n"))
        << Expectations{};
    QTest::newRow("headlines under a related heading")
        << QString(story + QStringLiteral("More on this\nFreight rates climb for a third month\n"
                                          "Rail union calls off planned strike\n"))
        << Expectations{QStringLiteral("furniture|More on this"),
                        QStringLiteral("teaser|Freight rates climb for a third month\n"
                                       "Rail union calls off planned strike")};
    QTest::newRow("title is never furniture")
        << QStringLiteral("Read the room: why investors cooled on airline stocks\nAirline shares have fallen for "
                          "six weeks.\nFuel prices rose again.\nLeasing rates are climbing.\n")
        << Expectations{};
}

void TestExcludedRegionFinder::inlineTexts()
{
    QFETCH(QString, text);
    QFETCH(Expectations, expected);
    compareRegions(text, expected);
}

void TestExcludedRegionFinder::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Expectations>("starts"); // "reason|first words…last words"

    QTest::newRow("000: headline paragraph and story stay") << QStringLiteral("000_c181199ae6ff16d4.txt")
                                                           << Expectations{};
    QTest::newRow("001: summary bullets and correction stay") << QStringLiteral("001_f7f9d96567a82871.txt")
                                                              << Expectations{};
    QTest::newRow("002: repeated sections and app promo")
        << QStringLiteral("002_cd7fcfe711bbb389.txt")
        << Expectations{QStringLiteral("repeat|Key numbers…Department of Defense broke down."),
                        QStringLiteral("furniture|Get your own daily briefing…Be the smartest in the room.")};
    QTest::newRow("003: teaser and roundup link")
        << QStringLiteral("003_be934c5fbb9bf2b3.txt")
        << Expectations{QStringLiteral("teaser|Nvidia becomes first company…record AI-fueled growth."),
                        QStringLiteral("furniture|Read a comprehensive monthly roundup…latest AI news!")};
    QTest::newRow("004: nothing") << QStringLiteral("004_8feb137382a7a810.txt") << Expectations{};
}

void TestExcludedRegionFinder::corpus()
{
    QFETCH(QString, file);
    QFETCH(Expectations, starts);
    const QString text = readUtf8(QStringLiteral(DEALSCOPE_SOURCE_DIR "/resources/corpus/") + file);
    QVERIFY(!text.isEmpty());
    const QList<ExcludedRegion> regions = ExcludedRegionFinder().find(text);
    QStringList actual;
    for (const ExcludedRegion &r : regions) {
        const QString part = text.mid(r.start, r.end - r.start);
        const QString head = starts.value(actual.size()).section(QLatin1Char('|'), 1).section(QChar(0x2026), 0, 0);
        const QString tail = starts.value(actual.size()).section(QChar(0x2026), 1);
        actual << exclusionReasonName(r.reason) + QLatin1Char('|')
                + (part.startsWith(head) && part.endsWith(tail) ? head + QChar(0x2026) + tail : part);
    }
    QCOMPARE(actual, starts);
}

void TestExcludedRegionFinder::furnitureLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("atEnd");
    QTest::addColumn<bool>("furniture");

    QTest::newRow("advertisement") << QStringLiteral("ADVERTISEMENT") << false << true;
    QTest::newRow("read more arrow") << QStringLiteral("» Read more") << false << true;
    QTest::newRow("subscribe with price") << QStringLiteral("Subscribe for £1 a week") << false << true;
    QTest::newRow("newsletter") << QStringLiteral("Sign up for the Morning Brief newsletter") << false << true;
    QTest::newRow("follow on network") << QStringLiteral("Follow The Harbour Times on Bluesky") << false << true;
    QTest::newRow("app store") << QStringLiteral("Available on the App Store and Google Play") << false << true;
    QTest::newRow("see also label") << QStringLiteral("See also: Chipmaker cuts 2,000 jobs") << false << true;
    QTest::newRow("copyright") << QStringLiteral("© 2025 Harbour Media Ltd. All rights reserved.") << false << true;
    QTest::newRow("site byline at end") << QStringLiteral("Published by Harbour Times — Clear news daily")
                                        << true << true;
    QTest::newRow("site byline at top") << QStringLiteral("Published by Harbour Times") << false << false;
    // Lines that do not open like navigation still meet the rules that look anywhere in them.
    QTest::newRow("related heading, other opening") << QStringLiteral("Trending now") << false << true;
    QTest::newRow("app store, other opening") << QStringLiteral("Our app is available on the App Store")
                                              << false << true;
    QTest::newRow("credits in brackets") << QStringLiteral("(Reporting by Jane Doe; Editing by John Roe)") << false
                                         << true;
    QTest::newRow("reading time") << QStringLiteral("4 min read") << false << true;
    // The patterns are tried only on lines that may open with their first words: a curly
    // apostrophe inside that word, a bracket before it or a quotation mark opening the line.
    QTest::newRow("curly apostrophe") << QStringLiteral("Don’t miss our weekly briefing") << false << true;
    QTest::newRow("copyright in brackets") << QStringLiteral("(c) 2025 Harbour Media") << false << true;
    QTest::newRow("story: quoted label") << QStringLiteral("“Read more,” she said of the filings.") << false
                                         << false;
    QTest::newRow("story: app store named")
        << QStringLiteral("Regulators looked at how the App Store ranks apps.") << false << false;
    QTest::newRow("story: share prices") << QStringLiteral("Share prices fell sharply on Monday.") << false << false;
    QTest::newRow("story: get with figure") << QStringLiteral("Get ready for $5 billion more in write-downs")
                                            << false << false;
    QTest::newRow("story: analysts read") << QStringLiteral("Analysts read the results as a warning.") << false
                                          << false;
    QTest::newRow("story: long sentence")
        << QStringLiteral("Read together, the filings show the group spent €3.1 billion on buybacks, more than it "
                          "invested in its plants over the same period.")
        << false << false;
}

void TestExcludedRegionFinder::furnitureLines()
{
    QFETCH(QString, line);
    QFETCH(bool, atEnd);
    QFETCH(bool, furniture);
    QCOMPARE(ExcludedRegionFinder::isFurnitureLine(line, atEnd), furniture);
}

void TestExcludedRegionFinder::largeTextIsFast()
{
    // 20,000 distinct paragraphs then the first 10,000 again: linear work.
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("Paragraph %1 reports that the harbour authority moved %2 containers in week %1.\n")
                    .arg(i)
                    .arg(i * 7);
    const QString firstHalf = text.left(text.indexOf(QStringLiteral("Paragraph 10000 ")));
    text += firstHalf;
    QElapsedTimer timer;
    timer.start();
    const QList<ExcludedRegion> regions = ExcludedRegionFinder().find(text);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(regions.size(), 1);
    QCOMPARE(regions.first().reason, ExclusionReason::Repeat);
    QCOMPARE(regions.first().start, text.size() - firstHalf.size());
    QCOMPARE(regions.first().end, text.size() - 1); // the last newline is not part of it
}

QTEST_GUILESS_MAIN(TestExcludedRegionFinder)
#include "tst_excludedregionfinder.moc"
