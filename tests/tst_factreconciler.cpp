// SPDX-License-Identifier: GPL-3.0-or-later
#include "factreconciler.h"

#include <QTest>

#include <cmath>

using namespace DealScope;

namespace {

// "subject|object|metric|value|qualifier|when|article|quote[|flags]"; a value "1e9..5e9" is a range; flags: retracted, ratio,
// speculation, excluded, earlier (said of a time before); articles "a.txt@2025-01-02" carry a publication date.
FactMention mention(const QString &spec, int order)
{
    const QStringList p = spec.split(u'|');
    FactMention m;
    m.subject = p.value(0);
    m.object = p.value(1);
    m.metric = metricFromName(p.value(2)).value_or(Metric::Other);
    m.value = p.value(3).section(QStringLiteral(".."), 0, 0).toDouble();
    if (p.value(3).contains(QStringLiteral("..")))
        m.valueMax = p.value(3).section(QStringLiteral(".."), 1).toDouble();
    const QString q = p.value(4);
    m.qualifier = q == QStringLiteral("approx") ? Qualifier::Approx
        : q == QStringLiteral("range")          ? Qualifier::Range
        : q == QStringLiteral("upper_bound")    ? Qualifier::UpperBound
        : q == QStringLiteral("lower_bound")    ? Qualifier::LowerBound
        : q == QStringLiteral("vague")          ? Qualifier::Vague
                                                : Qualifier::Exact;
    m.time = p.value(5);
    m.precision = timePrecisionOf(m.time);
    m.article = p.value(6).section(u'@', 0, 0);
    m.articleDate = QDate::fromString(p.value(6).section(u'@', 1), Qt::ISODate);
    m.articleOrder = order;
    m.quote = p.value(7);
    m.start = 10 * order + m.quote.size();
    m.end = m.start + 5;
    m.unit = QStringLiteral("USD");
    const QString flags = p.value(8);
    m.retracted = flags.contains(QStringLiteral("retracted"));
    m.derivedRatio = flags.contains(QStringLiteral("ratio"));
    m.speculation = flags.contains(QStringLiteral("speculation"));
    m.excluded = flags.contains(QStringLiteral("excluded"));
    m.refersToEarlier = flags.contains(QStringLiteral("earlier"));
    return m;
}

QList<FactMention> mentions(const QStringList &specs)
{
    QList<FactMention> out;
    for (int i = 0; i < specs.size(); ++i)
        out.append(mention(specs.at(i), i));
    return out;
}

// "metric value when status sources" per fact, sorted, for comparison with a hand-written list.
QStringList describe(const QList<Fact> &facts)
{
    QStringList out;
    for (const Fact &f : facts)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(f.subject, metricName(f.metric), QString::number(f.value, 'g', 12),
                        f.time.isEmpty() ? QStringLiteral("undated") : f.time, factStatusName(f.status))
                   .arg(f.sources.size());
    out.sort();
    return out;
}

} // namespace

class TestFactReconciler : public QObject
{
    Q_OBJECT

private slots:
    void reconcile_data();
    void reconcile();
    void alternativesPointAtEachOther();
    void alternativesInAFamilyOfManyFacts();
    void firstReportedBy();
    void incremental();
    void valuesAgree_data();
    void valuesAgree();
    void quoteKey_data();
    void quoteKey();
};

