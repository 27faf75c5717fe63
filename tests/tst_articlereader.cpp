// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlereader.h"
#include "plaintextarticleparser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace DealScope;

class TestArticleReader : public QObject
{
    Q_OBJECT

private slots:
    void readsFiles_data();
    void readsFiles();
    void rejectsFiles_data();
    void rejectsFiles();
    void missingFile();
    void directory();
    void brokenLink();
    void fifo();
    void tooLarge();
    void permission();
    void windows1252Html();
    void htmlWithoutText();
    void corpusMetadata_data();
    void corpusMetadata();
    void plainTextMetadata_data();
    void plainTextMetadata();
    void dateLines_data();
    void dateLines();
    void titles_data();
    void titles();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestArticleReader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(bytes);
    return path;
}

void TestArticleReader::readsFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("format");

    QTest::newRow("utf-8 txt") << QStringLiteral("a.txt") << QByteArray("Bank merger\nTwo lenders combine.\n")
                               << QStringLiteral("Bank merger\nTwo lenders combine.\n") << QStringLiteral("Bank merger")
                               << QStringLiteral("UTF-8") << QStringLiteral("txt");
    QTest::newRow("md with BOM and CRLF")
        << QStringLiteral("b.md") << QByteArray("\xEF\xBB\xBF# Rail deal\r\n\r\nWorth \xE2\x82\xAC" "3bn.\r\n")
        << QStringLiteral("# Rail deal\n\nWorth \u20AC3bn.\n") << QStringLiteral("Rail deal") << QStringLiteral("UTF-8")
        << QStringLiteral("md");
    QTest::newRow("utf-16le with BOM") << QStringLiteral("c.TXT") << QByteArray("\xFF\xFE" "H\0i\0\n\0", 8)
                                       << QStringLiteral("Hi\n") << QStringLiteral("Hi") << QStringLiteral("UTF-16LE")
                                       << QStringLiteral("txt");
    QTest::newRow("utf-16be with BOM") << QStringLiteral("d.txt") << QByteArray("\xFE\xFF\0O\0k\0\r", 8)
                                       << QStringLiteral("Ok\n") << QStringLiteral("Ok") << QStringLiteral("UTF-16BE")
                                       << QStringLiteral("txt");
    QTest::newRow("htm") << QStringLiteral("e.htm") << QByteArray("<title>T</title><p>Body.</p>")
                         << QStringLiteral("Body.") << QStringLiteral("T") << QStringLiteral("UTF-8")
                         << QStringLiteral("html");
}

void TestArticleReader::readsFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, encoding);
    QFETCH(QString, format);
    const QString path = write(name, bytes);
    const ArticleReader::Result result = ArticleReader().readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.article.text, text);
    QCOMPARE(result.article.title, title);
    QCOMPARE(result.article.encoding, encoding);
    QCOMPARE(result.article.format, format);
    QCOMPARE(result.article.filePath, path);
    QCOMPARE(result.article.fileName, name);
}

void TestArticleReader::rejectsFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("binary") << QStringLiteral("image.md") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11)
                            << QStringLiteral("binary data, not text");
    QTest::newRow("invalid utf-8") << QStringLiteral("latin.txt") << QByteArray("Stra\xDF" "e")
                                   << QStringLiteral("not valid UTF-8 (first bad byte at offset 4)");
    QTest::newRow("unsupported extension") << QStringLiteral("report.pdf") << QByteArray("%PDF-1.7")
                                           << QStringLiteral("not an article: expected .txt, .md, .html or .htm");
    QTest::newRow("no extension") << QStringLiteral("README") << QByteArray("text")
                                  << QStringLiteral("not an article: expected .txt, .md, .html or .htm");
}

void TestArticleReader::rejectsFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const QString path = write(name, bytes);
    const ArticleReader::Result result = ArticleReader().readFile(path);
    QCOMPARE(result.error, error);
    QCOMPARE(result.article.filePath, path);
    QCOMPARE(result.article.fileName, name);
}

