// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixturestore.h"
#include "articleanalyzer.h"
#include "articlerepository.h"
#include "database.h"
#include "databaseexplorersource.h"
#include "factindex.h"
#include "factstore.h"
#include "ingestor.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DealScope;

namespace {

const QString Store = QStringLiteral(DEALSCOPE_TEST_DATA "/ui/store/");

} // namespace

// The explorer's view of the SQLite store (and the repository under it),
// over three hand-written articles in three formats.
class TestDatabaseExplorerSource : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void articleMetadata_data();
    void articleMetadata();
    void articleFiguresFromStoredText_data();
    void articleFiguresFromStoredText();
    void unknownArticle();
    void search_data();
    void search();
    void entities_data();
    void entities();
    void factsWithSources();
    void figureMentionFindsItsFact();
    void describeWithoutScanning();
    void reloadSeesAnotherConnectionsIngest();
    void sourcesAsTheStoreKeepsThem();
    void groupsAsTheFullIndexGroups();
    void groupsBeforeTheSummariesAreReady();
    void sourcesNameTheirArticleById();
    void outdatedFactsAreRefreshedInTheBackground();
    void eventsGroupEveryFact();
    void eventsFollowTheEntityList();

private:
    bool ingest(const QStringList &paths);
    qint64 idOf(const QString &fileName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<DatabaseExplorerSource> m_source;
};

bool TestDatabaseExplorerSource::ingest(const QStringList &paths)
{
    return ingestFixtures(m_path, paths).committed();
}

qint64 TestDatabaseExplorerSource::idOf(const QString &fileName) const
{
    for (const auto &a : m_source->articles()) {
        if (a.fileName == fileName)
            return a.id;
    }
    return -1;
}

void TestDatabaseExplorerSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("store.sqlite"));
    QVERIFY(ingest({Store + QStringLiteral("ferrovia.txt"), Store + QStringLiteral("calder.html"),
                    Store + QStringLiteral("harbour.md")}));
    m_source = std::make_unique<DatabaseExplorerSource>();
    QString error;
    QVERIFY2(m_source->open(m_path, &error), qPrintable(error));
}

void TestDatabaseExplorerSource::cleanup()
{
    m_source.reset();
    m_dir.reset();
}

void TestDatabaseExplorerSource::articleMetadata_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("publisher");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("figures");
    QTest::newRow("plain text, dated line") << QStringLiteral("ferrovia.txt")
                                            << QStringLiteral("Ferrovia Nord orders 40 trains from Calder Works")
                                            << QString() << QDate(2025, 3, 12) << 5;
    QTest::newRow("html, site name and time") << QStringLiteral("calder.html")
                                              << QStringLiteral("Calder Works wins rail order")
                                              << QStringLiteral("The Rail Ledger") << QDate(2025, 3, 13) << 3;
    QTest::newRow("markdown, undated") << QStringLiteral("harbour.md")
                                       << QStringLiteral("Saltmere Port sells 15% stake to Ostra Capital") << QString()
                                       << QDate() << 4;
}

void TestDatabaseExplorerSource::articleMetadata()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, publisher);
    QFETCH(QDate, date);
    QFETCH(int, figures);
    QCOMPARE(m_source->articleCount(), 3);
    const qint64 id = idOf(file);
    QVERIFY(id >= 0);
    const auto summary = m_source->articleSummary(id);
    QVERIFY(summary);
    QCOMPARE(summary->title, title);
    QCOMPARE(summary->publisher, publisher);
    QCOMPARE(summary->date, date);

    Database db;
    QVERIFY(db.open(m_path));
    const ArticleRepository repository(db);
    const auto entry = repository.entry(id);
    QVERIFY(entry);
    QCOMPARE(entry->fileName, file);
    QCOMPARE(entry->figureCount, figures);
    QCOMPARE(repository.idForFileName(file), id);
}

