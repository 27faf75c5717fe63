// SPDX-License-Identifier: GPL-3.0-or-later
// article_families.families: known byte layouts (worked out by hand), sets
// given in any order with repeats, and damaged blobs refused.
#include "familysetcodec.h"

#include <QTest>

using namespace DealScope;

using Families = QList<qint64>;

class TestFamilySetCodec : public QObject
{
    Q_OBJECT

private slots:
    void knownBytes_data()
    {
        QTest::addColumn<Families>("families");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("none") << Families{} << QByteArray();
        QTest::newRow("one") << Families{77} << QByteArray("\x4d\x00\x00\x00", 4);
        // sorted, the repeat dropped; the largest 31-bit hash 0x7fffffff
        QTest::newRow("unordered with a repeat")
            << Families{0x7fffffff, 9, 0x7fffffff, 0x01020304}
            << QByteArray("\x09\x00\x00\x00\x04\x03\x02\x01\xff\xff\xff\x7f", 12);
    }
    void knownBytes()
    {
        QFETCH(Families, families);
        QFETCH(QByteArray, bytes);
        QCOMPARE(FamilySetCodec::encode(families), bytes);
    }

    void decodesSortedAndAppends()
    {
        Families families{5};
        QVERIFY(FamilySetCodec::decode(QByteArray("\x09\x00\x00\x00\xff\xff\xff\x7f", 8), families));
        QCOMPARE(families, (Families{5, 9, 0x7fffffff}));
    }

    void refusesDamaged()
    {
        Families families{5};
        QVERIFY(!FamilySetCodec::decode(QByteArray("\x09\x00\x00\x00\x01", 5), families));
        QCOMPARE(families, Families{5}); // nothing appended
    }
};

QTEST_GUILESS_MAIN(TestFamilySetCodec)
#include "tst_familysetcodec.moc"