void TestArticleReader::missingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere.txt"));
    const ArticleReader::Result result = ArticleReader().readFile(path);
    QCOMPARE(result.error, QStringLiteral("no such file"));
    QCOMPARE(result.article.filePath, path);
}

void TestArticleReader::directory()
{
    const QString path = m_dir.filePath(QStringLiteral("folder.txt"));
    QVERIFY(QDir().mkpath(path));
    const ArticleReader::Result result = ArticleReader().readFile(path);
    QCOMPARE(result.error, QStringLiteral("is a directory, not a file"));
    QCOMPARE(result.article.filePath, path);
}

void TestArticleReader::brokenLink()
{
    const QString path = m_dir.filePath(QStringLiteral("dangling.txt"));
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("gone.txt")), path));
    QCOMPARE(ArticleReader().readFile(path).error, QStringLiteral("no such file (a broken link)"));
}

void TestArticleReader::fifo()
{
    // Opening a pipe would block: it must be refused before any open().
    const QString path = m_dir.filePath(QStringLiteral("pipe.txt"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QCOMPARE(ArticleReader().readFile(path).error, QStringLiteral("not a regular file"));
}

void TestArticleReader::tooLarge()
{
    // Sparse: 200 MB on paper, nothing on disk, and never read into memory.
    const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(200LL * 1024 * 1024));
    file.close();
    const ArticleReader::Result result = ArticleReader().readFile(path);
    QCOMPARE(result.error, QStringLiteral("too large: 200.0 MB, the limit is 64 MB"));
    QCOMPARE(result.article.filePath, path);

    const QString small = write(QStringLiteral("small.txt"), QByteArray(3000, 'a'));
    QCOMPARE(ArticleReader(2048).readFile(small).error, QStringLiteral("too large: 2.9 KB, the limit is 2 KB"));
    QCOMPARE(ArticleReader::tooLargeMessage(70LL * 1024 * 1024 + 1, 64LL * 1024 * 1024),
             QStringLiteral("too large: 70.0 MB, the limit is 64 MB"));
}

void TestArticleReader::permission()
{
    const QString path = write(QStringLiteral("locked.txt"), QByteArray("Secret memo\nBody.\n"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const ArticleReader::Result result = ArticleReader().readFile(path);
    if (::geteuid() == 0) {
        // Root reads anything: the file must then be read, not refused.
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.article.title, QStringLiteral("Secret memo"));
    } else {
        QCOMPARE(result.error, QStringLiteral("permission denied"));
        QCOMPARE(result.article.filePath, path);
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TestArticleReader::windows1252Html()
{
    const ArticleReader::Result result =
        ArticleReader().readFile(QStringLiteral(DEALSCOPE_TEST_DATA "/reading/windows1252.html"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.article.encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(result.article.title, QStringLiteral("Café chain sold for €45m – report"));
    QCOMPARE(result.article.text, QStringLiteral("The “Café Noir” chain was sold for €45 million."));
}

void TestArticleReader::htmlWithoutText()
{
    const ArticleReader::Result result = ArticleReader().readBytes(
        QByteArray("<html><head><title>x</title><script>var a;</script></head><body> </body></html>"),
        QStringLiteral("page.html"), QStringLiteral("/in/page.html"));
    QCOMPARE(result.error, QStringLiteral("no article text in the page"));
    QCOMPARE(result.article.filePath, QStringLiteral("/in/page.html"));
}

void TestArticleReader::corpusMetadata_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("publisher");

    QTest::newRow("000 long first paragraph")
        << QStringLiteral("000_c181199ae6ff16d4.txt")
        << QStringLiteral("OpenAI and Amazon Web Services have announced a sweeping expansion of their existing cloud "
                          "partnership, committing $100…")
        << QString();
    QTest::newRow("002 heading and byline") << QStringLiteral("002_cd7fcfe711bbb389.txt")
                                            << QStringLiteral("Amazon Deepens Ties with OpenAI")
                                            << QStringLiteral("The Daily Scout");
    QTest::newRow("004 heading") << QStringLiteral("004_8feb137382a7a810.txt")
                                 << QStringLiteral("AWS and OpenAI announce multi-year strategic partnership")
                                 << QString();
}

void TestArticleReader::corpusMetadata()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, publisher);
    const ArticleReader::Result result =
        ArticleReader().readFile(QStringLiteral(DEALSCOPE_SOURCE_DIR "/resources/corpus/") + file);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.article.title, title);
    QCOMPARE(result.article.publisher, publisher);
    // No corpus file states its own publication date.
    QCOMPARE(result.article.date, QDate());
}

void TestArticleReader::plainTextMetadata_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("publisher");
    QTest::addColumn<QDate>("date");

    QTest::newRow("published label")
        << QStringLiteral("**Steelmaker bid rejected**\nPublished: 3 November 2025\nThe board said no.\n")
        << QStringLiteral("Steelmaker bid rejected") << QString() << QDate(2025, 11, 3);
    QTest::newRow("date alone on a line")
        << QStringLiteral("Chip startup raises $90m\nNovember 3, 2025\nThe round was led by two funds.\n")
        << QStringLiteral("Chip startup raises $90m") << QString() << QDate(2025, 11, 3);
    QTest::newRow("updated with time")
        << QStringLiteral("Insurer agrees sale\nUpdated Nov 3, 2025 10:00 AM ET\nText.\n")
        << QStringLiteral("Insurer agrees sale") << QString() << QDate(2025, 11, 3);
    QTest::newRow("published beats updated")
        << QStringLiteral("Title\nUpdated 5 May 2024\nPublished 2 May 2024\nText.\n") << QStringLiteral("Title")
        << QString() << QDate(2024, 5, 2);
    QTest::newRow("dateline without year gives no date")
        << QStringLiteral("Retailer to cut stores\nSEATTLE, Nov 3 (Reuters) - The retailer will close 40 shops.\n")
        << QStringLiteral("Retailer to cut stores") << QString() << QDate();
    QTest::newRow("date in a story sentence is not the article's")
        << QStringLiteral("Merger vote set\nShareholders will vote on March 14, 2026 on the plan.\n")
        << QStringLiteral("Merger vote set") << QString() << QDate();
    QTest::newRow("by X for Y") << QStringLiteral("Port sale\nBy Tom Hale for Coastal Business Review\nText.\n")
                                << QStringLiteral("Port sale") << QStringLiteral("Coastal Business Review") << QDate();
    QTest::newRow("byline with date")
        << QStringLiteral("## Dairy co-op merges\nBy Ellen Marsh | 14 February 2023\nText.\n")
        << QStringLiteral("Dairy co-op merges") << QString() << QDate(2023, 2, 14);
    QTest::newRow("date first, then title")
        << QStringLiteral("2024-08-01\n\n# Telecom tower sale closes\nText.\n")
        << QStringLiteral("Telecom tower sale closes") << QString() << QDate(2024, 8, 1);
    QTest::newRow("a byline that is a sentence names nobody")
        << QStringLiteral("Fund news\nPublished by the company after markets closed on Friday.\nText.\n")
        << QStringLiteral("Fund news") << QString() << QDate();
}

void TestArticleReader::plainTextMetadata()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, publisher);
    QFETCH(QDate, date);
    const ArticleReader::Result result = ArticleReader().readBytes(text.toUtf8(), QStringLiteral("x.md"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.article.text, text);
    QCOMPARE(result.article.title, title);
    QCOMPARE(result.article.publisher, publisher);
    QCOMPARE(result.article.date, date);
}

