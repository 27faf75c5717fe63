// SPDX-License-Identifier: GPL-3.0-or-later
// Turning what a person types into a safe FTS5 expression, and finding the
// hits again in article text as UTF-16 offsets.
#include "searchindex.h"
#include "searchquery.h"

#include <QTest>

using namespace DealScope;

class TestDatabaseSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void expression_data();
    void expression();
    void refused_data();
    void refused();
    void longQueryIsCut();
    void hits_data();
    void hits();
    void snippet();
};

void TestDatabaseSearchQuery::expression_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fts");
    QTest::newRow("one word") << QStringLiteral("merger") << QStringLiteral("(\"merger\")");
    QTest::newRow("case folded") << QStringLiteral("Siemens") << QStringLiteral("(\"siemens\")");
    QTest::newRow("accents folded") << QStringLiteral("Société Générale") << QStringLiteral("(\"societe\" AND \"generale\")");
    QTest::newRow("prefix") << QStringLiteral("gigawat*") << QStringLiteral("(\"gigawat\" *)");
    QTest::newRow("phrase") << QStringLiteral("\"rights issue\"") << QStringLiteral("(\"rights issue\")");
    QTest::newRow("phrase prefix") << QStringLiteral("\"rights iss\"*") << QStringLiteral("(\"rights iss\" *)");
    QTest::newRow("money as written") << QStringLiteral("£3.7bn") << QStringLiteral("(\"3 7bn\")");
    QTest::newRow("dollars and scale") << QStringLiteral("$12 billion") << QStringLiteral("(\"12\" AND \"billion\")");
    QTest::newRow("ticket id") << QStringLiteral("OPS-306") << QStringLiteral("(\"ops 306\")");
    QTest::newRow("column syntax") << QStringLiteral("a:b") << QStringLiteral("(\"a b\")");
    QTest::newRow("hashtag") << QStringLiteral("#tag") << QStringLiteral("(\"tag\")");
    QTest::newRow("lower-case operators are words") << QStringLiteral("buy or sell") << QStringLiteral("(\"buy\" AND \"or\" AND \"sell\")");
    QTest::newRow("OR") << QStringLiteral("Vodafone OR Orange") << QStringLiteral("(\"vodafone\") OR (\"orange\")");
    QTest::newRow("NOT") << QStringLiteral("Ryanair NOT strike") << QStringLiteral("((\"ryanair\")) NOT \"strike\"");
    QTest::newRow("AND is implicit") << QStringLiteral("Bayer AND Monsanto") << QStringLiteral("(\"bayer\" AND \"monsanto\")");
    QTest::newRow("unmatched quote") << QStringLiteral("\"Tata Steel") << QStringLiteral("(\"tata\" AND \"steel\")");
    QTest::newRow("quote inside word") << QStringLiteral("Macy\"s") << QStringLiteral("(\"macy\" AND \"s\")");
    QTest::newRow("FTS keywords quoted") << QStringLiteral("NEAR(a b)") << QStringLiteral("(\"near a\" AND \"b\")");
    QTest::newRow("star alone ignored") << QStringLiteral("rupee *") << QStringLiteral("(\"rupee\")");
    QTest::newRow("brackets and carets") << QStringLiteral("(^ A$9.6bil)") << QStringLiteral("(\"a 9 6bil\")");
    QTest::newRow("CJK kept") << QStringLiteral("软银") << QStringLiteral("(\"软银\")");
}

void TestDatabaseSearchQuery::expression()
{
    QFETCH(QString, input);
    QFETCH(QString, fts);
    const SearchQuery q = SearchQuery::parse(input);
    QVERIFY2(q.isValid(), qPrintable(q.error()));
    QCOMPARE(q.ftsExpression(), fts);
}

void TestDatabaseSearchQuery::refused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   \t ") << QStringLiteral("empty");
    QTest::newRow("a quote") << QStringLiteral("\"") << QStringLiteral("no word to look for");
    QTest::newRow("NOT alone") << QStringLiteral("NOT") << QStringLiteral("no word to look for");
    QTest::newRow("operators") << QStringLiteral("AND OR NOT") << QStringLiteral("no word to look for");
    QTest::newRow("punctuation") << QStringLiteral("$ % — #") << QStringLiteral("no word to look for");
    QTest::newRow("only exclusions") << QStringLiteral("NOT layoffs") << QStringLiteral("only excludes");
}

void TestDatabaseSearchQuery::refused()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    const SearchQuery q = SearchQuery::parse(input);
    QVERIFY(!q.isValid());
    QVERIFY2(q.error().contains(message), qPrintable(q.error()));
}

void TestDatabaseSearchQuery::longQueryIsCut()
{
    QString input;
    for (int i = 0; input.size() < 10000; ++i)
        input += QStringLiteral("word%1 ").arg(i);
    const SearchQuery q = SearchQuery::parse(input);
    QVERIFY(q.isValid());
    QCOMPARE(q.terms().size(), 64);
    QCOMPARE(q.warnings().size(), 1);
}

void TestDatabaseSearchQuery::hits_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected"); // start, end, start, end…
    QTest::newRow("word, any case")
        << QStringLiteral("merger") << QStringLiteral("The Merger closed. A merger again.") << QList<int>{4, 10, 21, 27};
    QTest::newRow("prefix")
        << QStringLiteral("gigawat*") << QStringLiteral("1 gigawatt, then 3 gigawatts") << QList<int>{2, 10, 19, 28};
    QTest::newRow("phrase only where adjacent")
        << QStringLiteral("\"rights issue\"") << QStringLiteral("issue of rights; a rights issue")
        << QList<int>{19, 31};
    QTest::newRow("figure as written, one hit")
        << QStringLiteral("$12 billion") << QStringLiteral("Paid $12 billion (12 more later) in billion-dollar terms")
        << QList<int>{6, 16, 18, 20, 36, 43};
    QTest::newRow("offsets after astral characters are UTF-16")
        << QStringLiteral("grid") << QStringLiteral("\U0001F50C\U0001F50C power grid") << QList<int>{11, 15};
    QTest::newRow("accented text")
        << QStringLiteral("nestle") << QStringLiteral("Shares of Nestlé rose") << QList<int>{10, 16};
    QTest::newRow("excluded words give no hit")
        << QStringLiteral("port NOT strike") << QStringLiteral("port strike at the port") << QList<int>{0, 4, 19, 23};
    QTest::newRow("no partial words")
        << QStringLiteral("gas") << QStringLiteral("Gasprom and gases, gas") << QList<int>{19, 22};
}

void TestDatabaseSearchQuery::hits()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    const QList<SearchQuery::Span> spans = SearchQuery::parse(query).findHits(text);
    QList<int> flat;
    for (const SearchQuery::Span &s : spans)
        flat << int(s.start) << int(s.end);
    QCOMPARE(flat, expected);
}

void TestDatabaseSearchQuery::snippet()
{
    const QString text = QStringLiteral("Alpha beta gamma delta. The utility agreed to pay €7.5 billion for the grid operator, "
                                        "it said on Monday, adding that regulators must still approve.");
    const SearchQuery q = SearchQuery::parse(QStringLiteral("billion"));
    // Four words before the hit (the digits of "7.5" are two words), eight after.
    const QString s = SearchIndex::snippet(text, q.findHits(text), 4);
    QCOMPARE(s, QStringLiteral("… to pay €7.5 [billion] for the grid operator, it said on Monday, …"));
}

QTEST_GUILESS_MAIN(TestDatabaseSearchQuery)
#include "tst_databasesearchquery.moc"
