// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementreader.h"
#include "articleanalyzer.h"
#include "facttestbuilder.h"

#include <QTest>

using namespace DealScope;

class TestAgreementReader : public QObject
{
    Q_OBJECT

private slots:
    void reading_data();
    void reading();
    void spansPointAtTheWords();
    void excludedRegionsStateNothing();
    void throughTheEngine();

private:
    static QString describe(const QList<Agreement> &agreements);
};

QString TestAgreementReader::describe(const QList<Agreement> &agreements)
{
    QStringList lines;
    for (const Agreement &a : agreements)
        lines << agreementKindName(a.kind) + u' ' + a.from + QStringLiteral(" -> ") + a.to;
    return lines.join(QStringLiteral(" ; "));
}

void TestAgreementReader::reading_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("entities"); // FactTestBuilder's compact list
    QTest::addColumn<QString>("expected"); // "kind from -> to", " ; " between several

    // Distribution, active voice.
    QTest::newRow("becomes the exclusive distributor for")
        << QStringLiteral("Under the pact, Ingram Micro becomes the exclusive distributor for Zentyal Server in Europe.")
        << QStringLiteral("Ingram Micro;Zentyal Server:product>Zentyal")
        << QStringLiteral("distribution Ingram Micro -> Zentyal Server");
    QTest::newRow("will serve as the distribution partner of")
        << QStringLiteral("Samsung will serve as the sole distribution partner of Netflix in Korea, the companies said.")
        << QStringLiteral("Samsung;Netflix") << QStringLiteral("distribution Samsung -> Netflix");
    QTest::newRow("positions X as the distribution provider for Y's platform")
        << QStringLiteral("The agreement positions Telefonica as the exclusive distribution provider for Disney's "
                          "streaming service in Spain.")
        << QStringLiteral("Telefonica;Disney") << QStringLiteral("distribution Telefonica -> Disney");
    QTest::newRow("authorised to distribute")
        << QStringLiteral("Oracle becomes the only cloud allowed and authorised to distribute Mistral Large to banks.")
        << QStringLiteral("Oracle;Mistral Large:product>Mistral AI")
        << QStringLiteral("distribution Oracle -> Mistral Large");
    QTest::newRow("resells")
        << QStringLiteral("Since March, Arrow Electronics resells Nutanix licences across Latin America.")
        << QStringLiteral("Arrow Electronics;Nutanix") << QStringLiteral("distribution Arrow Electronics -> Nutanix");
    QTest::newRow("distribution agreement for a product on a platform")
        << QStringLiteral("The deal includes a distribution agreement for Claude Enterprise on Google Cloud.")
        << QStringLiteral("Claude Enterprise:product>Anthropic;Google Cloud>Google")
        << QStringLiteral("distribution Google Cloud -> Claude Enterprise");
    // Passive voice: the distributor comes after "by".
    QTest::newRow("distributed by")
        << QStringLiteral("In Japan, Copilot Studio will be distributed exclusively by SoftBank Corp from April.")
        << QStringLiteral("Copilot Studio:product>Microsoft;SoftBank Corp")
        << QStringLiteral("distribution SoftBank Corp -> Copilot Studio");
    // What is not a distribution tie.
    QTest::newRow("negated")
        << QStringLiteral("Accenture is not the exclusive distributor for Snowflake, the company stressed.")
        << QStringLiteral("Accenture;Snowflake") << QString();
    QTest::newRow("no longer")
        << QStringLiteral("Tech Data is no longer a reseller of Cisco hardware after the dispute.")
        << QStringLiteral("Tech Data;Cisco") << QString();
    QTest::newRow("rights without a named product")
        << QStringLiteral("Azure keeps a $13 billion agreement with Contoso with exclusive distribution rights on "
                          "certain products.")
        << QStringLiteral("Azure>Microsoft;Contoso") << QString();
    QTest::newRow("the word distribution alone")
        << QStringLiteral("Firms such as Siemens that control distribution, compute and integration may win.")
        << QStringLiteral("Siemens") << QString();
    QTest::newRow("a company does not distribute its own product")
        << QStringLiteral("Adobe will distribute Firefly through its own Creative Cloud store.")
        << QStringLiteral("Adobe;Firefly:product>Adobe") << QString();
    QTest::newRow("dividends are not distribution")
        << QStringLiteral("Unilever distributed $2 billion to shareholders, while Nestle kept its payout.")
        << QStringLiteral("Unilever;Nestle") << QString();

    // Joint ventures.
    QTest::newRow("the NAME joint venture with A and B, tickers in brackets")
        << QStringLiteral("Renault had planned the cells through the Ampere joint venture with Nissan (7201) and "
                          "Mitsubishi (7211), but the plan stalled.")
        << QStringLiteral("Renault;Ampere;Nissan;Mitsubishi")
        << QStringLiteral("joint_venture Renault -> Ampere ; joint_venture Nissan -> Ampere ; "
                          "joint_venture Mitsubishi -> Ampere");
    QTest::newRow("a ticker the extractor also names")
        << QStringLiteral("The Polaris joint venture with Hitachi (HTHIY) and ABB (ABBNY) builds grid links.")
        << QStringLiteral("Polaris;Hitachi;HTHIY=Hitachi;ABB;ABBNY=ABB")
        << QStringLiteral("joint_venture Hitachi -> Polaris ; joint_venture ABB -> Polaris");
    QTest::newRow("A and B formed a joint venture called NAME")
        << QStringLiteral("Sony and Honda formed a joint venture called Afeela Mobility in 2022.")
        << QStringLiteral("Sony;Honda;Afeela Mobility")
        << QStringLiteral("joint_venture Sony -> Afeela Mobility ; joint_venture Honda -> Afeela Mobility");
    QTest::newRow("a name the extractor does not know")
        << QStringLiteral("Lotte and Hanwha created a joint venture known as Blue Harbor Energy last spring.")
        << QStringLiteral("Lotte;Hanwha")
        << QStringLiteral("joint_venture Lotte -> Blue Harbor Energy ; joint_venture Hanwha -> Blue Harbor Energy");
    QTest::newRow("a joint venture between A and B, unnamed")
        << QStringLiteral("The plant is run by a joint venture between Tata Steel and Thyssenkrupp.")
        << QStringLiteral("Tata Steel;Thyssenkrupp") << QStringLiteral("joint_venture Tata Steel -> Thyssenkrupp");
    QTest::newRow("A, B and C have set up a joint venture")
        << QStringLiteral("BMW, Daimler and Ford have set up a joint venture to build chargers.")
        << QStringLiteral("BMW;Daimler;Ford")
        << QStringLiteral("joint_venture BMW -> Daimler ; joint_venture BMW -> Ford");
    QTest::newRow("a speaker is no member")
        << QStringLiteral("Reuters said the Vega joint venture with Airbus and Leonardo would be delayed.")
        << QStringLiteral("Reuters;Vega;Airbus;Leonardo")
        << QStringLiteral("joint_venture Airbus -> Vega ; joint_venture Leonardo -> Vega");
    QTest::newRow("a possessive is no venture's name")
        << QStringLiteral("Analysts doubt Intel's joint venture plans will survive the review.")
        << QStringLiteral("Intel") << QString();
    QTest::newRow("a venture its members did not form")
        << QStringLiteral("Shell praised the joint venture model at the conference.")
        << QStringLiteral("Shell") << QString();
    QTest::newRow("denied")
        << QStringLiteral("Huawei denied any joint venture with Alibaba in the region.")
        << QStringLiteral("Huawei;Alibaba") << QString();
}