void TestDatabaseExplorerSource::articleFiguresFromStoredText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("figures");
    QTest::newRow("txt") << QStringLiteral("ferrovia.txt")
                         << QStringList{QStringLiteral("40 trains"), QStringLiteral("12 March 2025"),
                                        QStringLiteral("Wednesday"), QStringLiteral("€750 million"),
                                        QStringLiteral("2027")};
    QTest::newRow("html") << QStringLiteral("calder.html")
                          << QStringList{QStringLiteral("13 March 2025"), QStringLiteral("€750 million"),
                                         QStringLiteral("300 engineers")};
    QTest::newRow("md") << QStringLiteral("harbour.md")
                        << QStringList{QStringLiteral("15%"), QStringLiteral("£210 million"), QStringLiteral("15%"),
                                       QStringLiteral("Monday")};
}

void TestDatabaseExplorerSource::articleFiguresFromStoredText()
{
    QFETCH(QString, file);
    QFETCH(QStringList, figures);
    const auto x = m_source->article(idOf(file));
    QVERIFY(x);
    QCOMPARE(x->article.fileName, file);
    QStringList found;
    for (const Figure &f : x->figures)
        found.append(x->textOf(f));
    QCOMPARE(found, figures);
    // Asked again, the same (cached) answer.
    QCOMPARE(m_source->article(idOf(file))->figures.size(), figures.size());
}

void TestDatabaseExplorerSource::unknownArticle()
{
    QVERIFY(!m_source->article(9999));
    QVERIFY(!m_source->articleSummary(9999));
    QCOMPARE(m_source->factAt(9999, 0), -1);
}

void TestDatabaseExplorerSource::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("hit");
    QTest::newRow("one word") << QStringLiteral("engineers") << QStringList{QStringLiteral("calder.html")}
                              << QStringLiteral("engineers");
    QTest::newRow("figure as written") << QStringLiteral("£210 million") << QStringList{QStringLiteral("harbour.md")}
                                       << QStringLiteral("210 million");
    QTest::newRow("prefix") << QStringLiteral("harbo*") << QStringList{QStringLiteral("harbour.md")}
                            << QStringLiteral("harbour");
    QTest::newRow("no match") << QStringLiteral("zeppelin") << QStringList{} << QString();
    QTest::newRow("only punctuation") << QStringLiteral("((( \"") << QStringList{} << QString();
    QTest::newRow("query syntax is text") << QStringLiteral("NEAR(Calder") << QStringList{} << QString();
}

void TestDatabaseExplorerSource::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, files);
    QFETCH(QString, hit);
    const QList<ExplorerSource::SearchHit> hits = m_source->search(query);
    QStringList found;
    for (const auto &h : hits)
        found.append(m_source->articleSummary(h.articleId)->fileName);
    QCOMPARE(found, files);
    if (hits.isEmpty())
        return;
    const auto &h = hits.first();
    QCOMPARE(h.rank, 1);
    QCOMPARE(m_source->article(h.articleId)->article.text.mid(h.start, h.end - h.start), hit);
    QCOMPARE(h.snippet.mid(h.snippetHitStart, h.snippetHitEnd - h.snippetHitStart), hit);
    QVERIFY(!h.snippet.contains(QLatin1Char('\n')));
}

void TestDatabaseExplorerSource::entities_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<EntityType>("type");
    QTest::addColumn<int>("articles");
    QTest::newRow("named in two articles") << QStringLiteral("Ferrovia Nord") << EntityType::Organisation << 2;
    QTest::newRow("named in one") << QStringLiteral("Ostra Capital") << EntityType::Organisation << 1;
}

void TestDatabaseExplorerSource::entities()
{
    QFETCH(QString, name);
    QFETCH(EntityType, type);
    QFETCH(int, articles);
    const QList<ExplorerSource::EntitySummary> list = m_source->entities();
    int rows = 0;
    for (const auto &e : list) {
        if (e.name != name)
            continue;
        ++rows;
        QCOMPARE(e.type, type);
        QCOMPARE(e.articleCount, articles);
        QCOMPARE(e.factCount, int(m_source->factsAbout(name).size()));
    }
    QCOMPARE(rows, 1); // one row per name, whatever types the articles gave it
    // Most facts first.
    for (qsizetype i = 1; i < list.size(); ++i)
        QVERIFY(list.at(i - 1).factCount >= list.at(i).factCount);
}