void TestArticleReader::dateLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QDate>("date");

    QTest::newRow("iso") << QStringLiteral("Date: 2025-11-03") << QDate(2025, 11, 3);
    QTest::newRow("weekday") << QStringLiteral("Monday, 3rd November 2025") << QDate(2025, 11, 3);
    QTest::newRow("abbreviated with dot") << QStringLiteral("Posted Sept. 9, 2024 at 8:05 a.m.") << QDate(2024, 9, 9);
    QTest::newRow("reading time") << QStringLiteral("12 Jan 2022 · 4 min read") << QDate(2022, 1, 12);
    QTest::newRow("dateline with year") << QStringLiteral("FRANKFURT, 6 May 2025 (Wire) – Shares rose.")
                                        << QDate(2025, 5, 6);
    QTest::newRow("dateline opening a long paragraph")
        << QStringLiteral("OSLO, March 4, 2024 (Wire) - Equinor agreed to buy a 10% stake in the offshore wind developer "
                          "for about 2.5 billion crowns, the company said on Monday, adding that the purchase would be "
                          "funded from cash and that it expected regulators to approve it within six months.")
        << QDate(2024, 3, 4);
    QTest::newRow("date first, then the agency")
        << QStringLiteral("June 7, 2019 (Wire) - Siemens Energy to buy the remaining shares.") << QDate(2019, 6, 7);
    QTest::newRow("dateline city in lower case")
        << QStringLiteral("Oslo, March 4, 2024 (Wire) - Equinor agreed to buy a stake.") << QDate();
    QTest::newRow("sentence") << QStringLiteral("The deal closed on 3 November 2025 after a vote.") << QDate();
    QTest::newRow("no year") << QStringLiteral("Published: 3 November") << QDate();
    QTest::newRow("year ends the line") << QStringLiteral("Published 9 Sep 2024") << QDate(2024, 9, 9);
    QTest::newRow("two-digit year") << QStringLiteral("Published: 3 November 25") << QDate();
}

