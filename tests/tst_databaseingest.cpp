// SPDX-License-Identifier: GPL-3.0-or-later
// Ingest into the store, in process: idempotence, replacement, rejected
// inputs, symlink loops, disk full, the default database, search results.
#include "articleanalyzer.h"
#include "articlerepository.h"
#include "articlestore.h"
#include "database.h"
#include "querytext.h"
#include "defaultdatabase.h"
#include "ingestor.h"
#include "searchindex.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DealScope;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Small articles of our own, about deals of other sectors.
const QByteArray Rail = "Nordic rail operator Fjordline agreed to buy the ferry business of Baltic Crossings "
                        "for SEK 2.1 billion, the companies said on Wednesday.\n";
const QByteArray Pharma = "Drugmaker Calvera Bio will acquire Lumenis Therapeutics for $640 million in cash, "
                          "about 35% above Friday's closing price.\n";
const QByteArray Grid = "Utility Westmark Energy plans to spend €4.5 billion on its transmission grid through 2030, "
                        "adding 3 gigawatts of offshore wind capacity.\n";

using Spans = QList<QPair<int, int>>; // (start, end)

} // namespace

class TestDatabaseIngest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void idempotent();
    void changedFileReplacesItsEarlierVersion();
    void sameContentAtTwoPathsIsStoredOnce();
    void rejectedInputsAreNamedAndTheRestIsStored_data();
    void rejectedInputsAreNamedAndTheRestIsStored();
    void fileVanishedBeforeReading();
    void symlinkLoopsEnd();
    void foldersAreWalkedRecursivelyInOrder();
    void diskFullRollsBackTheBatch();
    void storeKeepsWhatItIsGiven();
    void storedEntityKeepsItsRow();
    void spansStartingTogetherAreAllKept_data();
    void spansStartingTogetherAreAllKept();
    void searchFindsStoredArticles_data();
    void searchFindsStoredArticles();
    void rankingIsBm25();
    void defaultDatabaseIsFilledOnce();
    void summaryLine();

private:
    Ingestor::Summary ingest(const QStringList &paths);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleAnalyzer> m_analyzer;
};

void TestDatabaseIngest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_analyzer = std::make_unique<ArticleAnalyzer>(Gazetteer::bundled());
}

void TestDatabaseIngest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("store.sqlite")), &error), qPrintable(error));
}

void TestDatabaseIngest::cleanup()
{
    if (m_db && m_db->isOpen()) {
        QString details;
        QVERIFY2(m_db->integrityCheck(&details), qPrintable(details));
        QVERIFY2(m_db->searchIndexCheck(&details), qPrintable(details));
    }
    m_db.reset();
    m_dir.reset();
}

Ingestor::Summary TestDatabaseIngest::ingest(const QStringList &paths)
{
    Ingestor ingestor(*m_db, *m_analyzer);
    return ingestor.ingestPaths(paths);
}

void TestDatabaseIngest::idempotent()
{
    const QString news = m_dir->filePath(QStringLiteral("news"));
    writeFile(news + QStringLiteral("/rail.txt"), Rail);
    writeFile(news + QStringLiteral("/pharma.md"), Pharma);
    writeFile(news + QStringLiteral("/grid.txt"), Grid);
    Ingestor::Summary first = ingest({news});
    QVERIFY2(first.committed(), qPrintable(first.fatalError));
    QCOMPARE(first.added, 3);
    QCOMPARE(first.unchanged, 0);
    QCOMPARE(m_db->articleCount(), 3);
    const QString figuresBefore = queryText(*m_db, "SELECT sum(figure_count) FROM article_spans");
    QVERIFY(figuresBefore.toInt() > 0);

    const Ingestor::Summary second = ingest({news});
    QCOMPARE(second.added, 0);
    QCOMPARE(second.unchanged, 3);
    QCOMPARE(second.replaced, 0);
    QCOMPARE(m_db->articleCount(), 3);
    QCOMPARE(queryText(*m_db, "SELECT sum(figure_count) FROM article_spans"), figuresBefore);
}