void TestDatabaseExplorerSource::factsWithSources()
{
    const QList<ExplorerSource::FactSummary> facts = m_source->factsAbout(QStringLiteral("Ostra Capital"));
    const ExplorerSource::FactSummary *investment = nullptr;
    for (const auto &f : facts) {
        if (f.metric == QLatin1String("investment"))
            investment = &f;
    }
    QVERIFY(investment);
    QCOMPARE(investment->valueText, QStringLiteral("£210 million"));
    QCOMPARE(investment->subject, QStringLiteral("Ostra Capital"));
    QCOMPARE(investment->object, QStringLiteral("Saltmere Port"));
    QCOMPARE(investment->status, ExplorerSource::Status::Single);
    QCOMPARE(investment->sources.size(), 1);
    const ExplorerSource::FactSource &s = investment->sources.first();
    QCOMPARE(s.articleId, idOf(QStringLiteral("harbour.md")));
    QCOMPARE(s.title, QStringLiteral("Saltmere Port sells 15% stake to Ostra Capital"));
    QCOMPARE(s.quote.mid(s.quoteStart, s.quoteEnd - s.quoteStart), QStringLiteral("£210 million"));
    QCOMPARE(m_source->fact(investment->id)->valueText, investment->valueText);
    QVERIFY(m_source->factCount() >= int(facts.size()));
}

void TestDatabaseExplorerSource::figureMentionFindsItsFact()
{
    const qint64 id = idOf(QStringLiteral("harbour.md"));
    const auto x = m_source->article(id);
    QVERIFY(x);
    const qsizetype start = x->article.text.indexOf(QStringLiteral("£210 million"));
    QVERIFY(start > 0);
    const qint64 factId = m_source->factAt(id, start);
    QVERIFY(factId >= 0);
    QCOMPARE(m_source->fact(factId)->valueText, QStringLiteral("£210 million"));
    QCOMPARE(m_source->factAt(id, start + 1), -1);
}

void TestDatabaseExplorerSource::describeWithoutScanning()
{
    const qint64 id = idOf(QStringLiteral("calder.html"));
    QCOMPARE(m_source->describe(Selection::article(id)), QStringLiteral("Article: Calder Works wins rail order"));
    QCOMPARE(m_source->describe(Selection::figureMention(id, 12, 20)),
             QStringLiteral("Figure at 12 in Calder Works wins rail order"));
    QCOMPARE(m_source->describe(Selection::entity(QStringLiteral("Ostra Capital"))), QStringLiteral("Entity: Ostra Capital"));
}

void TestDatabaseExplorerSource::reloadSeesAnotherConnectionsIngest()
{
    const QString extra = m_dir->filePath(QStringLiteral("extra.txt"));
    {
        QFile f(extra);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Brennholt Energy buys 9 wind turbines\n\nBrennholt Energy will pay NOK 1.2 billion for nine "
                "turbines from Skarv Power, it said on Thursday.\n");
    }
    QCOMPARE(m_source->articleCount(), 3);
    QVERIFY(ingest({extra}));
    QCOMPARE(m_source->articleCount(), 3); // cached until told
    QSignalSpy changed(m_source.get(), &ExplorerSource::contentChanged);
    m_source->reload();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_source->articleCount(), 4);
    QCOMPARE(m_source->search(QStringLiteral("turbines")).size(), 1);
}

void TestDatabaseExplorerSource::sourcesAsTheStoreKeepsThem()
{
    // Quotes and figure texts are cut from the article text with the stored
    // offsets: they must be what the relation reader stored.
    Database db;
    QVERIFY(db.open(m_path));
    const QList<Fact> stored = FactStore(db).facts();
    QVERIFY(!stored.isEmpty());
    QCOMPARE(m_source->factCount(), int(stored.size()));
    for (const Fact &f : stored) {
        const auto shown = m_source->fact(f.id);
        QVERIFY(shown);
        QCOMPARE(shown->sources.size(), f.sources.size());
        for (qsizetype i = 0; i < f.sources.size(); ++i) {
            const FactMention &m = f.sources.at(i);
            const ExplorerSource::FactSource &s = shown->sources.at(i);
            QCOMPARE(s.articleId, idOf(m.article));
            QCOMPARE(s.start, m.start);
            QCOMPARE(s.end, m.end);
            QCOMPARE(s.text, m.text);
            QCOMPARE(s.quote, m.quote);
            QCOMPARE(s.quote.mid(s.quoteStart, s.quoteEnd - s.quoteStart), m.text);
        }
        // A row for the list: the same fact, its quotes possibly left out.
        const auto listed = m_source->factForList(f.id);
        QVERIFY(listed);
        QCOMPARE(listed->valueText, shown->valueText);
        QCOMPARE(listed->sources.size(), shown->sources.size());
    }
}

