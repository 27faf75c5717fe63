// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlarticleparser.h"

#include <QFile>
#include <QTest>

using namespace DealScope;

class TestHtmlArticleParser : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void snippets_data();
    void snippets();
    void declaredCharset_data();
    void declaredCharset();
    void metadataDates_data();
    void metadataDates();
    void stripSiteName_data();
    void stripSiteName();
};

void TestHtmlArticleParser::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("publisher");
    QTest::addColumn<QDate>("date");

    QTest::newRow("article with nav, script, style, aside, form, og metadata")
        << QStringLiteral("full_page.html")
        << QStringLiteral("Harbour Logistics buys Coastline Freight for $1.2bn\n"
                          "By Ana Ruiz · 16 June\n"
                          "Harbour Logistics has agreed to buy Coastline Freight for $1.2 billion, the companies said "
                          "on Tuesday.\n"
                          "The deal values Coastline at 9.5 times its earnings & includes $300 million of debt.\n"
                          "It is expected to close in the fourth quarter.\n"
                          "A Coastline Freight vessel in Rotterdam.\n"
                          "What changes\n"
                          "Coastline keeps its brand.\n"
                          "Its 2,400 staff move to Harbour.")
        << QStringLiteral("Harbour Logistics buys Coastline Freight for $1.2bn") << QStringLiteral("The Port Report")
        << QDate(2025, 6, 18);
    QTest::newRow("JSON-LD @graph, role=navigation, table")
        << QStringLiteral("jsonld_graph.html")
        << QStringLiteral("Wind farm operator raises €800m\n"
                          "Brise Energie raised €800 million from infrastructure funds to build three wind farms in "
                          "Normandy.\n"
                          "Farm\tCapacity\n"
                          "Fécamp Nord\t250 MW")
        << QStringLiteral("Wind farm operator raises €800m") << QStringLiteral("Renewables Daily")
        << QDate(2024, 9, 30);
    QTest::newRow("JSON-LD array, dc.date, h1 title")
        << QStringLiteral("meta_only.html")
        << QStringLiteral("Bakery chain Crumb & Co files for listing\nCrumb & Co plans to raise up to £150m.")
        << QStringLiteral("Bakery chain Crumb & Co files for listing") << QStringLiteral("Metro Business Wire")
        << QDate(2023, 2, 1);
}

void TestHtmlArticleParser::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, publisher);
    QFETCH(QDate, date);
    QFile f(QStringLiteral(DEALSCOPE_TEST_DATA "/reading/") + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    Article article;
    HtmlArticleParser::parse(QString::fromUtf8(f.readAll()), article);
    QCOMPARE(article.text, text);
    QCOMPARE(article.title, title);
    QCOMPARE(article.publisher, publisher);
    QCOMPARE(article.date, date);
}

void TestHtmlArticleParser::snippets_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("publisher");
    QTest::addColumn<QDate>("date");

    QTest::newRow("title suffix naming the site is dropped")
        << QStringLiteral("<html><head><title>Grid operator wins tender - Energy Wire</title>"
                          "<meta property='og:site_name' content='Energy Wire'></head>"
                          "<body><p>The tender is worth 2 GW.</p></body></html>")
        << QStringLiteral("The tender is worth 2 GW.") << QStringLiteral("Grid operator wins tender")
        << QStringLiteral("Energy Wire") << QDate();
    QTest::newRow("the title's rest beside the headline names the site")
        << QStringLiteral("<html><head><title>Port operator sold for $3 billion | Harbour Ledger</title>"
                          "<meta name='publish-date' content='2024-06-11'></head>"
                          "<body><article><h1>Port operator sold for $3 billion</h1><p>The sale closed.</p></article></body></html>")
        << QStringLiteral("Port operator sold for $3 billion\nThe sale closed.") << QStringLiteral("Port operator sold for $3 billion")
        << QStringLiteral("Harbour Ledger") << QDate(2024, 6, 11);
    QTest::newRow("title suffix that is not the site stays")
        << QStringLiteral("<title>Q3 results - a closer look</title><p>Sales rose 4%.</p>")
        << QStringLiteral("Sales rose 4%.") << QStringLiteral("Q3 results - a closer look") << QString() << QDate();
    QTest::newRow("main without article, time element")
        << QStringLiteral("<body><div>Menu</div><main><p>Fund closes at <i>€500m</i>.</p>"
                          "<time datetime='2024-12-02T09:00:00Z'>2 Dec</time></main></body>")
        << QStringLiteral("Fund closes at €500m.\n2 Dec") << QString() << QString() << QDate(2024, 12, 2);
    QTest::newRow("largest article wins, br and entities")
        << QStringLiteral("<article><p>Card</p></article><article><p>First&nbsp;line<br>second &lt;line&gt;</p>"
                          "<p>Third   line\n  wrapped</p></article>")
        << QStringLiteral("First line\nsecond <line>\nThird line wrapped") << QString() << QString() << QDate();
    QTest::newRow("pre keeps its lines, collapses spaces")
        << QStringLiteral("<p>Intro.</p><pre>a = 1\r\nb  =  2</pre><p>Done.</p>")
        << QStringLiteral("Intro.\na = 1\nb = 2\nDone.") << QString() << QString() << QDate();
    QTest::newRow("pubdate meta and site header outside article")
        << QStringLiteral("<head><meta name='pubdate' content='20220315'></head><body><header><h1>Site</h1></header>"
                          "<p>Body text here.</p></body>")
        << QStringLiteral("Body text here.") << QStringLiteral("Site") << QString() << QDate(2022, 3, 15);
    QTest::newRow("broken JSON-LD is ignored")
        << QStringLiteral("<script type='application/ld+json'>{\"headline\": </script><p>Still read.</p>")
        << QStringLiteral("Still read.") << QString() << QString() << QDate();
    QTest::newRow("display none and aria-hidden dropped")
        << QStringLiteral("<p>Kept.</p><p style='display: none'>Gone.</p><span aria-hidden='true'>Icon</span>")
        << QStringLiteral("Kept.") << QString() << QString() << QDate();
}

