// SPDX-License-Identifier: GPL-3.0-or-later
// facts.sources: known byte layouts (worked out by hand), round trips of
// large and backward article ids, and damaged blobs refused.
#include "factsourcecodec.h"

#include <QTest>

using namespace DealScope;

using Sources = QList<FactSourceCodec::Source>;

class TestFactSourceCodec : public QObject
{
    Q_OBJECT

private slots:
    void knownBytes_data()
    {
        QTest::addColumn<Sources>("sources");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("none") << Sources{} << QByteArray();
        // article 5 (zigzag 10), ord 0; back to article 3 (delta -2, zigzag 3), ord 2
        QTest::newRow("backwards") << Sources{{5, 0}, {3, 2}} << QByteArray("\x0a\x00\x03\x02", 4);
        // article 300: zigzag 600 = 0x258, two varint bytes (0xd8 0x04); ord 130: 0x82 0x01
        QTest::newRow("two-byte varints") << Sources{{300, 130}} << QByteArray("\xd8\x04\x82\x01", 4);
        // the same article again: delta 0
        QTest::newRow("same article") << Sources{{1, 0}, {1, 1}} << QByteArray("\x02\x00\x00\x01", 4);
    }
    void knownBytes()
    {
        QFETCH(Sources, sources);
        QFETCH(QByteArray, bytes);
        QCOMPARE(FactSourceCodec::encode(sources), bytes);
        Sources decoded;
        QVERIFY(FactSourceCodec::decode(bytes, decoded));
        QCOMPARE(decoded, sources);
    }

    void roundTrip()
    {
        const Sources sources{{qint64(1) << 40, 7}, {1, 0}, {(qint64(1) << 40) + 3, 100000}, {2, 1}, {2, 0}};
        Sources decoded{{9, 9}}; // decode appends
        QVERIFY(FactSourceCodec::decode(FactSourceCodec::encode(sources), decoded));
        const Sources expected = Sources{{9, 9}} + sources;
        QCOMPARE(decoded, expected);
    }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("article without ord") << QByteArray("\x0a", 1);
        QTest::newRow("varint cut") << QByteArray("\x0a\x80", 2);
        QTest::newRow("longer than 64 bits") << QByteArray(11, char(0x80));
    }
    void damaged()
    {
        QFETCH(QByteArray, bytes);
        Sources decoded;
        QVERIFY(!FactSourceCodec::decode(bytes, decoded));
    }
};

QTEST_APPLESS_MAIN(TestFactSourceCodec)
#include "tst_factsourcecodec.moc"
