// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QTest>

using DealScope::TextDecoder;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data();
    void decodes();
    void rejects_data();
    void rejects();
    void lineEndings_data();
    void lineEndings();
    void firstInvalidByte_data();
    void firstInvalidByte();
};

void TestTextDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("declared");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("ascii") << QByteArray("Siemens buys Altair for $10bn.") << QByteArray()
                           << QStringLiteral("Siemens buys Altair for $10bn.") << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 euro and dash")
        << QByteArray("Deal worth \xE2\x82\xAC" "2.5bn \xE2\x80\x93 approved") << QByteArray()
        << QStringLiteral("Deal worth \u20AC2.5bn \u2013 approved") << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF" "Caf\xC3\xA9 chain sold") << QByteArray()
                                    << QStringLiteral("Caf\u00E9 chain sold") << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 wins over a declared latin1")
        << QByteArray("\xC2\xA3" "3.7billion") << QByteArray("iso-8859-1") << QStringLiteral("\u00A33.7billion")
        << QStringLiteral("UTF-8");
    QTest::newRow("utf-16le with BOM") << QByteArray("\xFF\xFE" "R\0s\0 \0" "5\0\x20\x20", 12) << QByteArray()
                                       << QStringLiteral("Rs 5\u2020") << QStringLiteral("UTF-16LE");
    QTest::newRow("utf-16be with BOM") << QByteArray("\xFE\xFF\0\xA5\0" "9\0b\0n", 10) << QByteArray()
                                       << QStringLiteral("\u00A59bn") << QStringLiteral("UTF-16BE");
    QTest::newRow("utf-16le CRLF") << QByteArray("\xFF\xFE" "a\0\r\0\n\0" "b\0", 10) << QByteArray()
                                   << QStringLiteral("a\nb") << QStringLiteral("UTF-16LE");
    QTest::newRow("windows-1252 declared")
        << QByteArray("\x93Quoted\x94 \x80" "5m \x96 caf\xE9") << QByteArray("windows-1252")
        << QStringLiteral("\u201CQuoted\u201D \u20AC5m \u2013 caf\u00E9") << QStringLiteral("Windows-1252");
    QTest::newRow("latin1 label means windows-1252")
        << QByteArray("\x80" "40m") << QByteArray("ISO-8859-1") << QStringLiteral("\u20AC40m")
        << QStringLiteral("Windows-1252");
    QTest::newRow("one stray control character") << QByteArray("End of report.\x1A") << QByteArray()
                                                 << QStringLiteral("End of report.\u001A") << QStringLiteral("UTF-8");
}

void TestTextDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, declared);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const TextDecoder::Result result = TextDecoder::decode(bytes, declared);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.text, text);
    QCOMPARE(result.encoding, encoding);
}

void TestTextDecoder::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("declared");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QByteArray() << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("only white space") << QByteArray(" \n\t\r\n") << QByteArray()
                                      << QStringLiteral("empty file (only white space)");
    QTest::newRow("NUL bytes") << QByteArray("PK\x03\x04\0\0\0\x08", 8) << QByteArray()
                               << QStringLiteral("binary data, not text");
    QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << QByteArray()
                                << QStringLiteral("binary data, not text");
    QTest::newRow("many control characters") << QByteArray("ab\x01\x02\x03\x04\x05\x06" "cd") << QByteArray()
                                             << QStringLiteral("binary data, not text");
    QTest::newRow("utf-16 without BOM") << QByteArray("N\0e\0w\0s\0", 8) << QByteArray()
                                        << QStringLiteral("binary data, not text");
    QTest::newRow("invalid utf-8") << QByteArray("Price: \xA3" "5m") << QByteArray()
                                   << QStringLiteral("not valid UTF-8 (first bad byte at offset 7)");
    QTest::newRow("invalid utf-8 after BOM") << QByteArray("\xEF\xBB\xBF" "ab\xFF") << QByteArray()
                                             << QStringLiteral("not valid UTF-8 (first bad byte at offset 5)");
    QTest::newRow("declared utf-8 does not help") << QByteArray("x\xE9y") << QByteArray("utf-8")
                                                  << QStringLiteral("not valid UTF-8 (first bad byte at offset 1)");
    QTest::newRow("declared utf-16 is read as utf-8") << QByteArray("a\xE9") << QByteArray("utf-16le")
                                                      << QStringLiteral("not valid UTF-8 (first bad byte at offset 1)");
    QTest::newRow("unknown declared encoding") << QByteArray("a\xE9") << QByteArray("x-made-up")
                                               << QStringLiteral("not valid UTF-8 (first bad byte at offset 1), and "
                                                                 "the declared encoding \"x-made-up\" is not supported");
    QTest::newRow("truncated sequence") << QByteArray("tail \xE2\x82") << QByteArray()
                                        << QStringLiteral("not valid UTF-8 (first bad byte at offset 5)");
    QTest::newRow("utf-16le odd length") << QByteArray("\xFF\xFE" "a\0b", 5) << QByteArray()
                                         << QStringLiteral("not valid UTF-16LE (odd number of bytes)");
    QTest::newRow("utf-32") << QByteArray("\xFF\xFE\0\0" "a\0\0\0", 8) << QByteArray()
                            << QStringLiteral("UTF-32 text is not supported; save it as UTF-8");
}

void TestTextDecoder::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, declared);
    QFETCH(QString, error);
    const TextDecoder::Result result = TextDecoder::decode(bytes, declared);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
    QVERIFY(result.text.isEmpty());
}

void TestTextDecoder::lineEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("crlf") << QByteArray("one\r\ntwo\r\n") << QStringLiteral("one\ntwo\n");
    QTest::newRow("lone cr") << QByteArray("one\rtwo\r\rthree") << QStringLiteral("one\ntwo\n\nthree");
    QTest::newRow("mixed") << QByteArray("a\r\nb\nc\rd") << QStringLiteral("a\nb\nc\nd");
    QTest::newRow("lf kept") << QByteArray("a\n\nb") << QStringLiteral("a\n\nb");
}

void TestTextDecoder::lineEndings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.text, text);
}

void TestTextDecoder::firstInvalidByte_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("offset");

    QTest::newRow("valid") << QByteArray("\xE2\x82\xAC \xF0\x9F\x93\x88") << -1;
    QTest::newRow("overlong slash") << QByteArray("ab\xC0\xAF") << 2;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << 0;
    QTest::newRow("above U+10FFFF") << QByteArray("ok \xF4\x90\x80\x80") << 3;
    QTest::newRow("lone continuation") << QByteArray("abc\x80") << 3;
    // Long ASCII runs are skipped sixteen bytes at a time: bad bytes after them,
    // at and across those blocks' edges, and a valid sequence straddling one.
    const QByteArray ascii37(37, 'a');
    QTest::newRow("after a long ASCII run") << QByteArray(ascii37 + "\xFF") << 37;
    QTest::newRow("first byte of a block") << QByteArray(QByteArray(16, 'a') + "\x80" + ascii37) << 16;
    QTest::newRow("sequence across a block edge")
        << QByteArray(QByteArray(15, 'a') + "\xE2\x82\xAC" + ascii37 + "\xC0\xAF") << 55;
    QTest::newRow("valid, long") << QByteArray(ascii37 + "\xE2\x82\xAC" + ascii37) << -1;
}

void TestTextDecoder::firstInvalidByte()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);
    QCOMPARE(TextDecoder::firstInvalidUtf8Byte(bytes), qsizetype(offset));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