void TestDatabaseIngest::changedFileReplacesItsEarlierVersion()
{
    const QString file = m_dir->filePath(QStringLiteral("deal.txt"));
    writeFile(file, Pharma);
    QCOMPARE(ingest({file}).added, 1);
    writeFile(file, "Drugmaker Calvera Bio raised its offer for Lumenis Therapeutics to $700 million.\n");
    const Ingestor::Summary s = ingest({file});
    QCOMPARE(s.replaced, 1);
    QCOMPARE(s.added, 0);
    QCOMPARE(m_db->articleCount(), 1);
    QVERIFY(queryText(*m_db, "SELECT text FROM articles").contains(QLatin1String("raised its offer")));
    // Nothing of the old version is left: not its figures, not its words in the index.
    QCOMPARE(queryText(*m_db, "SELECT count(*) FROM article_spans WHERE article_id NOT IN (SELECT id FROM articles)"), QStringLiteral("0"));
    QCOMPARE(queryText(*m_db, "SELECT count(*) FROM entity_articles WHERE article_id NOT IN (SELECT id FROM articles)"), QStringLiteral("0"));
    QCOMPARE(queryText(*m_db, "SELECT count(*) FROM article_spans"), QStringLiteral("1"));
    QCOMPARE(queryText(*m_db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'closing'"), QStringLiteral("0"));
    QCOMPARE(queryText(*m_db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'offer'"), QStringLiteral("1"));
}

void TestDatabaseIngest::sameContentAtTwoPathsIsStoredOnce()
{
    writeFile(m_dir->filePath(QStringLiteral("a/grid.txt")), Grid);
    writeFile(m_dir->filePath(QStringLiteral("b/copy-of-grid.txt")), Grid);
    const Ingestor::Summary s = ingest({m_dir->filePath(QStringLiteral("a")), m_dir->filePath(QStringLiteral("b"))});
    QCOMPARE(s.added, 1);
    QCOMPARE(s.unchanged, 1);
    QCOMPARE(m_db->articleCount(), 1);
    QCOMPARE(queryText(*m_db, "SELECT file_name FROM articles"), QStringLiteral("grid.txt"));
}

void TestDatabaseIngest::rejectedInputsAreNamedAndTheRestIsStored_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // empty name of a file not created
    QTest::addColumn<bool>("create");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << QStringLiteral("missing.txt") << QByteArray() << false << QStringLiteral("no such file");
    QTest::newRow("unsupported type") << QStringLiteral("report.pdf") << QByteArray("%PDF-1.4") << true
                                      << QStringLiteral("not an article");
    QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray() << true << QStringLiteral("empty");
    QTest::newRow("binary") << QStringLiteral("image.txt") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89", 33)
                            << true << QStringLiteral("binary");
    QTest::newRow("invalid UTF-8") << QStringLiteral("latin.txt") << QByteArray("Caf\xe9 Nero agreed a sale of its \xa3 bonds.\n") << true
                                   << QStringLiteral("UTF-8");
}

void TestDatabaseIngest::rejectedInputsAreNamedAndTheRestIsStored()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, create);
    QFETCH(QString, reason);
    const QString bad = m_dir->filePath(name);
    if (create)
        writeFile(bad, bytes);
    const QString good = m_dir->filePath(QStringLiteral("good/rail.txt"));
    writeFile(good, Rail);
    const Ingestor::Summary s = ingest({bad, m_dir->filePath(QStringLiteral("good"))});
    QVERIFY(s.committed());
    QCOMPARE(s.rejected.size(), 1);
    QCOMPARE(s.rejected.first().path, bad);
    QVERIFY2(s.rejected.first().reason.contains(reason, Qt::CaseInsensitive), qPrintable(s.rejected.first().reason));
    QCOMPARE(s.added, 1);
    QCOMPARE(m_db->articleCount(), 1);
}

void TestDatabaseIngest::fileVanishedBeforeReading()
{
    // A file listed while walking the folders and deleted before a worker reads it.
    const QString kept = m_dir->filePath(QStringLiteral("kept.txt"));
    writeFile(kept, Rail);
    Ingestor ingestor(*m_db, *m_analyzer);
    const Ingestor::Summary s = ingestor.ingest({{m_dir->filePath(QStringLiteral("gone.txt")), {}, false}, {kept, {}, false}});
    QCOMPARE(s.rejected.size(), 1);
    QCOMPARE(s.rejected.first().reason, QStringLiteral("no such file (it vanished during the ingest)"));
    QCOMPARE(s.added, 1);
}

void TestDatabaseIngest::symlinkLoopsEnd()
{
    const QString root = m_dir->filePath(QStringLiteral("loop"));
    writeFile(root + QStringLiteral("/one.txt"), Rail);
    writeFile(root + QStringLiteral("/sub/two.txt"), Pharma);
    QVERIFY(QFile::link(root, root + QStringLiteral("/sub/back-to-root")));
    QVERIFY(QFile::link(root + QStringLiteral("/sub"), root + QStringLiteral("/sub/itself")));
    QVERIFY(QFile::link(root + QStringLiteral("/one.txt"), root + QStringLiteral("/sub/one-again.txt")));
    QVERIFY(QFile::link(root + QStringLiteral("/nowhere.txt"), root + QStringLiteral("/dangling.txt")));
    const Ingestor::Summary s = ingest({root});
    QCOMPARE(s.added, 2);
    QCOMPARE(s.unchanged, 0);
    QCOMPARE(s.rejected.size(), 1);
    QCOMPARE(s.rejected.first().reason, QStringLiteral("no such file (a broken link)"));
    QCOMPARE(m_db->articleCount(), 2);
}

void TestDatabaseIngest::foldersAreWalkedRecursivelyInOrder()
{
    const QString root = m_dir->filePath(QStringLiteral("tree"));
    writeFile(root + QStringLiteral("/b.txt"), Rail);
    writeFile(root + QStringLiteral("/a/deep/er/c.html"),
              "<html><head><title>Grid spend</title></head><body><article><p>" + Grid + "</p></article></body></html>");
    writeFile(root + QStringLiteral("/a/notes.docx"), "not an article, skipped quietly");
    writeFile(root + QStringLiteral("/.hidden/d.txt"), Pharma);
    const InputCollector::Result input = InputCollector::collect({root});
    QCOMPARE(input.files, (QStringList{root + QStringLiteral("/b.txt"), root + QStringLiteral("/a/deep/er/c.html")}));
    QVERIFY(input.rejected.isEmpty());
    const Ingestor::Summary s = ingest({root});
    QCOMPARE(s.added, 2);
    QCOMPARE(queryText(*m_db, "SELECT group_concat(format, ',') FROM (SELECT format FROM articles ORDER BY id)"),
             QStringLiteral("txt,html"));
}

void TestDatabaseIngest::diskFullRollsBackTheBatch()
{
    writeFile(m_dir->filePath(QStringLiteral("first/rail.txt")), Rail);
    QCOMPARE(ingest({m_dir->filePath(QStringLiteral("first"))}).added, 1);
    const qint64 pages = queryText(*m_db, "PRAGMA page_count").toLongLong();
    // Many articles that cannot fit in four more pages.
    for (int i = 0; i < 60; ++i) {
        QByteArray body;
        for (int k = 0; k < 40; ++k)
            body += "Holding company number " + QByteArray::number(i * 100 + k) + " sold a stake of "
                + QByteArray::number(k + 1) + "% in a regional bank for " + QByteArray::number(i + k) + " million euros. ";
        writeFile(m_dir->filePath(QStringLiteral("second/%1.txt").arg(i, 3, 10, QLatin1Char('0'))), body);
    }
    m_db->setMaxPageCount(pages + 4);
    const Ingestor::Summary s = ingest({m_dir->filePath(QStringLiteral("second"))});
    QVERIFY(!s.committed());
    QVERIFY2(s.fatalError.contains(QLatin1String("disk full")), qPrintable(s.fatalError));
    QVERIFY2(s.fatalError.contains(QLatin1String("rolled back")), qPrintable(s.fatalError));
    QVERIFY(Ingestor::summaryLine(s).startsWith(QLatin1String("ingest failed: disk full")));
    QVERIFY(!m_db->inTransaction());
    // What was there before is intact, and the database works on.
    QCOMPARE(m_db->articleCount(), 1);
    QCOMPARE(queryText(*m_db, "SELECT file_name FROM articles"), QStringLiteral("rail.txt"));
    QString details;
    QVERIFY2(m_db->integrityCheck(&details), qPrintable(details));
    QVERIFY2(m_db->searchIndexCheck(&details), qPrintable(details));
    m_db->setMaxPageCount(1073741823);
    const Ingestor::Summary again = ingest({m_dir->filePath(QStringLiteral("second"))});
    QVERIFY2(again.committed(), qPrintable(again.fatalError));
    QCOMPARE(again.added, 60);
    QCOMPARE(m_db->articleCount(), 61);
}

void TestDatabaseIngest::storeKeepsWhatItIsGiven()
{
    ArticleExtraction x;
    x.article.fileName = QStringLiteral("mine.txt");
    x.article.format = QStringLiteral("txt");
    x.article.encoding = QStringLiteral("UTF-8");
    x.article.title = QStringLiteral("Mining deal");
    x.article.publisher = QStringLiteral("Ore Weekly");
    x.article.date = QDate(2023, 6, 14);
    x.article.text = QStringLiteral("Quarry Ltd buys 30–40% of Basalt AG for A$9.6bil by mid-2024. [ad] Subscribe now");
    x.article.excluded = {{67, 83, ExclusionReason::Furniture}};
    Figure pct;
    pct.kind = FigureKind::Percent;
    pct.start = 16;
    pct.end = 22;
    pct.value = 30;
    pct.valueMax = 40;
    pct.unit = QStringLiteral("%");
    pct.qualifier = Qualifier::Range;
    Figure date;
    date.kind = FigureKind::Date;
    date.start = 53;
    date.end = 61;
    date.date = QStringLiteral("2024");
    date.unit = QStringLiteral("year");
    date.qualifier = Qualifier::Approx;
    x.figures = {pct, date};
    x.entities = {{QStringLiteral("Quarry Ltd"), EntityType::Organisation, 0, 10, QString(), false},
                  {QStringLiteral("Basalt AG"), EntityType::Organisation, 26, 35, QString(), true},
                  {QStringLiteral("Quarry Ltd"), EntityType::Organisation, 73, 83, QString(), false}};
    QVERIFY(m_db->beginImmediate());
    ArticleStore store(*m_db);
    QString error;
    const qint64 id = store.insert(x, QStringLiteral("/srv/news/mine.txt"), QStringLiteral("abc123"), 99, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QVERIFY(m_db->commit());
    QCOMPARE(store.idForHash(QStringLiteral("abc123")), id);
    QCOMPARE(store.idForPath(QStringLiteral("/srv/news/mine.txt")), id);
    QCOMPARE(queryText(*m_db, "SELECT title || '|' || publisher || '|' || published || '|' || byte_size FROM articles"),
             QStringLiteral("Mining deal|Ore Weekly|2023-06-14|99"));
    const ArticleRepository repository(*m_db);
    QStringList figures;
    for (const Figure &f : repository.figures(id))
        figures << QStringLiteral("%1:%2-%3:%4:%5:%6:%7:%8:%9")
                       .arg(figureKindName(f.kind))
                       .arg(f.start)
                       .arg(f.end)
                       .arg(f.kind == FigureKind::Date ? QStringLiteral("-") : QString::number(f.value))
                       .arg(f.valueMax ? QString::number(*f.valueMax) : QStringLiteral("-"))
                       .arg(f.date.isEmpty() ? QStringLiteral("-") : f.date, f.unit, qualifierName(f.qualifier))
                       .arg(f.retracted);
    QCOMPARE(figures.join(QLatin1Char(' ')), QStringLiteral("percent:16-22:30:40:-:%:range:0 date:53-61:-:-:2024:year:approx:0"));
    QStringList mentions;
    for (const EntityMention &m : repository.entityMentions(id))
        mentions << QStringLiteral("%1:%2-%3:%4").arg(m.name).arg(m.start).arg(m.end).arg(m.known);
    QCOMPARE(mentions.join(QLatin1Char(' ')), QStringLiteral("Quarry Ltd:0-10:0 Basalt AG:26-35:1 Quarry Ltd:73-83:0"));
    QCOMPARE(repository.entry(id)->figureCount, 2);
    QCOMPARE(repository.entry(id)->entityMentionCount, 3);
    QCOMPARE(repository.article(id)->text, x.article.text);
    QCOMPARE(queryText(*m_db, "SELECT text FROM articles"), x.article.text);
    QCOMPARE(queryText(*m_db, "SELECT count(*) FROM entities"), QStringLiteral("2"));
    QCOMPARE(queryText(*m_db, "SELECT group_concat(e.name || ':' || ea.mentions, ' ') FROM entity_articles ea "
                         "JOIN entities e ON e.id = ea.entity_id"),
             QStringLiteral("Quarry Ltd:2 Basalt AG:1"));
    const QList<ArticleRepository::EntityCount> entities = repository.entities();
    QCOMPARE(entities.size(), 2);
    QCOMPARE(entities.first().name, QStringLiteral("Basalt AG"));
    QCOMPARE(entities.first().articleCount, 1);
    QCOMPARE(queryText(*m_db, "SELECT reason || start || '-' || \"end\" FROM excluded_regions"), QStringLiteral("furniture67-83"));
}

// A name stored by an earlier ingest (another ArticleStore, nothing cached)
// is found again: one row, its first part_of kept, also right after a new
// name was stored.
void TestDatabaseIngest::storedEntityKeepsItsRow()
{
    auto article = [](const QString &fileName, const QString &partOf, bool cobaltFirst) {
        ArticleExtraction x;
        x.article.fileName = fileName;
        x.article.format = QStringLiteral("txt");
        x.article.text = QStringLiteral("Quarry Ltd and Basalt AG signed. Cobalt SA");
        x.entities = {{QStringLiteral("Quarry Ltd"), EntityType::Organisation, 0, 10, partOf, false},
                      {QStringLiteral("Basalt AG"), EntityType::Organisation, 15, 24, QString(), false}};
        if (cobaltFirst)
            x.entities.prepend({QStringLiteral("Cobalt SA"), EntityType::Organisation, 33, 42, QString(), false});
        return x;
    };
    QString error;
    for (const auto &[name, partOf] : {std::pair{QStringLiteral("a.txt"), QStringLiteral("Quarry Group")},
                                       std::pair{QStringLiteral("b.txt"), QStringLiteral("Other Group")}}) {
        QVERIFY(m_db->beginImmediate());
        ArticleStore store(*m_db);
        const bool second = name == QLatin1String("b.txt");
        QVERIFY2(store.insert(article(name, partOf, second), QStringLiteral("/srv/") + name, name, 32, &error) > 0,
                 qPrintable(error));
        QVERIFY(m_db->commit());
    }
    QCOMPARE(queryText(*m_db, "SELECT group_concat(id || '=' || name || '/' || coalesce(part_of, '-'), ' ') FROM entities"),
             QStringLiteral("1=Quarry Ltd/Quarry Group 2=Basalt AG/- 3=Cobalt SA/-"));
    QCOMPARE(queryText(*m_db, "SELECT group_concat(article_id || ':' || entity_id, ' ') FROM entity_articles"),
             QStringLiteral("1:1 1:2 2:1 2:2 2:3"));
    const ArticleRepository repository(*m_db);
    QCOMPARE(repository.entityMentions(2).first().partOf, QStringLiteral("Quarry Group"));
}

void TestDatabaseIngest::spansStartingTogetherAreAllKept_data()
{
    // Spans as (start, end) pairs in the order extraction hands them over.
    QTest::addColumn<Spans>("spans");
    QTest::addColumn<QString>("stored");
    QTest::newRow("apart") << Spans{{0, 5}, {9, 14}} << QStringLiteral("0-5 9-14");
    QTest::newRow("same start, in order") << Spans{{0, 5}, {9, 14}, {9, 20}}
                                          << QStringLiteral("0-5 9-14 9-20");
    QTest::newRow("same start, out of order") << Spans{{9, 14}, {0, 5}, {9, 20}, {9, 11}}
                                              << QStringLiteral("0-5 9-11 9-14 9-20");
}

void TestDatabaseIngest::spansStartingTogetherAreAllKept()
{
    QFETCH(Spans, spans);
    QFETCH(QString, stored);
    ArticleExtraction x;
    x.article.fileName = QStringLiteral("ports.txt");
    x.article.format = QStringLiteral("txt");
    x.article.text = QStringLiteral("Dock Co sold 12.5 million tonnes of berth capacity.");
    for (const auto &[start, end] : spans) {
        Figure f;
        f.kind = FigureKind::Count;
        f.start = start;
        f.end = end;
        f.value = 1;
        x.figures.append(f);
        x.entities.append({QStringLiteral("Dock Co"), EntityType::Organisation, qsizetype(start), qsizetype(end), QString(), false});
    }
    QVERIFY(m_db->beginImmediate());
    ArticleStore store(*m_db);
    QString error;
    const qint64 id = store.insert(x, QStringLiteral("/srv/ports.txt"), QStringLiteral("ports1"), 51, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QVERIFY(m_db->commit());
    const ArticleRepository repository(*m_db);
    QList<QPair<qsizetype, qsizetype>> figures;
    for (const Figure &f : repository.figures(id))
        figures.append({f.start, f.end});
    QList<QPair<qsizetype, qsizetype>> mentions;
    for (const EntityMention &m : repository.entityMentions(id))
        mentions.append({m.start, m.end});
    // Ordered by start; spans with the same start keep the order they came in.
    for (auto *list : {&figures, &mentions}) {
        QVERIFY(std::is_sorted(list->cbegin(), list->cend(), [](const auto &a, const auto &b) { return a.first < b.first; }));
        std::sort(list->begin(), list->end());
        QStringList got;
        for (const auto &[start, end] : std::as_const(*list))
            got << QStringLiteral("%1-%2").arg(start).arg(end);
        QCOMPARE(got.join(QLatin1Char(' ')), stored);
    }
}

void TestDatabaseIngest::searchFindsStoredArticles_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("files"); // in rank order
    QTest::addColumn<QStringList>("firstHits"); // text of the first result's hits
    QTest::newRow("word") << QStringLiteral("gigawatts") << QStringList{QStringLiteral("grid.txt")}
                          << QStringList{QStringLiteral("gigawatts")};
    QTest::newRow("prefix") << QStringLiteral("gigawat*") << QStringList{QStringLiteral("grid.txt")}
                            << QStringList{QStringLiteral("gigawatts")};
    QTest::newRow("figure as written") << QStringLiteral("€4.5 billion") << QStringList{QStringLiteral("grid.txt")}
                                       << QStringList{QStringLiteral("4.5 billion")};
    QTest::newRow("phrase") << QStringLiteral("\"ferry business\"") << QStringList{QStringLiteral("rail.txt")}
                            << QStringList{QStringLiteral("ferry business")};
    QTest::newRow("OR") << QStringLiteral("ferry OR drugmaker")
                        << QStringList{QStringLiteral("pharma.md"), QStringLiteral("rail.txt")}
                        << QStringList{QStringLiteral("Drugmaker")};
    QTest::newRow("no match") << QStringLiteral("helicopter") << QStringList{} << QStringList{};
    QTest::newRow("hyphenated id") << QStringLiteral("OPS-306") << QStringList{} << QStringList{};
    QTest::newRow("percent") << QStringLiteral("35%") << QStringList{QStringLiteral("pharma.md")}
                             << QStringList{QStringLiteral("35")};
}

void TestDatabaseIngest::searchFindsStoredArticles()
{
    QFETCH(QString, query);
    QFETCH(QStringList, files);
    QFETCH(QStringList, firstHits);
    writeFile(m_dir->filePath(QStringLiteral("s/rail.txt")), Rail);
    writeFile(m_dir->filePath(QStringLiteral("s/pharma.md")), Pharma);
    writeFile(m_dir->filePath(QStringLiteral("s/grid.txt")), Grid);
    QCOMPARE(ingest({m_dir->filePath(QStringLiteral("s"))}).added, 3);
    QString error;
    const QList<SearchIndex::Result> results = SearchIndex(*m_db).search(SearchQuery::parse(query), 10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList got;
    for (const SearchIndex::Result &r : results)
        got << r.fileName;
    QCOMPARE(got, files);
    if (results.isEmpty())
        return;
    const QString articleText = queryText(*m_db, QStringLiteral("SELECT text FROM articles WHERE id = %1").arg(results.first().articleId).toUtf8().constData());
    QStringList hitTexts;
    for (const SearchQuery::Span &h : results.first().hits)
        hitTexts << articleText.mid(h.start, h.end - h.start);
    QCOMPARE(hitTexts, firstHits);
    QCOMPARE(results.first().rank, 1);
    QVERIFY(results.first().snippet.contains(QLatin1Char('[') + firstHits.first() + QLatin1Char(']')));
}

void TestDatabaseIngest::rankingIsBm25()
{
    // Few matches: the store's ranking gives FTS5's own BM25 scores, title weighing 4.
    writeFile(m_dir->filePath(QStringLiteral("r/rail.txt")), Rail);
    writeFile(m_dir->filePath(QStringLiteral("r/pharma.md")), Pharma);
    writeFile(m_dir->filePath(QStringLiteral("r/grid.txt")), Grid);
    writeFile(m_dir->filePath(QStringLiteral("r/billions.txt")),
              "Billions for the grid\n\nThe grid operator raised 2 billion and then 3 billion more for the grid.\n");
    QCOMPARE(ingest({m_dir->filePath(QStringLiteral("r"))}).added, 4);
    for (const char *query : {"\"grid\"", "\"billion\"", "(\"grid\") OR (\"ferry\")", "\"the\" AND \"for\""}) {
        Statement s = m_db->prepare("SELECT rowid, dealscope_rank(articles_fts, 4.0, 1.0), bm25(articles_fts, 4.0, 1.0) "
                                    "FROM articles_fts WHERE articles_fts MATCH ?1 ORDER BY rowid");
        s.bind(1, QString::fromLatin1(query));
        int rows = 0;
        while (s.step()) {
            ++rows;
            QVERIFY2(qAbs(s.columnDouble(1) - s.columnDouble(2)) <= 1e-9 * qMax(1.0, qAbs(s.columnDouble(2))),
                     qPrintable(QStringLiteral("%1, row %2: %3 vs bm25 %4").arg(QLatin1String(query)).arg(s.columnInt(0))
                                    .arg(s.columnDouble(1)).arg(s.columnDouble(2))));
        }
        QVERIFY2(s.succeeded(), qPrintable(s.errorText()));
        QVERIFY(rows > 0);
    }
    // The title and the repeated word put the article about billions first.
    const QList<SearchIndex::Result> results = SearchIndex(*m_db).search(SearchQuery::parse(QStringLiteral("grid")), 10);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.first().fileName, QStringLiteral("billions.txt"));
}

void TestDatabaseIngest::defaultDatabaseIsFilledOnce()
{
    const QString path = DefaultDatabase::path();
    QVERIFY(path.endsWith(QLatin1String("/dealscope.sqlite")));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    {
        Database db;
        QString error;
        QVERIFY2(DefaultDatabase::open(db, QString(), &error), qPrintable(error));
        QCOMPARE(db.articleCount(), 5); // the five bundled articles
        QVERIFY(db.exec("DELETE FROM articles WHERE id = 1"));
    }
    {
        Database db;
        QVERIFY(DefaultDatabase::open(db, QString()));
        QCOMPARE(db.articleCount(), 4); // a deletion sticks: filled only on first use
    }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

void TestDatabaseIngest::summaryLine()
{
    Ingestor::Summary s;
    s.added = 5;
    s.seconds = 0.24;
    QCOMPARE(Ingestor::summaryLine(s), QStringLiteral("ingested 5 articles (5 new, 0 unchanged, 0 replaced), 0 rejected in 0.2 s"));
    s.added = 0;
    s.unchanged = 1;
    s.rejected = {{QStringLiteral("x.txt"), QStringLiteral("empty")}, {QStringLiteral("y.txt"), QStringLiteral("empty")}};
    s.seconds = 12.06;
    QCOMPARE(Ingestor::summaryLine(s), QStringLiteral("ingested 1 article (0 new, 1 unchanged, 0 replaced), 2 rejected in 12.1 s"));
}

QTEST_GUILESS_MAIN(TestDatabaseIngest)
#include "tst_databaseingest.moc"
