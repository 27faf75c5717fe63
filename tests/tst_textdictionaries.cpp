// SPDX-License-Identifier: GPL-3.0-or-later
// Stored texts compressed with a dictionary trained on the ingest's own files:
// training, round trips, a dictionary another process stored, and the ingest
// that trains one (or not).
#include "articleanalyzer.h"
#include "articlereader.h"
#include "database.h"
#include "querytext.h"
#include "gazetteer.h"
#include "ingestor.h"
#include "statement.h"
#include "storedtext.h"
#include "syntheticcorpus.h"
#include "textdictionaries.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <zstd.h>

using namespace DealScope;

namespace {

// Texts of invented deal articles, as a newsroom ingest would see them.
QList<QByteArray> sampleTexts(int count, quint64 seed)
{
    const SyntheticCorpus corpus(seed, SyntheticCorpus::Format::PlainText);
    QList<QByteArray> texts;
    for (int i = 0; i < count; ++i)
        texts.append(corpus.article(quint64(i)).bytes);
    return texts;
}

unsigned frameDictionary(const QByteArray &body)
{
    return ZSTD_getDictID_fromFrame(body.constData(), size_t(body.size()));
}

} // namespace

class TestTextDictionaries : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void tooLittleToLearnFrom();
    void compressesSmallerAndRoundTrips();
    void readsADictionaryStoredByAnotherProcess();
    void largeIngestTrainsOneDictionary();
    void smallIngestCompressesWithout();

private:
    void ingestSynthetic(Database &db, int count, int minimum);

    QTemporaryDir m_dir;
    const ArticleAnalyzer m_analyzer{Gazetteer::bundled()};
};

void TestTextDictionaries::init()
{
    QVERIFY(m_dir.isValid());
}

void TestTextDictionaries::tooLittleToLearnFrom()
{
    QVERIFY(TextDictionaries::train({}).isEmpty());
    QVERIFY(TextDictionaries::train(sampleTexts(20, 3)).isEmpty());
    QCOMPARE(TextDictionaries::add(QByteArrayLiteral("not a dictionary")), quint32(0));
}

void TestTextDictionaries::compressesSmallerAndRoundTrips()
{
    const QByteArray dictionary = TextDictionaries::train(sampleTexts(400, 5));
    QVERIFY(!dictionary.isEmpty());
    QVERIFY(dictionary.size() <= TextDictionaries::Capacity);
    const quint32 id = TextDictionaries::add(dictionary);
    QVERIFY(id != 0);
    QCOMPARE(TextDictionaries::add(dictionary), id); // registering twice is harmless

    // Articles the dictionary never saw (another seed), accented and non-Latin text included.
    QList<QByteArray> unseen = sampleTexts(30, 99);
    unseen.append(QStringLiteral("Siemens Energy übernimmt 49 % an Ørsted-Projekt für 2,1 Mrd. € — 東京").toUtf8());
    unseen.append(QByteArray());
    qsizetype plain = 0, withDictionary = 0;
    for (const QByteArray &text : std::as_const(unseen)) {
        const QByteArray alone = StoredText::compressUtf8(text);
        const QByteArray body = StoredText::compressUtf8(text, id);
        QCOMPARE(frameDictionary(alone), 0u);
        QCOMPARE(frameDictionary(body), id);
        QCOMPARE(StoredText::decompress(body), QString::fromUtf8(text));
        plain += alone.size();
        withDictionary += body.size();
    }
    // Short news texts are where a dictionary pays: well under three quarters of the size alone.
    QVERIFY2(withDictionary * 4 < plain * 3, qPrintable(QStringLiteral("%1 vs %2").arg(withDictionary).arg(plain)));
}