void TestHtmlArticleParser::snippets()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, publisher);
    QFETCH(QDate, date);
    Article article;
    HtmlArticleParser::parse(html, article);
    QCOMPARE(article.text, text);
    QCOMPARE(article.title, title);
    QCOMPARE(article.publisher, publisher);
    QCOMPARE(article.date, date);
}

void TestHtmlArticleParser::declaredCharset_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("charset");

    QTest::newRow("meta charset") << QByteArray("<html><head><meta charset=\"UTF-8\">") << QByteArray("utf-8");
    QTest::newRow("unquoted") << QByteArray("<meta charset=windows-1252>") << QByteArray("windows-1252");
    QTest::newRow("http-equiv")
        << QByteArray("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">")
        << QByteArray("iso-8859-1");
    QTest::newRow("xml prolog") << QByteArray("<?xml version=\"1.0\" encoding=\"windows-1252\"?><html>")
                                << QByteArray("windows-1252");
    QTest::newRow("none") << QByteArray("<html><head><title>x</title>") << QByteArray();
    QTest::newRow("too late") << QByteArray(QByteArray(1100, ' ') + "<meta charset=\"koi8-r\">") << QByteArray();
}

void TestHtmlArticleParser::declaredCharset()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, charset);
    QCOMPARE(HtmlArticleParser::declaredCharset(html), charset);
}

void TestHtmlArticleParser::metadataDates_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("date");

    QTest::newRow("iso with offset") << QStringLiteral("2025-11-03T23:30:00-05:00") << QDate(2025, 11, 3);
    QTest::newRow("iso date") << QStringLiteral("2021-01-09") << QDate(2021, 1, 9);
    QTest::newRow("compact") << QStringLiteral("20190704") << QDate(2019, 7, 4);
    QTest::newRow("rfc 2822") << QStringLiteral("Tue, 04 Feb 2020 10:15:00 +0000") << QDate(2020, 2, 4);
    QTest::newRow("written") << QStringLiteral("March 9, 2018") << QDate(2018, 3, 9);
    QTest::newRow("garbage") << QStringLiteral("last Tuesday") << QDate();
    QTest::newRow("impossible") << QStringLiteral("2025-02-30") << QDate();
}

void TestHtmlArticleParser::metadataDates()
{
    QFETCH(QString, value);
    QFETCH(QDate, date);
    QCOMPARE(HtmlArticleParser::parseMetadataDate(value), date);
}

void TestHtmlArticleParser::stripSiteName_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("stripped");

    QTest::newRow("pipe") << QStringLiteral("Deal done | Metro Post") << QStringLiteral("Metro Post")
                          << QStringLiteral("Deal done");
    QTest::newRow("em dash, The") << QStringLiteral("Deal done — Metro Post") << QStringLiteral("The Metro Post")
                                  << QStringLiteral("Deal done");
    QTest::newRow("site first") << QStringLiteral("Metro Post: Deal done") << QStringLiteral("Metro Post")
                                << QStringLiteral("Deal done");
    QTest::newRow("other suffix") << QStringLiteral("Deal done | Analysis") << QStringLiteral("Metro Post")
                                  << QStringLiteral("Deal done | Analysis");
    QTest::newRow("hyphenated words") << QStringLiteral("Buy-out firm re-enters market") << QStringLiteral("market")
                                      << QStringLiteral("Buy-out firm re-enters market");
}

void TestHtmlArticleParser::stripSiteName()
{
    QFETCH(QString, title);
    QFETCH(QString, site);
    QFETCH(QString, stripped);
    QCOMPARE(HtmlArticleParser::stripSiteName(title, site), stripped);
}

QTEST_GUILESS_MAIN(TestHtmlArticleParser)
#include "tst_htmlarticleparser.moc"
