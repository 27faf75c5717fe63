// SPDX-License-Identifier: GPL-3.0-or-later
// How an article's spans and text are packed: SpanCodec's BLOB and
// StoredText's compression round-trip exactly and refuse damaged input.
#include "spancodec.h"
#include "storedtext.h"

#include <QTest>

#include <cmath>

#include <sqlite3.h>

using namespace DealScope;

namespace {

// About 3 MB of varied prose: words picked by a fixed linear congruential sequence.
QString largeText()
{
    const QStringList words = {QStringLiteral("Helios"), QStringLiteral("Energy"), QStringLiteral("agreed"),
                               QStringLiteral("to"), QStringLiteral("buy"), QStringLiteral("Northwind"),
                               QStringLiteral("€4.2"), QStringLiteral("billion"), QStringLiteral("naïve"),
                               QStringLiteral("🚀"), QStringLiteral("stake."), QStringLiteral("Ölfeld\n")};
    QString text;
    quint32 state = 7;
    while (text.size() < 3'000'000) {
        state = state * 1103515245u + 12345u;
        text += words.at(int((state >> 16) % quint32(words.size()))) + QLatin1Char(' ');
    }
    return text;
}

// dealscope_text(body) on a fresh connection: the text, or "error: " and SQLite's message.
QString sqlTextOf(const QByteArray &body)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK || !StoredText::registerSqlFunctions(db))
        return QStringLiteral("no connection");
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db, "SELECT dealscope_text(?1)", -1, &s, nullptr);
    sqlite3_bind_blob(s, 1, body.constData(), int(body.size()), SQLITE_TRANSIENT);
    QString text;
    if (sqlite3_step(s) == SQLITE_ROW)
        text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)), sqlite3_column_bytes(s, 0));
    else
        text = QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(s);
    sqlite3_close(db);
    return text;
}

SpanCodec::Spans sample()
{
    SpanCodec::Spans s;
    SpanCodec::StoredFigure money;
    money.start = 120;
    money.end = 131;
    money.typeId = 3;
    money.value = 4.2e9;
    money.valueMax = 4.5e9;
    s.figures.append(money);
    SpanCodec::StoredFigure fraction; // not whole: stored as 8 bytes
    fraction.start = 40; // before the previous one: a negative delta
    fraction.end = 45;
    fraction.typeId = 300;
    fraction.value = -27.35;
    fraction.retracted = true;
    s.figures.append(fraction);
    SpanCodec::StoredFigure date;
    date.start = 40;
    date.end = 60;
    date.typeId = 1;
    date.date = QStringLiteral("2019");
    date.dateMax = QStringLiteral("2023-11");
    s.figures.append(date);
    s.mentions.append({0, 12, 7, true});
    s.mentions.append({200000, 200013, 123456789, false});
    return s;
}

} // namespace

class TestDatabaseSpanCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips()
    {
        const SpanCodec::Spans in = sample();
        const QByteArray blob = SpanCodec::encode(in);
        const std::optional<SpanCodec::Spans> out = SpanCodec::decode(blob);
        QVERIFY(out);
        QCOMPARE(out->figures.size(), in.figures.size());
        for (qsizetype i = 0; i < in.figures.size(); ++i) {
            const SpanCodec::StoredFigure &a = in.figures.at(i);
            const SpanCodec::StoredFigure &b = out->figures.at(i);
            QCOMPARE(b.start, a.start);
            QCOMPARE(b.end, a.end);
            QCOMPARE(b.typeId, a.typeId);
            QCOMPARE(b.value, a.value);
            QCOMPARE(b.valueMax, a.valueMax);
            QCOMPARE(b.date, a.date);
            QCOMPARE(b.dateMax, a.dateMax);
            QCOMPARE(b.retracted, a.retracted);
        }
        QCOMPARE(out->mentions.size(), qsizetype(2));
        QCOMPARE(out->mentions.at(1).start, qint64(200000));
        QCOMPARE(out->mentions.at(1).end, qint64(200013));
        QCOMPARE(out->mentions.at(1).entityId, qint64(123456789));
        QVERIFY(out->mentions.at(0).known);
        QVERIFY(!out->mentions.at(1).known);
    }

    void isCompact()
    {
        // A typical figure (whole value, small ids) takes a handful of bytes, not a row.
        SpanCodec::Spans s;
        for (int i = 0; i < 100; ++i) {
            SpanCodec::StoredFigure f;
            f.start = 50 * i;
            f.end = f.start + 11;
            f.typeId = 5;
            f.value = 2e9;
            s.figures.append(f);
        }
        QVERIFY2(SpanCodec::encode(s).size() < 100 * 12, QByteArray::number(SpanCodec::encode(s).size()));
    }

    // Version 2 written out by hand: 4.2e9 is the digits 42 and the power 8
    // (zig-zag 84 << 5 | 8 + 15 = 2711), "2024-03" is (2024 × 13 + 3) × 32 + 1
    // = 842081, a known mention's length 12 is 12 << 1 | 1.
    void writesVersion2()
    {
        SpanCodec::Spans s;
        SpanCodec::StoredFigure money;
        money.start = 10;
        money.end = 21;
        money.typeId = 3;
        money.value = 4.2e9;
        s.figures.append(money);
        SpanCodec::StoredFigure month;
        month.start = 30;
        month.end = 40;
        month.typeId = 2;
        month.date = QStringLiteral("2024-03");
        s.figures.append(month);
        s.mentions.append({5, 17, 7, true});
        const QByteArray expected = QByteArray::fromHex("0202" "140b03219715" "280a0204e1b233" "01" "0a1907");
        QCOMPARE(SpanCodec::encode(s).toHex(), expected.toHex());
        const std::optional<SpanCodec::Spans> out = SpanCodec::decode(expected);
        QVERIFY(out);
        QCOMPARE(out->figures.size(), qsizetype(2));
        QCOMPARE(out->figures.at(0).value, std::optional<double>(4.2e9));
        QCOMPARE(out->figures.at(1).date, QStringLiteral("2024-03"));
        QCOMPARE(out->mentions.at(0).end, qint64(17));
        QVERIFY(out->mentions.at(0).known);
    }

    // A blob of version 1 (as schema versions 4 to 7 stored it), written out
    // by hand, still reads: a whole value as a zig-zag varint (250), another
    // as 8 bytes (2.5), dates as text, `known` as a byte.
    void readsVersion1()
    {
        const QByteArray blob = QByteArray::fromHex("0103"
                                                    "140b0321f403"                  // 10-21 type 3, 250
                                                    "28040111" "0000000000000440" // 30-34 type 1, 2.5, retracted
                                                    "000a020c" "0432303139" "07323032332d3131" // 30-40 2019–2023-11
                                                    "01" "0a0c0701");               // 5-17 entity 7, known
        const std::optional<SpanCodec::Spans> out = SpanCodec::decode(blob);
        QVERIFY(out);
        QCOMPARE(out->figures.size(), qsizetype(3));
        const SpanCodec::StoredFigure &a = out->figures.at(0);
        QCOMPARE(a.start, qint64(10));
        QCOMPARE(a.end, qint64(21));
        QCOMPARE(a.typeId, qint64(3));
        QCOMPARE(a.value, std::optional<double>(250));
        QVERIFY(!a.valueMax);
        QVERIFY(!a.retracted);
        const SpanCodec::StoredFigure &b = out->figures.at(1);
        QCOMPARE(b.start, qint64(30));
        QCOMPARE(b.end, qint64(34));
        QCOMPARE(b.value, std::optional<double>(2.5));
        QVERIFY(b.retracted);
        const SpanCodec::StoredFigure &c = out->figures.at(2);
        QCOMPARE(c.start, qint64(30));
        QCOMPARE(c.end, qint64(40));
        QVERIFY(!c.value);
        QCOMPARE(c.date, QStringLiteral("2019"));
        QCOMPARE(c.dateMax, QStringLiteral("2023-11"));
        QCOMPARE(out->mentions.size(), qsizetype(1));
        QCOMPARE(out->mentions.at(0).start, qint64(5));
        QCOMPARE(out->mentions.at(0).end, qint64(17));
        QCOMPARE(out->mentions.at(0).entityId, qint64(7));
        QVERIFY(out->mentions.at(0).known);
    }

    // Every value and date comes back exactly, in whichever form it was stored.
    void valuesAndDatesRoundTrip_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("date");
        QTest::newRow("zero") << 0.0 << QStringLiteral("2025");
        QTest::newRow("negative zero") << -0.0 << QStringLiteral("2025-11");
        QTest::newRow("decimal") << 27.35 << QStringLiteral("2025-11-03");
        QTest::newRow("tenth") << 0.1 << QStringLiteral("0999-01-31");
        QTest::newRow("negative") << -1.25e-7 << QStringLiteral("2025-13");
        QTest::newRow("third") << 1.0 / 3.0 << QStringLiteral("2025-02-00");
        QTest::newRow("huge") << 1e300 << QStringLiteral("Q3 2025");
        QTest::newRow("beyond 2^53") << 123456789012345678.0 << QStringLiteral("25-11-03");
        QTest::newRow("many zeros") << 3e20 << QStringLiteral("2025-1-3");
        QTest::newRow("large decimal") << 1234567.891 << QStringLiteral("Ölfeld");
    }

    void valuesAndDatesRoundTrip()
    {
        QFETCH(double, value);
        QFETCH(QString, date);
        SpanCodec::Spans in;
        SpanCodec::StoredFigure f;
        f.value = value;
        f.valueMax = -value;
        f.date = date;
        f.dateMax = date;
        in.figures.append(f);
        const std::optional<SpanCodec::Spans> out = SpanCodec::decode(SpanCodec::encode(in));
        QVERIFY(out);
        const SpanCodec::StoredFigure &g = out->figures.at(0);
        QVERIFY(g.value && g.valueMax);
        QCOMPARE(QByteArray::number(*g.value, 'g', 17), QByteArray::number(value, 'g', 17));
        QCOMPARE(std::signbit(*g.value), std::signbit(value));
        QCOMPARE(QByteArray::number(*g.valueMax, 'g', 17), QByteArray::number(-value, 'g', 17));
        QCOMPARE(std::signbit(*g.valueMax), std::signbit(-value));
        QCOMPARE(g.date, date);
        QCOMPARE(g.dateMax, date);
    }

    void emptyRoundTrips()
    {
        const std::optional<SpanCodec::Spans> out = SpanCodec::decode(SpanCodec::encode({}));
        QVERIFY(out);
        QVERIFY(out->figures.isEmpty());
        QVERIFY(out->mentions.isEmpty());
    }

    void refusesDamagedData()
    {
        const QByteArray blob = SpanCodec::encode(sample());
        for (qsizetype cut = 0; cut < blob.size(); ++cut)
            QVERIFY2(!SpanCodec::decode(blob.left(cut)), qPrintable(QString::number(cut)));
        QVERIFY(!SpanCodec::decode(blob + 'x'));
        QByteArray otherVersion = blob;
        otherVersion[0] = char(SpanCodec::Version + 1);
        QVERIFY(!SpanCodec::decode(otherVersion));
        QVERIFY(!SpanCodec::decode(QByteArray("\x01\xff\xff\xff\xff\x0f", 6))); // a count beyond the data
    }

    void textRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << QStringLiteral("Helios Energy agreed to buy Northwind Grid for €4.2 billion.");
        QTest::newRow("beyond the BMP") << QStringLiteral("Ölfeld 🚀 naïve — ₹3,200 crore\n\ttabs");
        QTest::newRow("long") << QStringLiteral("The deal values the company at $300 billion. ").repeated(500);
        QTest::newRow("large") << largeText();
    }

    void textRoundTrips()
    {
        QFETCH(QString, text);
        const QByteArray body = StoredText::compress(text);
        QCOMPARE(StoredText::decompress(body), text);
        if (text.size() > 1000 && text.size() < 100000)
            QVERIFY(body.size() < text.toUtf8().size() / 4);
        // New bodies are zstd frames (RFC 8878 magic number 0xFD2FB528, little-endian).
        QCOMPARE(body.left(4), QByteArray::fromHex("28b52ffd"));
    }

    // Databases written before zstd hold qCompress bodies: a 4-byte
    // big-endian length and a zlib stream. This one is made by hand (a stored
    // deflate block and its Adler-32), not by any compressor.
    void readsQCompressBodies()
    {
        const QByteArray text("Kestrel Labs raised 40 million");
        const QByteArray handMade =
            QByteArray::fromHex("0000001e" "7801" "01" "1e00" "e1ff") + text + QByteArray::fromHex("a6480aad");
        QCOMPARE(StoredText::decompress(handMade), QString::fromLatin1(text));
        QCOMPARE(sqlTextOf(handMade), QString::fromLatin1(text));
        // What DealScope wrote with zlib level 1 (Qt's qCompress, the old writer).
        const QString old = QStringLiteral("Ölfeld 🚀 naïve — ₹3,200 crore. ").repeated(200);
        QCOMPARE(StoredText::decompress(qCompress(old.toUtf8(), 1)), old);
        QCOMPARE(StoredText::decompress(qCompress(QByteArray(), 1)), QString());
        QCOMPARE(StoredText::decompress(qCompress(largeText().toUtf8(), 1)), largeText());
    }

    // A damaged body reads as an error from SQL (the full-text index and the
    // readers see it) and as no text from decompress(), never as a crash or
    // as other text.
    void damagedZstdBodiesAreReported_data()
    {
        const QByteArray good = StoredText::compress(QStringLiteral("Helios Energy agreed to buy Northwind Grid. ").repeated(40));
        QTest::addColumn<QByteArray>("body");
        QByteArray flipped = good;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x55);
        QTest::newRow("a byte flipped") << flipped;
        QByteArray checksum = good;
        checksum[checksum.size() - 1] = char(checksum[checksum.size() - 1] ^ 1);
        QTest::newRow("checksum wrong") << checksum;
        QTest::newRow("truncated") << good.left(good.size() - 5);
        QTest::newRow("magic only") << good.left(4);
        QTest::newRow("header only") << good.left(8);
        QTest::newRow("magic then garbage") << QByteArray::fromHex("28b52ffd") + QByteArray(64, '\xee');
    }

    void damagedZstdBodiesAreReported()
    {
        QFETCH(QByteArray, body);
        QCOMPARE(StoredText::decompress(body), QString());
        QCOMPARE(sqlTextOf(body), QStringLiteral("error: dealscope_text: damaged compressed text"));
    }

    void emptyTextIsAValidBody()
    {
        const QByteArray body = StoredText::compress(QString());
        QVERIFY(!body.isEmpty()); // a frame, so a damaged one is still told from an empty text
        QCOMPARE(sqlTextOf(body), QString());
        QCOMPARE(sqlTextOf(QByteArray()), QString()); // x'': the column's default
    }

    // dealscope_text() answers from a KnownText only for the very body it
    // names: any other body is still inflated.
    void knownTextOnlyAnswersForItsBody()
    {
        const QString first = QStringLiteral("Helios Energy agreed to buy Northwind Grid.");
        const QString second = QStringLiteral("Northwind Grid agreed to buy Helios Energy.");
        const QByteArray firstBody = StoredText::compress(first);
        const QByteArray secondBody = StoredText::compress(second);
        // The known text stands for its body: a different UTF-8 text shows it was used.
        const QByteArray marker = QByteArrayLiteral("known");
        {
            const StoredText::KnownText known(firstBody, marker);
            QCOMPARE(sqlTextOf(firstBody), QStringLiteral("known"));
            QCOMPARE(sqlTextOf(secondBody), second);
            QVERIFY(sqlTextOf(firstBody.left(firstBody.size() - 1) + 'x').startsWith(QLatin1String("error: "))); // damaged
        }
        QCOMPARE(sqlTextOf(firstBody), first);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseSpanCodec)
#include "tst_databasespancodec.moc"
