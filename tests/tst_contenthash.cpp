// SPDX-License-Identifier: GPL-3.0-or-later
// Content hashes are SHA-256 in lowercase hex, as stored since version 1:
// published test vectors, and agreement with Qt's own implementation on
// sizes around the 64-byte block.
#include "contenthash.h"

#include <QCryptographicHash>
#include <QTest>

using namespace DealScope;

class TestContentHash : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors_data();
    void knownVectors();
    void agreesWithQt();
};

void TestContentHash::knownVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");
    // FIPS 180-2 examples.
    QTest::newRow("empty") << QByteArray("")
                           << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestContentHash::knownVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    QCOMPARE(ContentHash::sha256Hex(input), digest);
}

void TestContentHash::agreesWithQt()
{
    for (const int size : {1, 55, 56, 63, 64, 65, 1000, 1 << 20}) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            bytes[i] = char((i * 131 + 7) & 0xff);
        QCOMPARE(ContentHash::sha256Hex(bytes),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }
}

QTEST_GUILESS_MAIN(TestContentHash)
#include "tst_contenthash.moc"
