// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementreader.h"
#include "factreconciler.h"
#include "factsjson.h"
#include "facttestbuilder.h"
#include "relationextractor.h"
#include "stakegraphbuilder.h"

#include <QJsonArray>
#include <QTest>

using namespace DealScope;

class TestStakeGraphBuilder : public QObject
{
    Q_OBJECT

private slots:
    void edges_data();
    void edges();
    void divisionsHangOffTheirParent();
    void json();
    void tiesWithoutFigures();
};

void TestStakeGraphBuilder::edges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("entities");
    QTest::addColumn<QString>("figures");
    QTest::addColumn<QStringList>("expected"); // "from→to kind value"

    QTest::newRow("investor to investee")
        << QStringLiteral("Siemens invested $2 billion in Helio Robotics.")
        << QStringLiteral("Siemens;Helio Robotics") << QStringLiteral("$2 billion|2e9|USD")
        << QStringList{QStringLiteral("Siemens→Helio Robotics investment 2e+09")};
    QTest::newRow("stake")
        << QStringLiteral("Volkswagen retained a 49% stake in Rivian Europe.")
        << QStringLiteral("Volkswagen;Rivian Europe") << QStringLiteral("49%|49|%")
        << QStringList{QStringLiteral("Volkswagen→Rivian Europe stake 49")};
    QTest::newRow("buyer of compute to provider")
        << QStringLiteral("Snowflake committed to spend $2.5 billion on Google Cloud.")
        << QStringLiteral("Snowflake;Google Cloud=Google Cloud>Google") << QStringLiteral("$2.5 billion|2.5e9|USD")
        << QStringList{QStringLiteral("Snowflake→Google compute_commitment 2.5e+09")};
    QTest::newRow("parts stand in only without a whole")
        << QStringLiteral("Bayer invests $3 billion in Cellix, with $1 billion upfront. Merck is investing $2 billion upfront in Vivo Bio.")
        << QStringLiteral("Bayer;Cellix;Merck;Vivo Bio")
        << QStringLiteral("$3 billion|3e9|USD;$1 billion|1e9|USD;$2 billion|2e9|USD")
        << QStringList{QStringLiteral("Bayer→Cellix investment 3e+09"), QStringLiteral("Merck→Vivo Bio investment 2e+09")};
    QTest::newRow("retracted and kept-apart figures make no edge")
        << QStringLiteral("Correction: Nestle owns 12%, not 21%, of Arcadia Foods. Deals like this could imply a 30% stake for Danone in Arcadia Foods.")
        << QStringLiteral("Nestle;Arcadia Foods;Danone")
        << QStringLiteral("12%|12|%;21%|21|%||retracted;30%|30|%")
        << QStringList{QStringLiteral("Nestle→Arcadia Foods stake 12")};
}

void TestStakeGraphBuilder::edges()
{
    QFETCH(QString, text);
    QFETCH(QString, entities);
    QFETCH(QString, figures);
    QFETCH(QStringList, expected);
    FactTestBuilder b(text);
    b.entities(entities).figures(figures);
    const StakeGraph g = StakeGraphBuilder::build(FactReconciler::reconcile(RelationExtractor().extract(b.extraction())));
    QStringList got;
    for (const StakeGraph::Edge &e : g.edges)
        got << QStringLiteral("%1→%2 %3 %4").arg(e.from, e.to, e.kind, QString::number(e.value.value_or(-1)));
    QCOMPARE(got.join(QStringLiteral(" | ")), expected.join(QStringLiteral(" | ")));
}

void TestStakeGraphBuilder::divisionsHangOffTheirParent()
{
    FactTestBuilder b(QStringLiteral("Anthropic signed a $4 billion cloud services agreement with Microsoft Azure."));
    b.entities(QStringLiteral("Anthropic;Microsoft Azure=Azure>Microsoft")).figures(QStringLiteral("$4 billion|4e9|USD"));
    const StakeGraph g = StakeGraphBuilder::build(FactReconciler::reconcile(RelationExtractor().extract(b.extraction())));
    QStringList nodes;
    for (const StakeGraph::Node &n : g.nodes)
        nodes << n.id + (n.partOf.isEmpty() ? QString() : QStringLiteral(" in ") + n.partOf);
    QCOMPARE(nodes, (QStringList{QStringLiteral("Anthropic"), QStringLiteral("Microsoft"), QStringLiteral("Azure in Microsoft")}));
}