void TestArticleReader::dateLines()
{
    QFETCH(QString, line);
    QFETCH(QDate, date);
    QCOMPARE(PlainTextArticleParser::dateFromLine(line), date);
}

void TestArticleReader::titles_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("title");

    QTest::newRow("heading marker") << QStringLiteral("### Brewer sells brands") << QStringLiteral("Brewer sells brands");
    QTest::newRow("bold") << QStringLiteral("**Brewer sells brands**") << QStringLiteral("Brewer sells brands");
    QTest::newRow("bullet") << QStringLiteral("- Brewer sells brands") << QStringLiteral("Brewer sells brands");
    QTest::newRow("middle dot and quote markers")
        << QStringLiteral("\u00b7 > \u2022 Brewer sells brands") << QStringLiteral("Brewer sells brands");
    QTest::newRow("closing heading marks and tabs")
        << QStringLiteral("## Brewer sells brands ##\t_") << QStringLiteral("Brewer sells brands");
    // Trailing marks are only *, _, # and spaces: a closing dash or plus is text.
    QTest::newRow("trailing dash kept") << QStringLiteral("Brewer sells brands -") << QStringLiteral("Brewer sells brands -");
    QTest::newRow("markers inside kept")
        << QStringLiteral("*Brewer* sells #2 brand_name") << QStringLiteral("Brewer* sells #2 brand_name");
    // A no-break space is not a marker, but trimmed once the markers are gone.
    QTest::newRow("no-break space behind a marker")
        << QStringLiteral("Brewer sells brands\u00a0**") << QStringLiteral("Brewer sells brands");
    QTest::newRow("only markers") << QStringLiteral("# * _ #") << QString();
    QTest::newRow("first sentence of a paragraph")
        << QStringLiteral("Brewer Hopfield agreed to sell four beer brands to a rival for $700 million. The sale ends "
                          "a two-year review of its portfolio and leaves it with six brands in total.")
        << QStringLiteral("Brewer Hopfield agreed to sell four beer brands to a rival for $700 million");
    QTest::newRow("long sentence cut at a word")
        << QStringLiteral("Brewer Hopfield agreed on Thursday to sell four of its regional beer brands, including its "
                          "best-selling lager, to a private equity rival for about $700 million in cash and shares")
        << QStringLiteral("Brewer Hopfield agreed on Thursday to sell four of its regional beer brands, including its "
                          "best-selling lager, to a…");
}

void TestArticleReader::titles()
{
    QFETCH(QString, line);
    QFETCH(QString, title);
    QCOMPARE(PlainTextArticleParser::titleFromLine(line), title);
}

QTEST_GUILESS_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