void TestAgreementReader::reading()
{
    QFETCH(QString, text);
    QFETCH(QString, entities);
    QFETCH(QString, expected);
    FactTestBuilder b(text);
    b.entities(entities);
    QCOMPARE(describe(AgreementReader().read(b.extraction())), expected);
}

void TestAgreementReader::spansPointAtTheWords()
{
    const QString text = QStringLiteral("Prices rose. Later, Ingram Micro became the exclusive distributor for Nutanix. "
                                        "Shares fell.");
    FactTestBuilder b(text);
    b.entities(QStringLiteral("Ingram Micro;Nutanix"));
    const QList<Agreement> found = AgreementReader().read(b.extraction());
    QCOMPARE(found.size(), 1);
    QCOMPARE(text.mid(found.first().start, found.first().end - found.first().start), QStringLiteral("distributor"));
    QCOMPARE(text.mid(found.first().sentenceStart, found.first().sentenceEnd - found.first().sentenceStart).trimmed(),
             QStringLiteral("Later, Ingram Micro became the exclusive distributor for Nutanix."));
    QCOMPARE(found.first().toType, QStringLiteral("org"));
}

void TestAgreementReader::excludedRegionsStateNothing()
{
    // A teaser for another story says nothing about this one.
    const QString teaser = QStringLiteral("Read next: Lenovo becomes the exclusive distributor for Nutanix.");
    FactTestBuilder b(QStringLiteral("Markets were calm.\n") + teaser);
    b.entities(QStringLiteral("Lenovo;Nutanix")).excluded(teaser);
    QVERIFY(AgreementReader().read(b.extraction()).isEmpty());
}

void TestAgreementReader::throughTheEngine()
{
    // The real extractors find the parties: a gazetteer company, an unlisted one, a product.
    Article article;
    article.fileName = QStringLiteral("jv.txt");
    article.text = QStringLiteral("Chip venture\n\nIntel and Brookfield formed a joint venture called Arizona Fab "
                                  "Holdings LLC last year.\n");
    const ArticleExtraction x = ArticleAnalyzer(Gazetteer::bundled()).analyze(article);
    const QString found = describe(AgreementReader().read(x));
    // The extractor names the venture without its legal suffixes.
    QCOMPARE(found, QStringLiteral("joint_venture Intel -> Arizona Fab ; joint_venture Brookfield -> Arizona Fab"));
}

QTEST_GUILESS_MAIN(TestAgreementReader)
#include "tst_agreementreader.moc"
