// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventbuilder.h"
#include "factreconciler.h"
#include "facttestbuilder.h"
#include "relationextractor.h"

#include <QTest>

using namespace DealScope;

namespace {

// Runs relation extraction and reconciliation over hand-built articles.
QList<Fact> factsOf(const QList<FactTestBuilder> &articles)
{
    QList<FactMention> all;
    for (int i = 0; i < articles.size(); ++i)
        all += RelationExtractor().extract(articles.at(i).extraction(), i);
    return FactReconciler::reconcile(all);
}

// "subject>object:metric@time/article#sentence.paragraph", one fact with one
// source; ids follow the list from 1.
QList<Fact> handFacts(const QStringList &specs)
{
    QList<Fact> out;
    for (const QString &spec : specs) {
        Fact f;
        f.id = out.size() + 1;
        f.subject = spec.section(u'>', 0, 0);
        f.object = spec.section(u'>', 1).section(u':', 0, 0);
        f.metric = metricFromName(spec.section(u':', 1).section(u'@', 0, 0)).value_or(Metric::Other);
        f.time = spec.section(u'@', 1).section(u'/', 0, 0);
        f.precision = timePrecisionOf(f.time);
        f.value = 1e9 * double(f.id);
        f.unit = QStringLiteral("USD");
        FactMention m;
        m.article = spec.section(u'/', 1).section(u'#', 0, 0);
        m.sentenceStart = spec.section(u'#', 1).section(u'.', 0, 0).toLongLong();
        m.paragraphStart = spec.section(u'.', -1).toLongLong();
        f.sources = {m};
        out.append(f);
    }
    return out;
}

// Events as their fact ids ("1+3"), sorted.
QStringList groupsOf(const QList<Event> &events)
{
    QStringList out;
    for (const Event &e : events) {
        QStringList ids;
        for (qint64 id : e.facts)
            ids << QString::number(id);
        ids.sort();
        out << ids.join(u'+');
    }
    out.sort();
    return out;
}

} // namespace

class TestEventBuilder : public QObject
{
    Q_OBJECT

private slots:
    void order_data();
    void order();
    void undatedFollowsWhatItExpands();
    void grouping_data();
    void grouping();
    void manyDealsStayApart();
    void formatValue_data();
    void formatValue();
};

void TestEventBuilder::order_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("entities");
    QTest::addColumn<QString>("figures");
    QTest::addColumn<QStringList>("expected"); // "date precision title"

    QTest::newRow("year before day of the same year, month at the start of its period")
        << QStringLiteral("Bosch invested €200 million in Lilium in March 2023.\n"
                          "Earlier, Bosch had invested €50 million in Lilium in 2023.\n"
                          "On 2 January 2023, Siemens invested €10 million in Volocopter.")
        << QStringLiteral("Bosch;Lilium;Siemens;Volocopter")
        << QStringLiteral("€200 million|2e8|EUR;March 2023|2023-03|month;€50 million|5e7|EUR;2023|2023|year;"
                          "2 January 2023|2023-01-02|day;€10 million|1e7|EUR")
        << QStringList{QStringLiteral("2023 year Bosch invests €50 million in Lilium"),
                       QStringLiteral("2023-01-02 day Siemens invests €10 million in Volocopter"),
                       QStringLiteral("2023-03 month Bosch invests €200 million in Lilium")};
    QTest::newRow("a raise and its valuation are one event")
        << QStringLiteral("Revolut raised $1 billion in July 2025 at a $75 billion valuation.")
        << QStringLiteral("Revolut")
        << QStringLiteral("$1 billion|1e9|USD;July 2025|2025-07|month;$75 billion|75e9|USD")
        << QStringList{QStringLiteral("2025-07 month Revolut raises $1 billion")};
    QTest::newRow("a stake in no named company ends with the stake")
        << QStringLiteral("Sanofi will own about 70% of the combined group.")
        << QStringLiteral("Sanofi") << QStringLiteral("70%|70|%|approx")
        << QStringList{QStringLiteral("undated undated Sanofi holds a 70% stake")};
    QTest::newRow("no date is never invented")
        << QStringLiteral("Bayer invests $3 billion in Cellix.")
        << QStringLiteral("Bayer;Cellix") << QStringLiteral("$3 billion|3e9|USD")
        << QStringList{QStringLiteral("undated undated Bayer invests $3 billion in Cellix")};
}

void TestEventBuilder::order()
{
    QFETCH(QString, text);
    QFETCH(QString, entities);
    QFETCH(QString, figures);
    QFETCH(QStringList, expected);
    FactTestBuilder b(text);
    b.entities(entities).figures(figures);
    QStringList got;
    for (const Event &e : EventBuilder::build(factsOf({b})))
        got << QStringLiteral("%1 %2 %3").arg(e.date.isEmpty() ? QStringLiteral("undated") : e.date,
                                               timePrecisionName(e.precision), e.title);
    QCOMPARE(got.join(QStringLiteral(" | ")), expected.join(QStringLiteral(" | ")));
}