void TestFactReconciler::reconcile_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("loose figures of one party never conflict")
        << QStringList{QStringLiteral("Rivian||other|1.2e9|approx||a.txt|burning about $1.2 billion a quarter"),
                       QStringLiteral("Rivian||other|2.4e10|exact||a.txt|a $24 billion plan")}
        << QStringList{QStringLiteral("Rivian other 1200000000 undated single 1"),
                       QStringLiteral("Rivian other 24000000000 undated single 1")};
    QTest::newRow("a commitment without its provider never conflicts")
        << QStringList{QStringLiteral("Cohere||compute_commitment|7e8|exact||a.txt|Cohere commits $700 million to compute."),
                       QStringLiteral("Cohere||compute_commitment|9e8|exact||b.txt|Cohere will spend $900 million on GPUs.")}
        << QStringList{QStringLiteral("Cohere compute_commitment 700000000 undated single 1"),
                       QStringLiteral("Cohere compute_commitment 900000000 undated single 1")};
    QTest::newRow("a figure without parties never conflicts")
        << QStringList{QStringLiteral("||valuation|5e9|exact|2024|a.txt|valued at $5 billion"),
                       QStringLiteral("||valuation|7e9|exact|2024|a.txt|valued at $7 billion")}
        << QStringList{QStringLiteral(" valuation 5000000000 2024 single 1"),
                       QStringLiteral(" valuation 7000000000 2024 single 1")};
    QTest::newRow("a correction withdraws the value wherever it is reported")
        << QStringList{QStringLiteral("Vattenfall|Orsted|investment|4e6|exact||b.txt|Vattenfall put €4 million into Orsted."),
                       QStringLiteral("Vattenfall|Orsted|investment|4e9|exact||a.txt|Vattenfall has invested €4 billion in Orsted, not €4 million."),
                       QStringLiteral("Vattenfall|Orsted|investment|4e6|exact||a.txt|Vattenfall has invested €4 billion in Orsted, not €4 million.|retracted"),
                       QStringLiteral("Vattenfall|Statkraft|investment|4e6|exact||c.txt|Vattenfall put €4 million into Statkraft.")}
        << QStringList{QStringLiteral("Vattenfall investment 4000000 undated retracted 2"),
                       QStringLiteral("Vattenfall investment 4000000 undated single 1"),
                       QStringLiteral("Vattenfall investment 4000000000 undated single 1")};
    QTest::newRow("hedged and plain agree")
        << QStringList{QStringLiteral("Volvo|Northvolt|investment|1.3e10|approx|2023|a.txt|Volvo put about $13 billion in."),
                       QStringLiteral("Volvo|Northvolt|investment|1.3e10|exact|2023|b.txt|Volvo invested $13B.")}
        << QStringList{QStringLiteral("Volvo investment 13000000000 2023 corroborated 2")};
    QTest::newRow("up to agrees with the plain figure")
        << QStringList{QStringLiteral("Sony|Kioxia|investment|2e9|upper_bound|2022|a.txt|up to $2 billion"),
                       QStringLiteral("Sony|Kioxia|investment|2e9|exact|2022|b.txt|$2 billion")}
        << QStringList{QStringLiteral("Sony investment 2000000000 2022 corroborated 2")};
    QTest::newRow("a vague amount joins the precise one")
        << QStringList{QStringLiteral("Lumo||round_total|6e9|exact||a.txt|Lumo raised $6 billion."),
                       QStringLiteral("Lumo||round_total|1e9|vague||b.txt|Lumo had raised billions of dollars.")}
        << QStringList{QStringLiteral("Lumo round_total 6000000000 undated corroborated 2")};
    QTest::newRow("a vague amount bridges no conflict")
        << QStringList{QStringLiteral("Orix|Talon|chips|1e5|vague||a.txt|hundreds of thousands of GPUs"),
                       QStringLiteral("Orix|Talon|chips|3.57e5|exact||b.txt|357,000 GPUs"),
                       QStringLiteral("Orix|Talon|chips|3.19e5|exact||c.txt|319,000 GPUs")}
        << QStringList{QStringLiteral("Orix chips 319000 undated conflict 1"),
                       QStringLiteral("Orix chips 357000 undated conflict 2")};
    QTest::newRow("rounded report agrees")
        << QStringList{QStringLiteral("Bain|Kioxia|investment|2.24e10|exact||a.txt|$22.4 billion"),
                       QStringLiteral("Bain|Kioxia|investment|2.2e10|exact||b.txt|$22 billion")}
        << QStringList{QStringLiteral("Bain investment 22400000000 undated corroborated 2")};
    QTest::newRow("ten against thirteen is a conflict")
        << QStringList{QStringLiteral("Volvo|Northvolt|investment|1e10|exact|2023|a.txt|Volvo invested $10 billion."),
                       QStringLiteral("Volvo|Northvolt|investment|1.3e10|exact|2023|b.txt|Volvo invested $13 billion.")}
        << QStringList{QStringLiteral("Volvo investment 10000000000 2023 conflict 1"),
                       QStringLiteral("Volvo investment 13000000000 2023 conflict 1")};
    QTest::newRow("an undated earlier value is a point of the series, not a conflict")
        << QStringList{QStringLiteral("Honda|Nissan|stake_percent|34|exact||a.txt|Honda will hold 34% of Nissan."),
                       QStringLiteral("Honda|Nissan|stake_percent|43|approx||b.txt|Honda previously owned about 43% of Nissan.|earlier")}
        << QStringList{QStringLiteral("Honda stake_percent 34 undated single 1"),
                       QStringLiteral("Honda stake_percent 43 undated single 1")};
    QTest::newRow("two current undated values still conflict")
        << QStringList{QStringLiteral("Honda|Nissan|stake_percent|34|exact||a.txt|Honda will hold 34% of Nissan."),
                       QStringLiteral("Honda|Nissan|stake_percent|43|approx||b.txt|Honda will hold about 43% of Nissan.")}
        << QStringList{QStringLiteral("Honda stake_percent 34 undated conflict 1"),
                       QStringLiteral("Honda stake_percent 43 undated conflict 1")};
    QTest::newRow("undated values reported a year apart stand side by side")
        << QStringList{QStringLiteral("Mistral||valuation|6e9|exact||a.txt@2023-12-10|Mistral is valued at $6 billion."),
                       QStringLiteral("Mistral||valuation|1.4e10|exact||b.txt@2024-12-02|Mistral is valued at $14 billion.")}
        << QStringList{QStringLiteral("Mistral valuation 14000000000 undated single 1"),
                       QStringLiteral("Mistral valuation 6000000000 undated single 1")};
    QTest::newRow("undated values reported the same week conflict")
        << QStringList{QStringLiteral("Mistral||valuation|6e9|exact||a.txt@2023-12-10|Mistral is valued at $6 billion."),
                       QStringLiteral("Mistral||valuation|7e9|exact||b.txt@2023-12-14|Mistral is valued at $7 billion.")}
        << QStringList{QStringLiteral("Mistral valuation 6000000000 undated conflict 1"),
                       QStringLiteral("Mistral valuation 7000000000 undated conflict 1")};
    QTest::newRow("two times of one metric are a series")
        << QStringList{QStringLiteral("Klarna||valuation|4.56e10|exact|2021-06|a.txt|valued at $45.6 billion"),
                       QStringLiteral("Klarna||valuation|6.7e9|exact|2022-07|b.txt|valued at $6.7 billion")}
        << QStringList{QStringLiteral("Klarna valuation 45600000000 2021-06 single 1"),
                       QStringLiteral("Klarna valuation 6700000000 2022-07 single 1")};
    // The edges of the value window a mention is compared within: 1/20 of the larger value.
    QTest::newRow("values 1/20 of the larger apart agree")
        << QStringList{QStringLiteral("Volvo|Northvolt|investment|2e9|approx|2023|a.txt|about $2 billion"),
                       QStringLiteral("Volvo|Northvolt|investment|1.9e9|approx|2023|b.txt|about $1.9 billion")}
        << QStringList{QStringLiteral("Volvo investment 2000000000 2023 corroborated 2")};
    QTest::newRow("values just over 1/20 apart conflict")
        << QStringList{QStringLiteral("Volvo|Northvolt|investment|2e9|approx|2023|a.txt|about $2 billion"),
                       QStringLiteral("Volvo|Northvolt|investment|1.89e9|approx|2023|b.txt|about $1.89 billion")}
        << QStringList{QStringLiteral("Volvo investment 1890000000 2023 conflict 1"),
                       QStringLiteral("Volvo investment 2000000000 2023 conflict 1")};
    QTest::newRow("a range agrees with values far from its low end")
        << QStringList{QStringLiteral("Volvo|Northvolt|investment|4.5e9|exact|2023|a.txt|$4.5 billion"),
                       QStringLiteral("Volvo|Northvolt|investment|1e9..5e9|range|2023|b.txt|$1-5 billion"),
                       QStringLiteral("Volvo|Northvolt|investment|1.2e9|exact|2023|c.txt|$1.2 billion")}
        << QStringList{QStringLiteral("Volvo investment 4500000000 2023 corroborated 3")};
    QTest::newRow("equal values of two times never merge; undated joins the better sourced")
        << QStringList{QStringLiteral("Meta|Oracle|compute_commitment|2e10|exact|2025|a.txt|a $20 billion deal in 2025"),
                       QStringLiteral("Meta|Oracle|compute_commitment|2e10|exact|2024|b.txt|a $20 billion deal in 2024"),
                       QStringLiteral("Meta|Oracle|compute_commitment|2e10|exact|2024|c.txt|the 2024 $20 billion deal"),
                       QStringLiteral("Meta|Oracle|compute_commitment|2e10|exact||d.txt|its $20 billion deal")}
        << QStringList{QStringLiteral("Meta compute_commitment 20000000000 2024 corroborated 3"),
                       QStringLiteral("Meta compute_commitment 20000000000 2025 single 1")};
    // Many dated facts agree with it: the best sourced wins wherever it comes, the first of equals.
    QTest::newRow("undated joins the best sourced of several agreeing dated facts")
        << QStringList{QStringLiteral("Meta|Oracle|compute_commitment|2e10|exact|2023|a.txt|a $20 billion deal in 2023"),
                       QStringLiteral("Meta|Oracle|compute_commitment|2.01e10|exact|2024|b.txt|a $20.1 billion deal in 2024"),
                       QStringLiteral("Meta|Oracle|compute_commitment|2e10|exact|2025|c.txt|a $20 billion deal in 2025"),
                       QStringLiteral("Meta|Oracle|compute_commitment|2e10|exact|2025|d.txt|the 2025 $20 billion deal"),
                       QStringLiteral("Meta|Oracle|compute_commitment|2e10|exact||e.txt|its $20 billion deal"),
                       QStringLiteral("Meta|Oracle|compute_commitment|2e10|exact||f.txt|that $20 billion deal")}
        << QStringList{QStringLiteral("Meta compute_commitment 20000000000 2023 single 1"),
                       QStringLiteral("Meta compute_commitment 20000000000 2025 corroborated 4"),
                       QStringLiteral("Meta compute_commitment 20100000000 2024 single 1")};
    QTest::newRow("undated joins the first of equally sourced dated facts")
        << QStringList{QStringLiteral("Meta|Oracle|compute_commitment|2e10|exact|2025|a.txt|a $20 billion deal in 2025"),
                       QStringLiteral("Meta|Oracle|compute_commitment|2e10|exact|2024|b.txt|a $20 billion deal in 2024"),
                       QStringLiteral("Meta|Oracle|compute_commitment|2e10|exact||c.txt|its $20 billion deal")}
        << QStringList{QStringLiteral("Meta compute_commitment 20000000000 2024 single 1"),
                       QStringLiteral("Meta compute_commitment 20000000000 2025 corroborated 2")};
    QTest::newRow("undated agreeing mention joins the dated fact")
        << QStringList{QStringLiteral("Meta|Oracle|compute_commitment|2e10|exact|2025-09-01|a.txt|On Sept 1 Meta signed a $20 billion cloud deal."),
                       QStringLiteral("Meta|Oracle|compute_commitment|2e10|exact||b.txt|the existing $20 billion cloud deal"),
                       QStringLiteral("Meta|Oracle|compute_commitment|2e10|approx||c.txt|its roughly $20 billion Oracle contract")}
        << QStringList{QStringLiteral("Meta compute_commitment 20000000000 2025-09-01 corroborated 3")};
    QTest::newRow("undated other value does not conflict with a dated one")
        << QStringList{QStringLiteral("Meta|Oracle|compute_commitment|2e10|exact|2025-09-01|a.txt|a $20 billion deal"),
                       QStringLiteral("Meta|Oracle|compute_commitment|5e10|exact||b.txt|a further $50 billion")}
        << QStringList{QStringLiteral("Meta compute_commitment 20000000000 2025-09-01 single 1"),
                       QStringLiteral("Meta compute_commitment 50000000000 undated single 1")};
    QTest::newRow("a repeated block is one source")
        << QStringList{QStringLiteral("Aramco|Sabic|stake_percent|70|exact||a.txt|Aramco holds a 70% stake in Sabic."),
                       QStringLiteral("Aramco|Sabic|stake_percent|70|exact||a.txt|  • Aramco holds a 70%  stake in Sabic.")}
        << QStringList{QStringLiteral("Aramco stake_percent 70 undated single 1")};
    QTest::newRow("a repeated block is one source even when its file name sorts apart")
        << QStringList{QStringLiteral("Aramco|Sabic|stake_percent|70|exact||a.txt|Aramco holds a 70% stake in Sabic."),
                       QStringLiteral("Aramco|Sabic|stake_percent|70|exact||b.txt|Aramco owns 70% of Sabic."),
                       QStringLiteral("Aramco|Sabic|stake_percent|70|exact||a.txt|Aramco holds a 70% stake in Sabic.")}
        << QStringList{QStringLiteral("Aramco stake_percent 70 undated corroborated 2")};
    QTest::newRow("one sentence with two values is two sources")
        << QStringList{QStringLiteral("Klarna||valuation|4.56e10|exact|2021|a.txt|valued at $45.6 billion, then $6.7 billion"),
                       QStringLiteral("Klarna||valuation|6.7e9|exact|2021|a.txt|valued at $45.6 billion, then $6.7 billion")}
        << QStringList{QStringLiteral("Klarna valuation 45600000000 2021 conflict 1"),
                       QStringLiteral("Klarna valuation 6700000000 2021 conflict 1")};
    QTest::newRow("a repeat is found among several values of one sentence, as twelve digits print them")
        << QStringList{QStringLiteral("Klarna||valuation|1e9|exact|2021|a.txt|valued at $1 billion, then $2 billion"),
                       QStringLiteral("Klarna||valuation|2e9|exact|2021|a.txt|valued at $1 billion, then $2 billion"),
                       QStringLiteral("Klarna||valuation|2.0000000000001e9|exact|2021|a.txt|valued at $1 billion, then $2 billion")}
        << QStringList{QStringLiteral("Klarna valuation 1000000000 2021 conflict 1"),
                       QStringLiteral("Klarna valuation 2000000000 2021 conflict 1")};
    {
        // More mentions than a small family holds: repeats are found through the hashes (the other path).
        QStringList input{QStringLiteral("Klarna||valuation|1e9|exact|2021|a.txt|valued at $1 billion, then $2 billion"),
                          QStringLiteral("Klarna||valuation|2e9|exact|2021|a.txt|valued at $1 billion, then $2 billion"),
                          QStringLiteral("Klarna||valuation|2.0000000000001e9|exact|2021|a.txt|valued at $1 billion, then $2 billion"),
                          QStringLiteral("Klarna||valuation|1e9|exact|2021|a.txt|  valued at $1 billion, then $2 billion.")};
        for (int i = 0; i < 20; ++i)
            input << QStringLiteral("Klarna||valuation|5e9|exact|2022|b%1.txt|valued at $5 billion").arg(i);
        QTest::newRow("a repeat is found in a family of many mentions")
            << input
            << QStringList{QStringLiteral("Klarna valuation 1000000000 2021 conflict 1"),
                           QStringLiteral("Klarna valuation 2000000000 2021 conflict 1"),
                           QStringLiteral("Klarna valuation 5000000000 2022 corroborated 20")};
    }
    QTest::newRow("the same article in two sentences is two places")
        << QStringList{QStringLiteral("Aramco|Sabic|stake_percent|70|exact||a.txt|Aramco holds a 70% stake in Sabic."),
                       QStringLiteral("Aramco|Sabic|stake_percent|70|exact||a.txt|Its 70% stake came in 2020.")}
        << QStringList{QStringLiteral("Aramco stake_percent 70 undated single 2")};
    QTest::newRow("a correction retracts, never reports")
        << QStringList{QStringLiteral("Uber||other|6e11|approx||a.txt|roughly $600 billion, not $600 million"),
                       QStringLiteral("Uber||other|6e8|exact||a.txt|roughly $600 billion, not $600 million|retracted")}
        << QStringList{QStringLiteral("Uber other 600000000 undated retracted 1"),
                       QStringLiteral("Uber other 600000000000 undated single 1")};
    QTest::newRow("kept-apart readings make no fact")
        << QStringList{QStringLiteral("Boreal||stake_percent|18|exact||a.txt|represents 18% of revenue|ratio"),
                       QStringLiteral("Nokia||other|4e9|exact||a.txt|could imply $4 billion|speculation"),
                       QStringLiteral("Orange||other|3e9|exact||a.txt|Read next: $3 billion order|excluded")}
        << QStringList{};
    QTest::newRow("different parties are different facts")
        << QStringList{QStringLiteral("Tencent|Zhipu|investment|1.5e9|exact||a.txt|each invested $1.5 billion"),
                       QStringLiteral("Alibaba|Zhipu|investment|1.5e9|exact||a.txt|each invested $1.5 billion")}
        << QStringList{QStringLiteral("Alibaba investment 1500000000 undated single 1"),
                       QStringLiteral("Tencent investment 1500000000 undated single 1")};
}