void TestStakeGraphBuilder::json()
{
    // Field names are the command-line contract.
    FactTestBuilder b(QStringLiteral("In 2021 Siemens invested $2 billion in Helio Robotics."));
    b.entities(QStringLiteral("Siemens;Helio Robotics")).figures(QStringLiteral("2021|2021|year;$2 billion|2e9|USD"));
    const QList<Fact> facts = FactReconciler::reconcile(RelationExtractor().extract(b.extraction()));
    const QJsonObject f = FactsJson::facts(facts).value(QStringLiteral("facts")).toArray().first().toObject();
    QCOMPARE(f.value(QStringLiteral("subject")).toString(), QStringLiteral("Siemens"));
    QCOMPARE(f.value(QStringLiteral("object")).toString(), QStringLiteral("Helio Robotics"));
    QCOMPARE(f.value(QStringLiteral("metric")).toString(), QStringLiteral("investment"));
    QCOMPARE(f.value(QStringLiteral("value")).toDouble(), 2e9);
    QVERIFY(f.value(QStringLiteral("value_max")).isNull());
    QCOMPARE(f.value(QStringLiteral("unit")).toString(), QStringLiteral("USD"));
    QCOMPARE(f.value(QStringLiteral("qualifier")).toString(), QStringLiteral("exact"));
    QCOMPARE(f.value(QStringLiteral("when")).toString(), QStringLiteral("2021"));
    QCOMPARE(f.value(QStringLiteral("status")).toString(), QStringLiteral("single"));
    const QJsonObject src = f.value(QStringLiteral("sources")).toArray().first().toObject();
    QCOMPARE(src.value(QStringLiteral("article")).toString(), QStringLiteral("a.txt"));
    QCOMPARE(src.value(QStringLiteral("text")).toString(), QStringLiteral("$2 billion"));
    QCOMPARE(src.value(QStringLiteral("start")).toInt(), 25);
    QCOMPARE(src.value(QStringLiteral("end")).toInt(), 35);
    QCOMPARE(src.value(QStringLiteral("quote")).toString(), QStringLiteral("In 2021 Siemens invested $2 billion in Helio Robotics."));
    QVERIFY(f.value(QStringLiteral("alternatives")).toArray().isEmpty());

    const QJsonObject g = FactsJson::graph(StakeGraphBuilder::build(facts));
    const QJsonObject e = g.value(QStringLiteral("edges")).toArray().first().toObject();
    QCOMPARE(e.value(QStringLiteral("from")).toString(), QStringLiteral("Siemens"));
    QCOMPARE(e.value(QStringLiteral("to")).toString(), QStringLiteral("Helio Robotics"));
    QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("investment"));
    QCOMPARE(e.value(QStringLiteral("facts")).toArray().first().toInteger(), facts.first().id);
    QCOMPARE(g.value(QStringLiteral("nodes")).toArray().first().toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("org"));
}

void TestStakeGraphBuilder::tiesWithoutFigures()
{
    // Two articles state the same distribution tie; one states a joint venture. No figure carries them.
    const QString one = QStringLiteral("Ingram Micro becomes the exclusive distributor for Zentyal Server. "
                                       "Sony and Honda formed a joint venture called Afeela Mobility.");
    const QString two = QStringLiteral("Since June, Ingram Micro is the sole distributor for Zentyal Server.");
    FactTestBuilder a(one, QStringLiteral("one.txt"));
    a.entities(QStringLiteral("Ingram Micro;Zentyal Server:product>Zentyal;Sony;Honda;Afeela Mobility"));
    FactTestBuilder b(two, QStringLiteral("two.txt"));
    b.entities(QStringLiteral("Ingram Micro;Zentyal Server:product>Zentyal"));
    QList<AgreementSource> ties;
    for (const FactTestBuilder *x : {&a, &b})
        for (const Agreement &t : AgreementReader().read(x->extraction()))
            ties.append({t, 0, x->extraction().article.fileName});

    const StakeGraph g = StakeGraphBuilder::build({}, {}, ties);
    QStringList edges;
    for (const StakeGraph::Edge &e : g.edges) {
        QVERIFY(!e.value);
        QVERIFY(e.facts.isEmpty());
        edges << QStringLiteral("%1→%2 %3 [%4]").arg(e.from, e.to, e.kind, e.sources.join(u','));
    }
    QCOMPARE(edges, (QStringList{QStringLiteral("Ingram Micro→Zentyal Server distribution [one.txt,two.txt]"),
                                 QStringLiteral("Sony→Afeela Mobility joint_venture [one.txt]"),
                                 QStringLiteral("Honda→Afeela Mobility joint_venture [one.txt]")}));
    QStringList nodes;
    for (const StakeGraph::Node &n : g.nodes)
        nodes << n.id + u' ' + n.type + (n.partOf.isEmpty() ? QString() : QStringLiteral(" in ") + n.partOf);
    QVERIFY2(nodes.contains(QStringLiteral("Zentyal Server product in Zentyal")), qPrintable(nodes.join(u';')));

    const QJsonObject e = FactsJson::graph(g).value(QStringLiteral("edges")).toArray().first().toObject();
    QVERIFY(e.value(QStringLiteral("value")).isNull());
    QCOMPARE(e.value(QStringLiteral("sources")).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestStakeGraphBuilder)
#include "tst_stakegraphbuilder.moc"