void TestEventBuilder::undatedFollowsWhatItExpands()
{
    // Article one dates a cloud deal; article two, undated, expands it with an
    // investment and is placed after it, before a later dated event.
    FactTestBuilder one(QStringLiteral("On May 5, 2024, Fabrikam signed a $12 billion cloud contract with Contoso.\n"
                                       "In 2026 Fabrikam invested $1 billion in Tailspin."),
                        QStringLiteral("one.txt"));
    one.entities(QStringLiteral("Fabrikam;Contoso;Tailspin"))
        .figures(QStringLiteral("May 5, 2024|2024-05-05|day;$12 billion|12e9|USD;2026|2026|year;$1 billion|1e9|USD"));
    FactTestBuilder two(QStringLiteral("Contoso is investing $4 billion in Fabrikam. "
                                       "The deal expands the existing $12 billion cloud contract between the two companies."),
                        QStringLiteral("two.txt"));
    two.entities(QStringLiteral("Fabrikam;Contoso"))
        .figures(QStringLiteral("$4 billion|4e9|USD;$12 billion|12e9|USD"));
    const QList<Fact> facts = factsOf({one, two});
    const QList<Event> events = EventBuilder::build(facts);
    QStringList got;
    for (const Event &e : events)
        got << (e.date.isEmpty() ? QStringLiteral("undated") : e.date) + u' ' + e.title + u' ' + e.sources.join(u',');
    QCOMPARE(got, (QStringList{QStringLiteral("2024-05-05 Fabrikam commits $12 billion to Contoso compute one.txt,two.txt"),
                               QStringLiteral("undated Contoso invests $4 billion in Fabrikam two.txt"),
                               QStringLiteral("2026 Fabrikam invests $1 billion in Tailspin one.txt")}));
    QCOMPARE(events.at(1).after, events.at(0).id);
    QCOMPARE(events.at(1).precision, TimePrecision::Undated);
}

void TestEventBuilder::grouping_data()
{
    QTest::addColumn<QStringList>("facts");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one dated pair is one deal, whichever article")
        << QStringList{QStringLiteral("Volvo>Northvolt:investment@2023/a#0.0"),
                       QStringLiteral("Northvolt>Volvo:contract_value@2023/b#40.40")}
        << QStringList{QStringLiteral("1+2")};
    QTest::newRow("undated pair: one deal only within one article")
        << QStringList{QStringLiteral("Volvo>Northvolt:investment@/a#0.0"),
                       QStringLiteral("Volvo>Northvolt:stake_percent@/b#0.0"),
                       QStringLiteral("Volvo>Northvolt:stake_value@/a#300.200")}
        << QStringList{QStringLiteral("1+3"), QStringLiteral("2")};
    QTest::newRow("one sentence joins unrelated parties")
        << QStringList{QStringLiteral("Bosch>Lilium:investment@2024/a#10.0"),
                       QStringLiteral("Siemens>:valuation@2024/a#10.0")}
        << QStringList{QStringLiteral("1+2")};
    QTest::newRow("a paragraph joins facts sharing a party, not others")
        << QStringList{QStringLiteral("Bosch>Lilium:investment@2024/a#10.0"),
                       QStringLiteral("Lilium>:valuation@2024/a#90.0"),
                       QStringLiteral("Siemens>:valuation@2024/a#150.0")}
        << QStringList{QStringLiteral("1+2"), QStringLiteral("3")};
    QTest::newRow("another time is another event")
        << QStringList{QStringLiteral("Bosch>Lilium:investment@2024/a#10.0"),
                       QStringLiteral("Bosch>Lilium:investment@2025/a#10.0")}
        << QStringList{QStringLiteral("1"), QStringLiteral("2")};
    QTest::newRow("a shared party across articles is no link by itself")
        << QStringList{QStringLiteral("Bosch>Lilium:investment@2024/a#10.0"),
                       QStringLiteral("Lilium>Airbus:contract_value@2024/b#0.0"),
                       QStringLiteral("Airbus>:valuation@2024/b#0.0"),
                       QStringLiteral("Bosch>Lilium:stake_percent@2024/c#0.0")}
        << QStringList{QStringLiteral("1+4"), QStringLiteral("2+3")};
}

void TestEventBuilder::grouping()
{
    QFETCH(QStringList, facts);
    QFETCH(QStringList, expected);
    QCOMPARE(groupsOf(EventBuilder::build(handFacts(facts))), expected);
}

void TestEventBuilder::manyDealsStayApart()
{
    // 20,000 deals of distinct pairs, two facts each, in one article's
    // separate paragraphs: grouping is by keys, so this is quick.
    QStringList specs;
    for (int i = 0; i < 20000; ++i) {
        const QString pair = QStringLiteral("Buyer%1>Seller%1").arg(i);
        specs << pair + QStringLiteral(":investment@2024/a#%1.%1").arg(i * 100)
              << pair + QStringLiteral(":stake_percent@2024/a#%1.%2").arg(i * 100 + 50).arg(i * 100);
    }
    const QList<Event> events = EventBuilder::build(handFacts(specs));
    QCOMPARE(events.size(), 20000);
    QCOMPARE(events.first().facts.size(), 2);
    QCOMPARE(events.last().facts.size(), 2);
}

void TestEventBuilder::formatValue_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dollars") << 6.6e9 << QStringLiteral("USD") << QStringLiteral("$6.6 billion");
    QTest::newRow("pounds") << 3.7e9 << QStringLiteral("GBP") << QStringLiteral("£3.7 billion");
    QTest::newRow("francs") << 2.5e8 << QStringLiteral("CHF") << QStringLiteral("CHF 250 million");
    QTest::newRow("trillion") << 1.4e12 << QStringLiteral("USD") << QStringLiteral("$1.4 trillion");
    QTest::newRow("percent") << 27.0 << QStringLiteral("%") << QStringLiteral("27%");
    QTest::newRow("gigawatts") << 2e9 << QStringLiteral("W") << QStringLiteral("2 GW");
}

void TestEventBuilder::formatValue()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, expected);
    QCOMPARE(EventBuilder::formatValue(value, unit), expected);
}

QTEST_GUILESS_MAIN(TestEventBuilder)
#include "tst_eventbuilder.moc"
