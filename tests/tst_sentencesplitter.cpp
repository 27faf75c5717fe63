// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencesplitter.h"

#include <QTest>

using namespace DealScope;

class TestSentenceSplitter : public QObject
{
    Q_OBJECT

private slots:
    void sentences_data();
    void sentences();
    void paragraphs();
};

void TestSentenceSplitter::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two sentences") << QStringLiteral("Acme rose. Beta fell.")
                                   << QStringList{QStringLiteral("Acme rose."), QStringLiteral("Beta fell.")};
    QTest::newRow("company suffix") << QStringLiteral("Apple Inc. bought Beats for $3 billion. It closed in 2014.")
                                    << QStringList{QStringLiteral("Apple Inc. bought Beats for $3 billion."), QStringLiteral("It closed in 2014.")};
    QTest::newRow("dotted acronym") << QStringLiteral("Its U.S. arm grew 2.5 times. Shares rose.")
                                    << QStringList{QStringLiteral("Its U.S. arm grew 2.5 times."), QStringLiteral("Shares rose.")};
    QTest::newRow("month abbreviation") << QStringLiteral("The deal closed on Nov. 3 after review. Done.")
                                        << QStringList{QStringLiteral("The deal closed on Nov. 3 after review."), QStringLiteral("Done.")};
    QTest::newRow("headings and bullets are units")
        << QStringLiteral("Key Facts\n- **€2bn**: the price. - Closing: Q3.\nWhat next")
        << QStringList{QStringLiteral("Key Facts"), QStringLiteral("- **€2bn**: the price."), QStringLiteral("- Closing: Q3."),
                       QStringLiteral("What next")};
    QTest::newRow("quote closes a sentence") << QStringLiteral("He said \"we are done.\" Then he left.")
                                             << QStringList{QStringLiteral("He said \"we are done.\""), QStringLiteral("Then he left.")};
    QTest::newRow("lower case continues") << QStringLiteral("Revenue was approx. two billion euros.")
                                          << QStringList{QStringLiteral("Revenue was approx. two billion euros.")};
}

void TestSentenceSplitter::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const auto &s : SentenceSplitter::sentences(text))
        got << text.mid(s.start, s.end - s.start);
    QCOMPARE(got, expected);
    // Split from paragraphs the caller already has: the same sentences.
    QStringList fromParagraphs;
    for (const auto &s : SentenceSplitter::sentences(text, SentenceSplitter::paragraphs(text)))
        fromParagraphs << text.mid(s.start, s.end - s.start);
    QCOMPARE(fromParagraphs, expected);
}

void TestSentenceSplitter::paragraphs()
{
    const QString text = QStringLiteral("  Title\n\nFirst line. Two.\n   \nLast");
    const auto spans = SentenceSplitter::paragraphs(text);
    QCOMPARE(spans.size(), 3);
    QCOMPARE(text.mid(spans.at(0).start, spans.at(0).end - spans.at(0).start), QStringLiteral("Title"));
    QCOMPARE(text.mid(spans.at(1).start, spans.at(1).end - spans.at(1).start), QStringLiteral("First line. Two."));
    QCOMPARE(SentenceSplitter::indexOf(spans, text.indexOf(QStringLiteral("Two"))), qsizetype(1));
    QCOMPARE(SentenceSplitter::indexOf(spans, 0), qsizetype(-1));
}

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