void TestTextDictionaries::readsADictionaryStoredByAnotherProcess()
{
    // A dictionary this process never registered, stored in the database by "another process",
    // and a body compressed with it there.
    const QByteArray dictionary = TextDictionaries::train(sampleTexts(300, 11));
    QVERIFY(!dictionary.isEmpty());
    const quint32 id = ZSTD_getDictID_fromDict(dictionary.constData(), size_t(dictionary.size()));
    QVERIFY(id != 0);
    QVERIFY(!TextDictionaries::forDecompression(id));
    const QByteArray text = sampleTexts(1, 12).first();
    QByteArray body(qsizetype(ZSTD_compressBound(size_t(text.size()))), Qt::Uninitialized);
    ZSTD_CCtx *context = ZSTD_createCCtx();
    const size_t written = ZSTD_compress_usingDict(context, body.data(), size_t(body.size()), text.constData(),
                                                   size_t(text.size()), dictionary.constData(), size_t(dictionary.size()), 1);
    ZSTD_freeCCtx(context);
    QVERIFY(!ZSTD_isError(written));
    body.resize(qsizetype(written));
    QCOMPARE(frameDictionary(body), id);
    QVERIFY(StoredText::decompress(body).isEmpty()); // not known here yet

    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("other.sqlite"))));
    Statement insert = db.prepare("INSERT INTO text_dictionaries (id, dictionary) VALUES (?1, ?2)");
    insert.bind(1, qint64(id));
    insert.bindBlob(2, dictionary);
    QVERIFY(insert.execute());
    Statement read = db.prepare("SELECT dealscope_text(?1)");
    read.bindBlob(1, body);
    QVERIFY(read.step());
    QCOMPARE(read.columnText(0), QString::fromUtf8(text));
    QVERIFY(TextDictionaries::forDecompression(id));

    // A frame whose dictionary is nowhere is an error that says so, not garbage.
    const QByteArray other = TextDictionaries::train(sampleTexts(300, 13));
    const quint32 otherId = ZSTD_getDictID_fromDict(other.constData(), size_t(other.size()));
    QVERIFY(otherId != id);
    Statement missing = db.prepare("SELECT dealscope_text(?1)");
    QByteArray foreign(qsizetype(ZSTD_compressBound(size_t(text.size()))), Qt::Uninitialized);
    context = ZSTD_createCCtx();
    const size_t size = ZSTD_compress_usingDict(context, foreign.data(), size_t(foreign.size()), text.constData(),
                                                size_t(text.size()), other.constData(), size_t(other.size()), 1);
    ZSTD_freeCCtx(context);
    foreign.resize(qsizetype(size));
    missing.bindBlob(1, foreign);
    QVERIFY(!missing.step());
    QVERIFY(!missing.succeeded());
    QVERIFY2(missing.errorText().contains(QLatin1String("dictionary")), qPrintable(missing.errorText()));
}

void TestTextDictionaries::ingestSynthetic(Database &db, int count, int minimum)
{
    const SyntheticCorpus generator(21);
    QList<Ingestor::Source> sources;
    for (int i = 0; i < count; ++i) {
        SyntheticCorpus::GeneratedArticle a = generator.article(quint64(i));
        sources.append({QStringLiteral("/synthetic/%1").arg(a.fileName), std::move(a.bytes), true});
    }
    Ingestor ingestor(db, m_analyzer);
    ingestor.setTextDictionaryMinimum(minimum);
    const Ingestor::Summary s = ingestor.ingest(sources);
    QVERIFY2(s.committed(), qPrintable(s.fatalError));
    QCOMPARE(s.added, count);
}

void TestTextDictionaries::largeIngestTrainsOneDictionary()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("large.sqlite"))));
    ingestSynthetic(db, 300, 250);
    QCOMPARE(queryText(db, "SELECT count(*) FROM text_dictionaries"), QStringLiteral("1"));
    const quint32 id = queryText(db, "SELECT id FROM text_dictionaries").toUInt();
    QVERIFY(id != 0);
    // Every body names it, and reads back as the text the analyser made of its file.
    const SyntheticCorpus generator(21);
    Statement bodies = db.prepare("SELECT body, text, path FROM articles ORDER BY id");
    int read = 0;
    while (bodies.step()) {
        QCOMPARE(frameDictionary(bodies.columnBlob(0)), id);
        const QString path = bodies.columnText(2);
        const int index = path.section(QLatin1Char('/'), -1).left(6).toInt();
        const SyntheticCorpus::GeneratedArticle a = generator.article(quint64(index));
        ArticleReader reader;
        const ArticleReader::Result expected = reader.readBytes(a.bytes, a.fileName, path);
        QVERIFY(expected.ok());
        QCOMPARE(bodies.columnText(1), expected.article.text);
        ++read;
    }
    QCOMPARE(read, 300);
    QString details;
    QVERIFY2(db.integrityCheck(&details), qPrintable(details));
    QVERIFY2(db.searchIndexCheck(&details), qPrintable(details));
    // The next ingest, however large, compresses with the same dictionary.
    const SyntheticCorpus more(22);
    QList<Ingestor::Source> sources;
    for (int i = 0; i < 260; ++i) {
        SyntheticCorpus::GeneratedArticle a = more.article(quint64(i));
        sources.append({QStringLiteral("/more/%1").arg(a.fileName), std::move(a.bytes), true});
    }
    Ingestor again(db, m_analyzer);
    again.setTextDictionaryMinimum(250);
    QVERIFY(again.ingest(sources).committed());
    QCOMPARE(queryText(db, "SELECT count(*) FROM text_dictionaries"), QStringLiteral("1"));
    Statement newest = db.prepare("SELECT body FROM articles WHERE path LIKE '/more/%' LIMIT 1");
    QVERIFY(newest.step());
    QCOMPARE(frameDictionary(newest.columnBlob(0)), id);
}

void TestTextDictionaries::smallIngestCompressesWithout()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("small.sqlite"))));
    ingestSynthetic(db, 120, 250);
    QCOMPARE(queryText(db, "SELECT count(*) FROM text_dictionaries"), QStringLiteral("0"));
    Statement bodies = db.prepare("SELECT body FROM articles");
    while (bodies.step())
        QCOMPARE(frameDictionary(bodies.columnBlob(0)), 0u);
}

QTEST_GUILESS_MAIN(TestTextDictionaries)
#include "tst_textdictionaries.moc"