void TestDatabaseExplorerSource::groupsAsTheFullIndexGroups()
{
    // The outline the worker builds lists each entity's facts as the
    // in-memory index over every fact did, in the same order.
    Database db;
    QVERIFY(db.open(m_path));
    FactIndex index;
    index.rebuild(FactStore(db).facts(), [this](const FactMention &m) {
        return FactIndex::ArticleRef{idOf(m.article), QString(), QString()};
    });
    const QList<ExplorerSource::EntitySummary> entities = m_source->entities();
    QVERIFY(m_source->hasSummaries());
    int withFacts = 0;
    for (const auto &e : entities) {
        const auto expected = ExplorerSource::groupFacts(index.about(e.name));
        const auto groups = m_source->factGroups(e.name);
        QCOMPARE(groups.size(), expected.size());
        for (qsizetype g = 0; g < groups.size(); ++g) {
            QCOMPARE(groups.at(g).metric, expected.at(g).metric);
            QCOMPARE(groups.at(g).ids, expected.at(g).ids);
        }
        QCOMPARE(e.factCount, index.countAbout(e.name));
        withFacts += e.factCount > 0;
    }
    QVERIFY(withFacts >= 3);
}

void TestDatabaseExplorerSource::groupsBeforeTheSummariesAreReady()
{
    // Right after open the worker may still run: answers come from the store
    // directly, the same as afterwards, and the summaries follow.
    DatabaseExplorerSource fresh;
    QSignalSpy ready(&fresh, &ExplorerSource::summariesReady);
    QVERIFY(fresh.open(m_path));
    const auto early = fresh.factGroups(QStringLiteral("Ostra Capital"));
    QVERIFY(!early.isEmpty());
    QTRY_VERIFY(fresh.hasSummaries());
    QTRY_COMPARE(ready.count(), 1);
    const auto late = fresh.factGroups(QStringLiteral("Ostra Capital"));
    QCOMPARE(late.size(), early.size());
    for (qsizetype g = 0; g < late.size(); ++g)
        QCOMPARE(late.at(g).ids, early.at(g).ids);
}