void TestFactReconciler::reconcile()
{
    QFETCH(QStringList, input);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(FactReconciler::reconcile(mentions(input))), expected);
}

void TestFactReconciler::alternativesInAFamilyOfManyFacts()
{
    // More facts than are compared in turn: those of one time are found through a hash (the other path).
    QStringList input;
    for (int i = 0; i < 20; ++i) // values a tenth apart: each disagrees with every other
        input << QStringLiteral("Volvo|Northvolt|investment|%1e9|exact|2023|a%2.txt|Volvo invested.")
                     .arg(qRound(100 * std::pow(1.1, i)))
                     .arg(i);
    input << QStringLiteral("Volvo|Northvolt|investment|1e11|exact|2024|b.txt|Another $100 billion in 2024.");
    const QList<Fact> facts = FactReconciler::reconcile(mentions(input));
    QCOMPARE(facts.size(), 21);
    for (const Fact &f : facts) {
        if (f.time == QStringLiteral("2024")) {
            QVERIFY(f.alternatives.isEmpty());
            QCOMPARE(f.status, FactStatus::Single);
            continue;
        }
        QCOMPARE(f.alternatives.size(), 19);
        QVERIFY(!f.alternatives.contains(f.id));
        QCOMPARE(f.status, FactStatus::Conflict);
    }
}

