// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include <QFile>
#include <QTest>

using namespace DealScope;

class TestGazetteer : public QObject
{
    Q_OBJECT

private slots:
    void parsesColumns();
    void skipsCommentsBlankLinesAndCarriageReturns();
    void givenNames();
    void reportsBadLines_data();
    void reportsBadLines();
    void bundledFileIsClean();
    void bundledEntries_data();
    void bundledEntries();
    void bundledIsBroad();
};

void TestGazetteer::parsesColumns()
{
    QString error;
    const Gazetteer g = Gazetteer::fromTsv(
        "Kiwi Group\torg\tKiwi|Kiwi Holdings\t\tKIWI|KWG\n"
        "Kiwi Cloud\torg\tKC\tKiwi Group\t\t2021-06\n"
        "Falcon\tproduct\tKiwi Falcon\tKiwi Cloud\t\t2019\n"
        "Jane Okafor\tperson\t\tKiwi Group\n"
        "Lisbon\tplace\n",
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(g.entries().size(), 5);

    const Gazetteer::Entry *kiwi = g.find(QStringLiteral("Kiwi"));
    QVERIFY(kiwi);
    QCOMPARE(kiwi->name, QStringLiteral("Kiwi Group"));
    QCOMPARE(kiwi->type, EntityType::Organisation);
    QCOMPARE(kiwi->aliases, (QStringList{QStringLiteral("Kiwi"), QStringLiteral("Kiwi Holdings")}));
    QCOMPARE(kiwi->tickers, (QStringList{QStringLiteral("KIWI"), QStringLiteral("KWG")}));
    QVERIFY(kiwi->partOf.isEmpty());

    const Gazetteer::Entry *cloud = g.find(QStringLiteral("KC"));
    QVERIFY(cloud);
    QCOMPARE(cloud->name, QStringLiteral("Kiwi Cloud"));
    QCOMPARE(cloud->partOf, QStringLiteral("Kiwi Group"));
    QCOMPARE(cloud->partOfSince, QDate(2021, 6, 1)); // a month: its first day
    QVERIFY(!kiwi->partOfSince.isValid());

    const Gazetteer::Entry *falcon = g.find(QStringLiteral("Kiwi Falcon"));
    QVERIFY(falcon);
    QCOMPARE(falcon->type, EntityType::Product);
    QCOMPARE(falcon->partOf, QStringLiteral("Kiwi Cloud"));
    QCOMPARE(falcon->partOfSince, QDate(2019, 1, 1));

    QCOMPARE(g.find(QStringLiteral("Jane Okafor"))->type, EntityType::Person);
    QCOMPARE(g.find(QStringLiteral("Lisbon"))->type, EntityType::Place);
    QVERIFY(!g.find(QStringLiteral("kiwi"))); // find() is exact
    QVERIFY(!g.find(QStringLiteral("KIWI")));  // tickers are not names
}

void TestGazetteer::skipsCommentsBlankLinesAndCarriageReturns()
{
    QString error;
    const Gazetteer g = Gazetteer::fromTsv("# a comment\r\n\r\n   \r\nSolenne\torganisation\tSolenne SAS\r\n"
                                           "  # indented comment\nMarlow\tplace\t\t\r\n",
                                           &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(g.entries().size(), 2);
    QCOMPARE(g.find(QStringLiteral("Solenne SAS"))->name, QStringLiteral("Solenne"));
    QCOMPARE(g.find(QStringLiteral("Marlow"))->type, EntityType::Place);
    QVERIFY(g.find(QStringLiteral("Marlow"))->aliases.isEmpty());
}

void TestGazetteer::givenNames()
{
    QString error;
    const Gazetteer g = Gazetteer::fromTsv("first names\tgiven\tPriya|Tomasz|Ingrid\nAcme\torg\n", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(g.entries().size(), 1); // a given-name line is no entity
    QVERIFY(g.givenNames().contains(QStringLiteral("Tomasz")));
    QVERIFY(g.givenNames().contains(QStringLiteral("Ingrid")));
    QVERIFY(!g.givenNames().contains(QStringLiteral("Acme")));
}

void TestGazetteer::reportsBadLines_data()
{
    QTest::addColumn<QByteArray>("tsv");
    QTest::addColumn<QString>("errorPart");
    QTest::addColumn<int>("goodEntries");

    QTest::newRow("one column") << QByteArray("Acme\torg\nLonely\n") << QStringLiteral("line 2:") << 1;
    QTest::newRow("spaces not tabs") << QByteArray("# c\nAcme org Acme Corp\n") << QStringLiteral("line 2:") << 0;
    QTest::newRow("unknown type") << QByteArray("Acme\tcompanyy\n") << QStringLiteral("line 1: unknown type \"companyy\"") << 0;
    QTest::newRow("empty name") << QByteArray("Acme\torg\n\tproduct\tX\n") << QStringLiteral("line 2: empty name") << 1;
    QTest::newRow("duplicate name") << QByteArray("Acme\torg\nBeta\torg\nAcme\tproduct\n")
                                    << QStringLiteral("line 3: duplicate name \"Acme\" (first on line 1)") << 2;
    QTest::newRow("alias of another") << QByteArray("Acme\torg\tAC\nAcorn\torg\tAC|Acorn Ltd\n")
                                      << QStringLiteral("line 2: alias \"AC\" already names \"Acme\"") << 2;
    QTest::newRow("unknown parent") << QByteArray("Widget\tproduct\t\tAcme\n")
                                    << QStringLiteral("line 1: part_of \"Acme\" is not a listed name") << 1;
    QTest::newRow("too many columns") << QByteArray("Acme\torg\t\t\t\t\tsurplus\n")
                                      << QStringLiteral("line 1: expected at most 6 columns") << 0;
    QTest::newRow("since no date") << QByteArray("Acme\torg\nWidget\torg\t\tAcme\t\tlast spring\n")
                                   << QStringLiteral("line 2: part_of_since \"last spring\" is no date") << 2;
    QTest::newRow("since without parent") << QByteArray("Acme\torg\t\t\t\t2020-02-30\nBeta\torg\t\t\t\t2020\n")
                                          << QStringLiteral("line 2: part_of_since without a part_of") << 2;
    QTest::newRow("given without names") << QByteArray("names\tgiven\n") << QStringLiteral("line 1:") << 0;
    QTest::newRow("invalid UTF-8") << QByteArray("Acme\torg\nBad\xff\xfe\torg\n") << QStringLiteral("UTF-8") << 2;
}

void TestGazetteer::reportsBadLines()
{
    QFETCH(QByteArray, tsv);
    QFETCH(QString, errorPart);
    QFETCH(int, goodEntries);
    QString error;
    const Gazetteer g = Gazetteer::fromTsv(tsv, &error);
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QCOMPARE(g.entries().size(), goodEntries);
}

void TestGazetteer::bundledFileIsClean()
{
    QString error;
    const Gazetteer g = Gazetteer::fromFile(QStringLiteral(DEALSCOPE_SOURCE_DIR "/resources/data/organisations.tsv"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!g.isEmpty());
    // The copy compiled into the program is the same file.
    QCOMPARE(Gazetteer::bundled().entries().size(), g.entries().size());
}

void TestGazetteer::bundledEntries_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("partOf");

    QTest::newRow("AWS") << "AWS" << "AWS" << "org" << "Amazon";
    QTest::newRow("Amazon Web Services") << "Amazon Web Services" << "AWS" << "org" << "Amazon";
    QTest::newRow("Azure") << "Azure" << "Azure" << "product" << "Microsoft";
    QTest::newRow("Microsoft Azure") << "Microsoft Azure" << "Azure" << "product" << "Microsoft";
    QTest::newRow("Google Cloud") << "Google Cloud" << "Google Cloud" << "org" << "Google";
    QTest::newRow("DeepMind") << "DeepMind" << "Google DeepMind" << "org" << "Google";
    QTest::newRow("Trainium") << "Trainium" << "Trainium" << "product" << "AWS";
    QTest::newRow("Bedrock") << "Amazon Bedrock" << "Bedrock" << "product" << "AWS";
    QTest::newRow("EC2 UltraServers") << "EC2 UltraServers" << "EC2 UltraServers" << "product" << "AWS";
    QTest::newRow("Frontier") << "OpenAI Frontier" << "OpenAI Frontier" << "product" << "OpenAI";
    QTest::newRow("ChatGPT") << "ChatGPT" << "ChatGPT" << "product" << "OpenAI";
    QTest::newRow("Claude") << "Claude" << "Claude" << "product" << "Anthropic";
    QTest::newRow("GB200") << "GB200" << "GB200" << "product" << "Nvidia";
    QTest::newRow("NVIDIA") << "NVIDIA" << "Nvidia" << "org" << "";
    QTest::newRow("SoftBank") << "SoftBank" << "SoftBank Group" << "org" << "";
    QTest::newRow("Arm") << "Arm" << "Arm" << "org" << "SoftBank Group";
    QTest::newRow("CoreWeave") << "CoreWeave" << "CoreWeave" << "org" << "";
    QTest::newRow("Stargate") << "Stargate" << "Stargate" << "org" << "";
    QTest::newRow("Pentagon") << "Pentagon" << "Department of Defense" << "org" << "";
    QTest::newRow("Sam Altman") << "Sam Altman" << "Sam Altman" << "person" << "OpenAI";
    QTest::newRow("Matt Garman") << "Matt Garman" << "Matt Garman" << "person" << "AWS";
    QTest::newRow("U.A.E.") << "U.A.E." << "United Arab Emirates" << "place" << "";
    QTest::newRow("Indiana") << "Indiana" << "Indiana" << "place" << "United States";
    QTest::newRow("Middle East") << "Middle East" << "Middle East" << "place" << "";
    QTest::newRow("Mistral") << "Mistral" << "Mistral AI" << "org" << "";
    QTest::newRow("Jio") << "Jio" << "Jio Platforms" << "org" << "Reliance Industries";
}

void TestGazetteer::bundledEntries()
{
    QFETCH(QString, alias);
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QString, partOf);
    const Gazetteer g = Gazetteer::bundled();
    const Gazetteer::Entry *e = g.find(alias);
    QVERIFY2(e, qPrintable(alias));
    QCOMPARE(e->name, name);
    QCOMPARE(entityTypeName(e->type), type);
    QCOMPARE(e->partOf, partOf);
}

void TestGazetteer::bundledIsBroad()
{
    const Gazetteer g = Gazetteer::bundled();
    int orgs = 0;
    int people = 0;
    int products = 0;
    int places = 0;
    for (const Gazetteer::Entry &e : g.entries()) {
        switch (e.type) {
        case EntityType::Organisation: ++orgs; break;
        case EntityType::Person: ++people; break;
        case EntityType::Product: ++products; break;
        case EntityType::Place: ++places; break;
        }
    }
    QVERIFY2(orgs >= 300, qPrintable(QString::number(orgs)));
    QVERIFY2(products >= 80, qPrintable(QString::number(products)));
    QVERIFY2(places >= 150, qPrintable(QString::number(places)));
    QVERIFY2(people >= 40, qPrintable(QString::number(people)));
    QVERIFY(g.givenNames().size() >= 200);
    QVERIFY(g.find(QStringLiteral("Amazon"))->tickers.contains(QStringLiteral("AMZN")));
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