void TestDatabaseExplorerSource::sourcesNameTheirArticleById()
{
    // Two articles with one file name, in two folders: each fact's source is
    // its own article, not the newest of that name.
    QDir(m_dir->path()).mkpath(QStringLiteral("one"));
    QDir(m_dir->path()).mkpath(QStringLiteral("two"));
    const QString one = m_dir->filePath(QStringLiteral("one/report.txt"));
    const QString two = m_dir->filePath(QStringLiteral("two/report.txt"));
    for (const auto &[path, text] :
         {std::pair{one, QByteArray("Quillon Foods buys Verdi Dairy\n\nQuillon Foods will pay $800 million for Verdi "
                                    "Dairy, it said on Tuesday.\n")},
          std::pair{two, QByteArray("Brasca Mining sells Oriel Copper\n\nBrasca Mining agreed to sell Oriel Copper to "
                                    "Tenmark Resources for $1.5 billion, it said on Monday.\n")}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    QVERIFY(ingest({one}));
    QVERIFY(ingest({two}));
    m_source->reload();
    qint64 oneId = -1;
    for (const auto &a : m_source->articles()) {
        if (a.title.startsWith(QStringLiteral("Quillon Foods")))
            oneId = a.id;
    }
    QVERIFY(oneId >= 0);
    const auto x = m_source->article(oneId);
    QVERIFY(x);
    const qsizetype start = x->article.text.indexOf(QStringLiteral("$800 million"));
    const qint64 factId = m_source->factAt(oneId, start);
    QVERIFY(factId >= 0);
    const auto f = m_source->fact(factId);
    QVERIFY(f);
    QCOMPARE(f->sources.size(), 1);
    QCOMPARE(f->sources.first().articleId, oneId);
    QCOMPARE(f->sources.first().title, QStringLiteral("Quillon Foods buys Verdi Dairy"));
    QCOMPARE(f->sources.first().text, QStringLiteral("$800 million"));
}

void TestDatabaseExplorerSource::outdatedFactsAreRefreshedInTheBackground()
{
    // Facts written by older rules: the source opens at once and a worker
    // brings them up to date, then the source reads the store again.
    m_source.reset();
    int before = 0;
    {
        Database db;
        QVERIFY(db.open(m_path));
        before = int(FactStore(db).facts().size());
        QVERIFY(db.exec("DELETE FROM facts; "
                        "INSERT OR REPLACE INTO meta (key, value) VALUES ('facts_rules', '0')"));
        QVERIFY(!FactStore(db).isCurrent());
    }
    DatabaseExplorerSource source;
    QSignalSpy started(&source, &ExplorerSource::workStarted);
    QSignalSpy finished(&source, &ExplorerSource::workFinished);
    QSignalSpy changed(&source, &ExplorerSource::contentChanged);
    QVERIFY(source.open(m_path));
    QCOMPARE(started.count(), 1);
    QVERIFY(!source.backgroundWork().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(!source.isRefreshing());
    QVERIFY(source.backgroundWork().isEmpty());
    QVERIFY(changed.count() >= 2); // on open, and after the refresh
    QCOMPARE(source.factCount(), before);
    QVERIFY(!source.factGroups(QStringLiteral("Ostra Capital")).isEmpty());
    Database db;
    QVERIFY(db.open(m_path));
    QVERIFY(FactStore(db).isCurrent());
}

void TestDatabaseExplorerSource::eventsGroupEveryFact()
{
    // Built by a worker of their own: every fact the timeline places (not
    // retracted, of a known metric) in exactly one event, each event's facts
    // about its parties, and each event found again by id.
    const QList<ExplorerSource::EventSummary> events = m_source->events(); // waits for them
    QVERIFY(m_source->hasEvents());
    QVERIFY(!events.isEmpty());
    QSet<qint64> seen;
    for (const ExplorerSource::EventSummary &e : events) {
        QVERIFY(!e.title.isEmpty());
        QVERIFY(!e.facts.isEmpty());
        QVERIFY(!e.figure.isEmpty());
        QVERIFY(e.articleCount >= 1);
        for (qint64 id : e.facts) {
            QVERIFY2(!seen.contains(id), qPrintable(QString::number(id)));
            seen.insert(id);
            const auto f = m_source->fact(id);
            QVERIFY(f);
            QVERIFY2(e.parties.contains(f->subject) || e.parties.contains(f->object), qPrintable(e.title));
        }
        const auto again = m_source->eventSummary(e.id);
        QVERIFY(again);
        QCOMPARE(again->title, e.title);
    }
    Database db;
    QVERIFY(db.open(m_path));
    QSet<qint64> placed;
    for (const Fact &f : FactStore(db).facts()) {
        if (f.status != FactStatus::Retracted && f.metric != Metric::Other)
            placed.insert(f.id);
    }
    QCOMPARE(seen, placed);
    QVERIFY(!m_source->eventSummary(-5));
}

void TestDatabaseExplorerSource::eventsFollowTheEntityList()
{
    // The deals are built by a second worker, only once asked for and after
    // the entity list, so the list never waits for them; a reload builds both
    // again in that order.
    QSignalSpy summaries(m_source.get(), &ExplorerSource::summariesReady);
    QSignalSpy events(m_source.get(), &ExplorerSource::eventsReady);
    QTRY_COMPARE_WITH_TIMEOUT(summaries.count(), 1, 20000);
    QVERIFY(!m_source->hasEvents()); // nobody asked: nothing is built
    m_source->requestEvents();
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 20000);
    QCOMPARE(summaries.count(), 1);
    QVERIFY(m_source->hasSummaries());
    QVERIFY(m_source->hasEvents());
    const int listed = int(m_source->events().size());
    QVERIFY(listed > 0);

    m_source->reload();
    QVERIFY(!m_source->hasEvents());
    QTRY_COMPARE_WITH_TIMEOUT(summaries.count(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 2, 20000);
    QCOMPARE(int(m_source->events().size()), listed);
}

QTEST_GUILESS_MAIN(TestDatabaseExplorerSource)
#include "tst_databaseexplorersource.moc"