void TestFactReconciler::alternativesPointAtEachOther()
{
    const QList<Fact> facts = FactReconciler::reconcile(mentions({
        QStringLiteral("Volvo|Northvolt|investment|1e10|exact|2023|a.txt|Volvo invested $10 billion."),
        QStringLiteral("Volvo|Northvolt|investment|1.3e10|exact|2023|b.txt|Volvo invested $13 billion."),
        QStringLiteral("Volvo|Northvolt|investment|1.3e10|exact|2024|c.txt|Another $13 billion in 2024."),
    }));
    QCOMPARE(facts.size(), 3);
    QCOMPARE(facts.at(0).alternatives, QList<qint64>{facts.at(1).id});
    QCOMPARE(facts.at(1).alternatives, QList<qint64>{facts.at(0).id});
    QVERIFY(facts.at(2).alternatives.isEmpty());
    QCOMPARE(facts.at(2).status, FactStatus::Single);
}

void TestFactReconciler::firstReportedBy()
{
    // The earliest dated article wins over the first ingested one.
    const QList<Fact> dated = FactReconciler::reconcile(mentions({
        QStringLiteral("Arm||valuation|5.45e10|exact|2023-09|late.txt@2023-10-02|valued at $54.5 billion"),
        QStringLiteral("Arm||valuation|5.45e10|exact|2023-09|early.txt@2023-09-14|valued at $54.5bn"),
    }));
    QCOMPARE(dated.size(), 1);
    QCOMPARE(dated.first().firstReportedBy, QStringLiteral("early.txt"));
    const QList<Fact> undatedArticles = FactReconciler::reconcile(mentions({
        QStringLiteral("Arm||valuation|5.45e10|exact|2023-09|one.txt|valued at $54.5 billion"),
        QStringLiteral("Arm||valuation|5.45e10|exact|2023-09|two.txt|valued at $54.5bn"),
    }));
    QCOMPARE(undatedArticles.first().firstReportedBy, QStringLiteral("one.txt"));
}

void TestFactReconciler::incremental()
{
    const QList<Fact> before = FactReconciler::reconcile(mentions({
        QStringLiteral("Volvo|Northvolt|investment|1.3e10|exact|2023|a.txt|Volvo invested $13 billion."),
        QStringLiteral("Shell|Sonnen|stake_percent|100|exact||a.txt|Shell owns 100% of Sonnen."),
    }));
    QCOMPARE(before.size(), 2);
    const Fact shell = before.at(1);

    // A new article reports Volvo's investment again, and a different value.
    QList<FactMention> added = mentions({
        QStringLiteral("Volvo|Northvolt|investment|1.3e10|approx|2023|b.txt|about $13 billion"),
        QStringLiteral("Volvo|Northvolt|investment|9e9|exact|2023|b.txt|or $9 billion by other counts"),
    });
    for (FactMention &m : added)
        m.articleOrder += 10;
    QList<qint64> changed;
    const QList<Fact> after = FactReconciler::reconcile(before, added, &changed);
    QCOMPARE(after.size(), 3);
    // The rebuilt family takes the place of its first fact; the untouched fact follows unchanged.
    QCOMPARE(after.at(0).id, before.at(0).id); // same fact, same id
    QCOMPARE(after.at(0).sources.size(), 2);
    QCOMPARE(after.at(0).status, FactStatus::Conflict);
    QCOMPARE(after.at(1).id, qint64(3));
    QCOMPARE(after.at(1).value, 9e9);
    QCOMPARE(after.at(1).alternatives, QList<qint64>{before.at(0).id});
    QCOMPARE(after.at(2).id, shell.id);
    QCOMPARE(after.at(2).status, FactStatus::Single);
    std::sort(changed.begin(), changed.end());
    QCOMPARE(changed, (QList<qint64>{before.at(0).id, 3}));
}

void TestFactReconciler::valuesAgree_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<QString>("aq");
    QTest::addColumn<double>("b");
    QTest::addColumn<QString>("bq");
    QTest::addColumn<bool>("agree");
    QTest::newRow("same") << 38e9 << "exact" << 38e9 << "exact" << true;
    QTest::newRow("rounding 22.4 vs 22") << 22.4e9 << "exact" << 22e9 << "exact" << true;
    QTest::newRow("10 vs 13") << 10e9 << "exact" << 13e9 << "exact" << false;
    QTest::newRow("about 13 vs 13.4") << 13e9 << "approx" << 13.4e9 << "exact" << true;
    QTest::newRow("about 13 vs 15") << 13e9 << "approx" << 15e9 << "exact" << false;
    QTest::newRow("1.5 vs 1.6") << 1.5e9 << "exact" << 1.6e9 << "exact" << false;
    QTest::newRow("27 vs 27 percent") << 27.0 << "exact" << 27.0 << "exact" << true;
    QTest::newRow("49 vs 51 percent") << 49.0 << "exact" << 51.0 << "exact" << false;
    QTest::newRow("billions vs 6 billion") << 1e9 << "vague" << 6e9 << "exact" << true;
    QTest::newRow("hundreds of thousands vs 400,000") << 1e5 << "vague" << 4e5 << "exact" << true;
    QTest::newRow("millions vs 2 billion") << 1e6 << "vague" << 2e9 << "exact" << false;
    QTest::newRow("billions vs 900 million") << 1e9 << "vague" << 9e8 << "exact" << false;
}

void TestFactReconciler::valuesAgree()
{
    QFETCH(double, a);
    QFETCH(QString, aq);
    QFETCH(double, b);
    QFETCH(QString, bq);
    QFETCH(bool, agree);
    const auto q = [](const QString &s) {
        return s == QStringLiteral("approx") ? Qualifier::Approx
            : s == QStringLiteral("vague")   ? Qualifier::Vague
                                             : Qualifier::Exact;
    };
    QCOMPARE(FactReconciler::valuesAgree(a, std::nullopt, q(aq), b, std::nullopt, q(bq)), agree);
    QCOMPARE(FactReconciler::valuesAgree(b, std::nullopt, q(bq), a, std::nullopt, q(aq)), agree);
}

void TestFactReconciler::quoteKey_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("plain") << QStringLiteral("Acme invests $5 billion.") << QStringLiteral("acme invests $5 billion");
    QTest::newRow("bullet and spaces") << QStringLiteral("  * Acme   invests\t$5B \n") << QStringLiteral("acme invests $5b");
    QTest::newRow("leading dollar kept") << QStringLiteral("-- $5 billion, said Acme!!") << QStringLiteral("$5 billion, said acme");
    QTest::newRow("trailing dollar dropped") << QStringLiteral("paid in $") << QStringLiteral("paid in");
    QTest::newRow("only marks") << QStringLiteral(" ... $ ... ") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("underscore is a word character") << QStringLiteral("_Acme_") << QStringLiteral("_acme_");
    QTest::newRow("curly quotes at the edges") << QStringLiteral("\u201cAcme buys Brill\u201d")
                                               << QStringLiteral("acme buys brill");
    QTest::newRow("euro sign leads") << QStringLiteral("\u20ac40 million for Brill.") << QStringLiteral("\u20ac40 million for brill");
    QTest::newRow("no-break space collapses") << QStringLiteral("Acme\u00a0 buys") << QStringLiteral("acme buys");
    QTest::newRow("apostrophe inside") << QStringLiteral("Acme\u2019s $2B deal") << QStringLiteral("acme\u2019s $2b deal");
    QTest::newRow("accented capitals") << QStringLiteral("\u00c9TAT \u00c0 VENDRE") << QStringLiteral("\u00e9tat \u00e0 vendre");
    QTest::newRow("dotted capital I") << QStringLiteral("\u0130stanbul fund") << QStringLiteral("i\u0307stanbul fund");
    QTest::newRow("Greek") << QStringLiteral("\u0391\u0392\u0393 raises \u20ac3M") << QStringLiteral("\u03b1\u03b2\u03b3 raises \u20ac3m");
    QTest::newRow("bullet and dash at the edges") << QStringLiteral("\u2022 Acme buys Brill \u2014")
                                                 << QStringLiteral("acme buys brill");
    QTest::newRow("pound sign leads, ellipsis ends") << QStringLiteral("\u00a340m for Brill\u2026")
                                                    << QStringLiteral("\u00a340m for brill");
    QTest::newRow("guillemets and a capital inside") << QStringLiteral("\u00abAcme sells \u00d8rsted stake\u00bb")
                                                    << QStringLiteral("acme sells \u00f8rsted stake");
    QTest::newRow("quotation marks and dotted capital I") << QStringLiteral("\u201cFund in \u0130stanbul\u201d")
                                                         << QStringLiteral("fund in i\u0307stanbul");
    QTest::newRow("letter outside the BMP") << QStringLiteral("Acme \U00010400 fund") << QStringLiteral("acme \U00010428 fund");
}

void TestFactReconciler::quoteKey()
{
    QFETCH(QString, quote);
    QFETCH(QString, normalised);
    QCOMPARE(FactReconciler::normalisedQuote(quote), normalised);
    // The key is FNV-1a (32 bits) over the normalised UTF-16 units, 0 reserved for "not set".
    quint32 fnv = 2166136261u;
    for (const QChar c : normalised)
        fnv = (fnv ^ c.unicode()) * 16777619u;
    QCOMPARE(FactReconciler::quoteKey(quote), fnv == 0 ? 1u : fnv);
}

QTEST_GUILESS_MAIN(TestFactReconciler)
#include "tst_factreconciler.moc"
