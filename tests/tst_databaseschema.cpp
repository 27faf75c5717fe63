// SPDX-License-Identifier: GPL-3.0-or-later
// The store's schema: a fresh database, migration of every earlier schema
// version kept under tests/data/database/, refusal of newer or foreign files.
#include "articleanalyzer.h"
#include "articlerepository.h"
#include "articlestore.h"
#include "database.h"
#include "factquery.h"
#include "factstore.h"
#include "familysetcodec.h"
#include "schemamigrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
using namespace DealScope;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Opens the file as it is: an older schema stays at its version, as the tests need to see it.
bool openAsItIs(Database &db, const QString &path, QString *error = nullptr)
{
    Database::Options noMigration;
    noMigration.migrate = false;
    return db.open(path, noMigration, error);
}

// A new file at an earlier schema version, as a build of that version created it.
bool createAtVersion(Database &db, const QString &path, int version)
{
    QFile::remove(path);
    return openAsItIs(db, path) && SchemaMigrator(db).migrateTo(version);
}

QString queryText(const Database &db, const char *sql)
{
    Statement s = db.prepare(sql);
    return s.step() ? s.columnText(0) : QStringLiteral("<no row: %1>").arg(s.errorText());
}

// Every row of a query, its columns joined by spaces.
QStringList queryRows(const Database &db, const char *sql)
{
    QStringList rows;
    Statement s = db.prepare(sql);
    while (s.step()) {
        QStringList columns;
        for (int c = 0; c < s.columnCount(); ++c)
            columns.append(s.columnText(c));
        rows.append(columns.join(u' '));
    }
    if (!s.succeeded())
        rows.append(QStringLiteral("<error: %1>").arg(s.errorText()));
    return rows;
}

// A fact as a line: what it says and where each source stands.
QStringList describeFacts(const QList<Fact> &facts)
{
    QStringList lines;
    for (const Fact &f : facts) {
        QStringList sources;
        for (const FactMention &m : f.sources)
            sources.append(QStringLiteral("%1:%2-%3 %4").arg(m.article).arg(m.start).arg(m.end).arg(m.quote));
        lines.append(QStringLiteral("%1 %2>%3 %4 %5 %6 %7 first %8 | %9")
                         .arg(f.id)
                         .arg(f.subject, f.object, metricName(f.metric))
                         .arg(f.value, 0, 'g', 17)
                         .arg(f.time, factStatusName(f.status), f.firstReportedBy, sources.join(QStringLiteral("; "))));
    }
    return lines;
}

// Writes a plain SQLite file (no DealScope) with the given pragmas and table.
bool writeRawDatabase(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

qint64 idOfFile(const Database &db, const QString &fileName)
{
    Statement s = db.prepare("SELECT id FROM articles WHERE file_name = ?1");
    s.bind(1, fileName);
    return s.step() ? s.columnInt(0) : -1;
}

} // namespace

class TestDatabaseSchema : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void freshDatabaseHasLatestSchema_data();
    void freshDatabaseHasLatestSchema();
    void pragmasAreSet_data();
    void pragmasAreSet();
    void migratesEarlierVersions_data();
    void migratesEarlierVersions();
    void migrationStepsOneVersionAtATime();
    void pageSizeOfNewFilesOnly();
    void compactFactTablesMarkFactsForRefresh();
    void factsListTheirSourcesFromVersion10();
    void version11KeepsMentionsWithoutForeignKey();
    void version10FixtureKeepsItsFacts();
    void version11FixtureGainsTextDictionaries();
    void refusesUntouched_data();
    void refusesUntouched();
    void cascadeRemovesEverythingOfAnArticle();

private:
    QTemporaryDir m_dir;
};

void TestDatabaseSchema::freshDatabaseHasLatestSchema_data()
{
    QTest::addColumn<QString>("table");
    for (const char *t : {"meta", "articles", "excluded_regions", "figure_types", "article_spans", "entities",
                          "entity_articles", "articles_fts", "facts", "fact_mentions", "article_families", "text_dictionaries", "fact_names", "fact_types",
                          "events", "event_facts", "event_parties", "agreements", "curation", "fact_details", "fact_mention_details"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestDatabaseSchema::freshDatabaseHasLatestSchema()
{
    QFETCH(QString, table);
    Database db;
    QString error;
    QVERIFY2(db.open(m_dir.filePath(QStringLiteral("fresh.sqlite")), &error), qPrintable(error));
    QCOMPARE(db.userVersion(), SchemaMigrator::LatestVersion);
    QCOMPARE(SchemaMigrator::LatestVersion, 12);
    Statement s = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = ?1");
    s.bind(1, table);
    QVERIFY(s.step());
    QCOMPARE(s.columnInt(0), 1);
    QCOMPARE(queryText(db, "PRAGMA application_id"), QString::number(0x44536350));
}

void TestDatabaseSchema::pragmasAreSet_data()
{
    QTest::addColumn<QByteArray>("pragma");
    QTest::addColumn<QString>("expected");
    QTest::newRow("WAL") << QByteArray("PRAGMA journal_mode") << QStringLiteral("wal");
    QTest::newRow("synchronous FULL") << QByteArray("PRAGMA synchronous") << QStringLiteral("2");
    QTest::newRow("foreign keys") << QByteArray("PRAGMA foreign_keys") << QStringLiteral("1");
    QTest::newRow("busy timeout") << QByteArray("PRAGMA busy_timeout") << QStringLiteral("30000");
}

void TestDatabaseSchema::pragmasAreSet()
{
    QFETCH(QByteArray, pragma);
    QFETCH(QString, expected);
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("pragmas.sqlite"))));
    QCOMPARE(queryText(db, pragma.constData()), expected);
}

void TestDatabaseSchema::migratesEarlierVersions_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("articles");
    QTest::newRow("version 1") << QStringLiteral("schema-v1.sqlite") << 1 << 1;
    QTest::newRow("version 2") << QStringLiteral("schema-v2.sqlite") << 2 << 1;
    QTest::newRow("version 3") << QStringLiteral("schema-v3.sqlite") << 3 << 2;
    QTest::newRow("version 4") << QStringLiteral("schema-v4.sqlite") << 4 << 2;
    QTest::newRow("version 5") << QStringLiteral("schema-v5.sqlite") << 5 << 2;
    QTest::newRow("version 6") << QStringLiteral("schema-v6.sqlite") << 6 << 2;
    QTest::newRow("version 7") << QStringLiteral("schema-v7.sqlite") << 7 << 3;
    QTest::newRow("version 8") << QStringLiteral("schema-v8.sqlite") << 8 << 3;
    QTest::newRow("version 9") << QStringLiteral("schema-v9.sqlite") << 9 << 3;
}

void TestDatabaseSchema::migratesEarlierVersions()
{
    QFETCH(QString, fixture);
    QFETCH(int, version);
    QFETCH(int, articles);
    const QString path = m_dir.filePath(fixture);
    QFile::remove(path);
    QVERIFY(QFile::copy(QStringLiteral(DEALSCOPE_TEST_DATA "/database/") + fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        Database old;
        QVERIFY(openAsItIs(old, path));
        QCOMPARE(old.userVersion(), version);
    }
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.userVersion(), SchemaMigrator::LatestVersion);
    // What the old version held is all there.
    QCOMPARE(db.articleCount(), articles);
    QCOMPARE(queryText(db, "SELECT title FROM articles WHERE id = 1"), QStringLiteral("Helios buys Northwind"));
    QCOMPARE(queryText(db, "SELECT substr(text, 48, 12) FROM articles WHERE id = 1"), QStringLiteral("€4.2 billion"));
    // Version 4 compressed the older files' texts, now as zstd frames; bodies
    // written by version 4-8 builds (qCompress) are kept and read as they are.
    QCOMPARE(queryText(db, "SELECT hex(substr(body, 1, 4)) FROM articles WHERE id = 1") == QLatin1String("28B52FFD"),
             version < 4);
    const ArticleRepository repository(db);
    const QList<Figure> figures = repository.figures(1);
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().value, 4.2e9);
    QCOMPARE(figures.first().unit, QStringLiteral("EUR"));
    QCOMPARE(figures.first().start, qsizetype(47));
    QCOMPARE(figures.first().end, qsizetype(59));
    QStringList names;
    for (const EntityMention &m : repository.entityMentions(1))
        names << m.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Helios Energy"), QStringLiteral("Northwind Grid")}));
    QCOMPARE(repository.entry(1)->figureCount, 1);
    QCOMPARE(repository.entry(1)->entityMentionCount, 2);
    QCOMPARE(repository.excludedRegions(1).size(), 1);
    QCOMPARE(queryText(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'northwind'"), QStringLiteral("1"));
    auto storedFigures = [&repository](qint64 id) {
        QStringList stored;
        for (const Figure &f : repository.figures(id))
            stored << QStringLiteral("%1-%2 %3 %4 %5 %6 %7 %8")
                          .arg(f.start)
                          .arg(f.end)
                          .arg(figureKindName(f.kind), qualifierName(f.qualifier), f.unit)
                          .arg(f.kind == FigureKind::Date ? f.date : QString::number(f.value, 'f', QLocale::FloatingPointShortest))
                          .arg(f.valueMax ? QString::number(*f.valueMax, 'f', QLocale::FloatingPointShortest) : QStringLiteral("-"))
                          .arg(f.retracted);
        return stored;
    };
    if (articles > 1) {
        // Figures starting at one offset, dates, ranges, retractions, entities' parts survive.
        QCOMPARE(storedFigures(2), (QStringList{QStringLiteral("20-31 money exact USD 40000000 - 0"),
                                      QStringLiteral("56-66 date exact month 2024-03 - 0"),
                                      QStringLiteral("109-125 money range USD 300000000 400000000 1"),
                                      QStringLiteral("109-113 money exact USD 300000000 - 0")}));
        QStringList mentions;
        for (const EntityMention &m : repository.entityMentions(2))
            mentions << QStringLiteral("%1 %2-%3 %4 %5").arg(m.name).arg(m.start).arg(m.end).arg(m.partOf).arg(m.known);
        QCOMPARE(mentions, (QStringList{QStringLiteral("Kestrel Labs 0-12  0"),
                                        QStringLiteral("Orbit Capital 39-52 Orbit Group 1"),
                                        QStringLiteral("Kestrel Labs 68-80  0")}));
        const QList<ArticleRepository::EntityCount> entities = repository.entities();
        // nimbus.txt adds "Nimbus" and names Orbit Capital twice more: then the most named.
        QCOMPARE(entities.size(), articles > 2 ? 5 : 4);
        QCOMPARE(entities.first().name, articles > 2 ? QStringLiteral("Orbit Capital") : QStringLiteral("Helios Energy"));
        QCOMPARE(queryText(db, "SELECT mentions FROM entity_articles WHERE article_id = 2 AND entity_id = "
                               "(SELECT id FROM entities WHERE name = 'Kestrel Labs')"),
                 QStringLiteral("2"));
        QCOMPARE(queryText(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'kestrel'"), QStringLiteral("1"));
    }
    if (articles > 2) {
        // Written by schema version 7 (SpanCodec version 1): a decimal, a day and a money value survive.
        QCOMPARE(storedFigures(3), (QStringList{QStringLiteral("90-96 percent exact % 27.35 - 0"),
                                                QStringLiteral("100-115 date exact day 2025-11-03 - 0"),
                                                QStringLiteral("124-137 money exact USD 1250000000 - 0")}));
        QCOMPARE(repository.entityMentions(3).size(), 3);
    }
    // Every article's spans are in SpanCodec version 2.
    QCOMPARE(queryText(db, "SELECT count(*) FROM article_spans WHERE substr(data, 1, 1) = x'02'"),
             QString::number(articles));
    // The old tables are gone; the new ones are usable.
    QCOMPARE(queryText(db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('figures', 'entity_mentions')"),
             QStringLiteral("0"));
    QVERIFY(db.exec("INSERT INTO curation (target, target_key, action, created_at) VALUES ('article', 'aa11', 'accept', 'now')"));
    QCOMPARE(queryText(db, "SELECT count(*) FROM curation"), QStringLiteral("1"));
    // Version 12: texts written before it name no dictionary, and none is stored yet.
    QCOMPARE(queryText(db, "SELECT count(*) FROM text_dictionaries"), QStringLiteral("0"));
    QString details;
    QVERIFY2(db.integrityCheck(&details), qPrintable(details));
    QVERIFY2(db.searchIndexCheck(&details), qPrintable(details));
    // Facts are made on first use, from the migrated articles ("Helios buys Northwind for €4.2 billion").
    {
        FactStore facts(db);
        QVERIFY(!facts.isCurrent());
        QVERIFY2(facts.refresh(ArticleAnalyzer(Gazetteer::bundled()), &error), qPrintable(error));
        QVERIFY(facts.isCurrent());
        const QList<Fact> made = facts.facts();
        QVERIFY(std::any_of(made.cbegin(), made.cend(), [](const Fact &f) {
            return f.value == 4.2e9 && f.unit == QLatin1String("EUR") && !f.sources.isEmpty();
        }));
    }
    // A migrated article leaves the index whole when deleted.
    QVERIFY(db.exec("DELETE FROM articles WHERE id = 1"));
    QCOMPARE(queryText(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'northwind'"), QStringLiteral("0"));
    QCOMPARE(queryText(db, "SELECT count(*) FROM article_spans WHERE article_id = 1"), QStringLiteral("0"));
    QVERIFY2(db.searchIndexCheck(&details), qPrintable(details));
}

void TestDatabaseSchema::migrationStepsOneVersionAtATime()
{
    const QString path = m_dir.filePath(QStringLiteral("steps.sqlite"));
    QFile::remove(path);
    Database db;
    QVERIFY(openAsItIs(db, path));
    QCOMPARE(db.userVersion(), 0);
    SchemaMigrator migrator(db);
    QVERIFY(migrator.migrateTo(1));
    QCOMPARE(db.userVersion(), 1);
    QCOMPARE(queryText(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'facts'"), QStringLiteral("0"));
    QVERIFY(migrator.migrateTo(2));
    QCOMPARE(db.userVersion(), 2);
    QCOMPARE(queryText(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'facts'"), QStringLiteral("1"));
    QVERIFY(migrator.migrate());
    QCOMPARE(db.userVersion(), SchemaMigrator::LatestVersion);
    QVERIFY(!db.inTransaction());
}

void TestDatabaseSchema::pageSizeOfNewFilesOnly()
{
    const QString fresh = m_dir.filePath(QStringLiteral("pages.sqlite"));
    QFile::remove(fresh);
    {
        Database db;
        QVERIFY(db.open(fresh));
        QCOMPARE(queryText(db, "PRAGMA page_size"), QStringLiteral("16384"));
    }
    {
        Database db; // opened again: still 16 KB
        QVERIFY(db.open(fresh));
        QCOMPARE(queryText(db, "PRAGMA page_size"), QStringLiteral("16384"));
    }
    // A file of 4 KB pages keeps them when DealScope migrates it.
    const QString old = m_dir.filePath(QStringLiteral("pages-v1.sqlite"));
    QFile::remove(old);
    QVERIFY(QFile::copy(QStringLiteral(DEALSCOPE_TEST_DATA "/database/schema-v1.sqlite"), old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    Database db;
    QVERIFY(db.open(old));
    QCOMPARE(db.userVersion(), SchemaMigrator::LatestVersion);
    QCOMPARE(queryText(db, "PRAGMA page_size"), QStringLiteral("4096"));
}

void TestDatabaseSchema::compactFactTablesMarkFactsForRefresh()
{
    // A version 3 file with current facts: the compact fact tables replace the old ones, and the
    // facts are marked out of date so that the stored articles are read again on first use.
    const QString path = m_dir.filePath(QStringLiteral("v3.sqlite"));
    {
        Database db;
        QVERIFY(createAtVersion(db, path, 3));
        QVERIFY(db.exec("INSERT INTO articles (path, file_name, content_hash, format, encoding, byte_size, text, "
                        "ingested_at) VALUES ('/a.txt', 'a.txt', 'h1', 'txt', 'UTF-8', 5, 'Hello', 'now')"));
        QVERIFY(db.exec("INSERT INTO meta (key, value) VALUES ('facts_rules', '3')"));
    }
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.userVersion(), SchemaMigrator::LatestVersion);
    QCOMPARE(queryText(db, "SELECT value FROM meta WHERE key = 'facts_rules'"), QStringLiteral("0"));
    QCOMPARE(queryText(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'fact_sources'"), QStringLiteral("0"));
    QCOMPARE(queryText(db, "SELECT count(*) FROM fact_mention_details"), QStringLiteral("0"));
    QCOMPARE(db.articleCount(), 1);
}

void TestDatabaseSchema::factsListTheirSourcesFromVersion10()
{
    // A version 9 file with a mention naming its fact and an event: version 10 keeps the
    // mention without fact_id/position, and empties facts and events for a rebuild on first use.
    const QString path = m_dir.filePath(QStringLiteral("v9.sqlite"));
    {
        Database db;
        QVERIFY(createAtVersion(db, path, 9));
        QVERIFY(db.exec("INSERT INTO articles (path, file_name, content_hash, format, encoding, byte_size, body, "
                        "ingested_at) VALUES ('/a.txt', 'a.txt', 'h1', 'txt', 'UTF-8', 5, x'', 'now')"));
        QVERIFY(db.exec("INSERT INTO fact_types (id, metric, part, kind, unit, qualifier) "
                        "VALUES (1, 'investment', '', 'money', 'USD', 'exact')"));
        QVERIFY(db.exec("INSERT INTO fact_mentions (family, article_id, ord, type, value, start, length, sentence_start, "
                        "sentence_end, paragraph_start, flags, quote_key, fact_id, position) "
                        "VALUES (77, 1, 0, 1, 5, 10, 3, 0, 20, 0, 0, 123, 1, 0)"));
        QVERIFY(db.exec("INSERT INTO facts (id, family, type, value, status) VALUES (1, 77, 1, 5, 0)"));
        QVERIFY(db.exec("INSERT INTO events (id, title) VALUES (1, 'e'); INSERT INTO event_facts VALUES (1, 1); "
                        "INSERT INTO meta (key, value) VALUES ('facts_rules', '3'), ('events_version', '1')"));
    }
    Database db;
    QString error;
    QVERIFY2(openAsItIs(db, path, &error), qPrintable(error));
    QVERIFY2(SchemaMigrator(db).migrateTo(10, &error), qPrintable(error));
    QCOMPARE(db.userVersion(), 10);
    auto columns = [&db](const char *table) {
        QStringList names;
        Statement s = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(QLatin1String(table)).toUtf8().constData());
        while (s.step())
            names << s.columnText(0);
        return names.join(u' ');
    };
    QCOMPARE(columns("fact_mentions"), QStringLiteral("family article_id ord subject object subject_name object_name type "
                                                      "value value_max time start length sentence_start sentence_end "
                                                      "paragraph_start flags quote_key"));
    QCOMPARE(columns("facts"), QStringLiteral("id subject object type value value_max time status first_reported_by "
                                              "alternatives sources"));
    QCOMPARE(queryText(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'facts_by_family'"), QStringLiteral("0"));
    QCOMPARE(queryText(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'fact_mentions_by_article'"), QStringLiteral("1"));
    QCOMPARE(queryText(db, "SELECT family || ' ' || article_id || ' ' || ord || ' ' || quote_key FROM fact_mentions"),
             QStringLiteral("77 1 0 123"));
    QCOMPARE(queryText(db, "SELECT (SELECT count(*) FROM facts) + (SELECT count(*) FROM events) "
                           "+ (SELECT count(*) FROM event_facts)"),
             QStringLiteral("0"));
    QCOMPARE(queryText(db, "SELECT count(*) FROM meta WHERE key = 'events_version'"), QStringLiteral("0"));
    QCOMPARE(queryText(db, "SELECT value FROM meta WHERE key = 'facts_rules'"), QStringLiteral("0"));
    QCOMPARE(queryText(db, "SELECT count(*) FROM fact_mention_details"), QStringLiteral("1"));

    // The layout: a fact's id is its family << 20 | n, and its sources are its mentions' keys.
    QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
    QVERIFY(db.exec("DELETE FROM meta WHERE key = 'facts_rules'"));
    FactStore facts(db);
    QVERIFY2(facts.rebuildAll(&error), qPrintable(error));
    QCOMPARE(queryText(db, "SELECT id FROM facts"), QString::number((77 << 20) + 1));
    QCOMPARE(queryText(db, "SELECT family FROM fact_details"), QStringLiteral("77"));
    QCOMPARE(queryText(db, "SELECT hex(sources) FROM facts"), QStringLiteral("0200")); // article 1 (zigzag 2), ord 0
}

void TestDatabaseSchema::version11KeepsMentionsWithoutForeignKey()
{
    // A version 10 file with mentions of two articles in two families and a fact: version 11
    // copies the mentions (keys kept, so facts stay), lists each article's families, and
    // drops the foreign key and the index by article.
    const QString path = m_dir.filePath(QStringLiteral("v10.sqlite"));
    Database db;
    QVERIFY(createAtVersion(db, path, 10));
    QVERIFY(db.exec("INSERT INTO articles (id, path, file_name, content_hash, format, encoding, byte_size, body, ingested_at) "
                    "VALUES (1, '/a.txt', 'a.txt', 'h1', 'txt', 'UTF-8', 5, x'', 'now'), "
                    "(2, '/b.txt', 'b.txt', 'h2', 'txt', 'UTF-8', 5, x'', 'now');"
                    // Indexed as ArticleStore indexes what it inserts, so that they can be deleted.
                    "INSERT INTO articles_fts (rowid, title, text) VALUES (1, '', ''), (2, '', '');"
                    "INSERT INTO fact_types (id, metric, part, kind, unit, qualifier) "
                    "VALUES (1, 'investment', '', 'money', 'USD', 'exact');"));
    QVERIFY(db.exec("INSERT INTO fact_mentions (family, article_id, ord, type, value, start, length, sentence_start, "
                    "sentence_end, paragraph_start, flags, quote_key) VALUES (77, 1, 0, 1, 5, 10, 3, 0, 20, 0, 0, 123), "
                    "(77, 1, 2, 1, 5, 40, 3, 30, 50, 0, 0, 124), (9, 1, 1, 1, 7, 25, 3, 20, 30, 0, 0, 125), "
                    "(77, 2, 0, 1, 5, 10, 3, 0, 20, 0, 0, 126)"));
    QVERIFY(db.exec("INSERT INTO facts (id, type, value, status, first_reported_by, sources) "
                    "VALUES ((77 << 20) + 1, 1, 5, 1, 1, x'0200')"));
    QVERIFY(db.exec("INSERT INTO meta (key, value) VALUES ('facts_rules', '4')"));
    QString error;
    QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
    QCOMPARE(db.userVersion(), SchemaMigrator::LatestVersion);

    QCOMPARE(queryRows(db, "SELECT family, article_id, ord FROM fact_mentions"),
             (QStringList{QStringLiteral("9 1 1"), QStringLiteral("77 1 0"), QStringLiteral("77 1 2"), QStringLiteral("77 2 0")}));
    QCOMPARE(queryRows(db, "SELECT article_id, hex(families), next_ord FROM article_families"),
             (QStringList{QStringLiteral("1 090000004D000000 3"), QStringLiteral("2 4D000000 1")}));
    QCOMPARE(queryRows(db, "SELECT count(*) FROM pragma_foreign_key_list('fact_mentions')"), QStringList{QStringLiteral("0")});
    QCOMPARE(queryRows(db, "SELECT name FROM pragma_index_list('fact_mentions') WHERE origin = 'c'"), QStringList());
    QCOMPARE(queryRows(db, "SELECT count(*) FROM fact_mention_details"), QStringList{QStringLiteral("4")});
    QCOMPARE(queryRows(db, "SELECT family, status FROM fact_details"), QStringList{QStringLiteral("77 corroborated")});
    QCOMPARE(queryText(db, "SELECT value FROM meta WHERE key = 'facts_rules'"), QStringLiteral("4")); // nothing to read again

    // An article's mentions go with FactStore::forgetArticle, its families row with the article.
    FactStore facts(db);
    QCOMPARE(facts.mentionCount(), qint64(4));
    QVERIFY2(facts.forgetArticle(1, &error), qPrintable(error));
    QVERIFY2(db.exec("DELETE FROM articles WHERE id = 1", &error), qPrintable(error));
    QVERIFY2(facts.reconcilePending(&error), qPrintable(error));
    QCOMPARE(queryRows(db, "SELECT family, article_id, ord FROM fact_mentions"), QStringList{QStringLiteral("77 2 0")});
    QCOMPARE(queryRows(db, "SELECT article_id FROM article_families"), QStringList{QStringLiteral("2")});
    QCOMPARE(facts.mentionCount(), qint64(1));
    QCOMPARE(queryRows(db, "PRAGMA foreign_key_check"), QStringList());
    QVERIFY(db.integrityCheck());
}

void TestDatabaseSchema::version11FixtureGainsTextDictionaries()
{
    // schema-v10.sqlite opened by a schema version 11 build, which migrated it, and one more
    // article ingested with that build (tests/data/database/README.md).
    const QString path = m_dir.filePath(QStringLiteral("schema-v11.sqlite"));
    QFile::remove(path);
    QVERIFY(QFile::copy(QStringLiteral(DEALSCOPE_TEST_DATA "/database/schema-v11.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const char *mentionRows = "SELECT * FROM fact_mentions ORDER BY family, article_id, ord";
    const char *factRows = "SELECT id, value, status, hex(sources) FROM facts ORDER BY id";
    QStringList mentionsBefore, factsBefore;
    {
        Database old;
        QVERIFY(openAsItIs(old, path));
        QCOMPARE(old.userVersion(), 11);
        QCOMPARE(queryText(old, "SELECT count(*) FROM sqlite_schema WHERE name = 'text_dictionaries'"), QStringLiteral("0"));
        mentionsBefore = queryRows(old, mentionRows);
        factsBefore = queryRows(old, factRows);
        QCOMPARE(mentionsBefore.size(), 90);
        QCOMPARE(factsBefore.size(), 34);
    }
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.userVersion(), SchemaMigrator::LatestVersion);
    QCOMPARE(queryText(db, "SELECT count(*) FROM text_dictionaries"), QStringLiteral("0"));
    QCOMPARE(queryRows(db, mentionRows), mentionsBefore);
    QCOMPARE(queryRows(db, factRows), factsBefore);
    // Texts written before dictionaries read as they are, with the facts that quote them.
    QVERIFY(queryText(db, "SELECT text FROM articles WHERE file_name = 'orbit.txt'")
                .contains(QLatin1String("will invest $75 million in Kestrel Labs")));
    FactStore store(db);
    // Migration keeps the readings and their rules mark (version 4, the fixture's); a build with
    // later rules reads them again on first use, not here.
    QCOMPARE(queryText(db, "SELECT value FROM meta WHERE key = 'facts_rules'"), QStringLiteral("4"));
    QCOMPARE(store.isCurrent(), FactStore::RulesVersion == 4);
    const QList<Fact> facts = store.facts();
    const auto orbit = std::find_if(facts.cbegin(), facts.cend(), [](const Fact &f) {
        return f.subject == QLatin1String("Orbit Capital") && f.metric == Metric::Investment;
    });
    QVERIFY(orbit != facts.cend());
    QCOMPARE(orbit->value, 75e6);
    QCOMPARE(orbit->object, QStringLiteral("Kestrel Labs"));
    QCOMPARE(orbit->sources.size(), 2); // the headline and the first paragraph
    for (const FactMention &m : orbit->sources) {
        QCOMPARE(m.article, QStringLiteral("orbit.txt"));
        QVERIFY2(m.quote.contains(QLatin1String("$75 million")), qPrintable(m.quote));
    }
    QString details;
    QVERIFY2(db.integrityCheck(&details), qPrintable(details));
    QVERIFY2(db.searchIndexCheck(&details), qPrintable(details));
}

void TestDatabaseSchema::version10FixtureKeepsItsFacts()
{
    // The bundled corpus ingested by a schema version 10 build (tests/data/database/README.md).
    const QString path = m_dir.filePath(QStringLiteral("schema-v10.sqlite"));
    QFile::remove(path);
    QVERIFY(QFile::copy(QStringLiteral(DEALSCOPE_TEST_DATA "/database/schema-v10.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const char *mentionRows = "SELECT * FROM fact_mentions ORDER BY family, article_id, ord";
    const char *factRows = "SELECT id, subject, object, type, value, value_max, time, status, first_reported_by, "
                           "alternatives, hex(sources) FROM facts ORDER BY id";
    QStringList mentionsBefore, factsBefore, familiesBefore;
    {
        Database old;
        QVERIFY(openAsItIs(old, path));
        QCOMPARE(old.userVersion(), 10);
        mentionsBefore = queryRows(old, mentionRows);
        factsBefore = queryRows(old, factRows);
        familiesBefore = queryRows(old, "SELECT article_id, family FROM fact_mentions GROUP BY 1, 2 ORDER BY 1, 2");
        QCOMPARE(mentionsBefore.size(), 87);
        QCOMPARE(factsBefore.size(), 32);
    }
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.userVersion(), SchemaMigrator::LatestVersion);
    QCOMPARE(queryRows(db, mentionRows), mentionsBefore);
    QCOMPARE(queryRows(db, factRows), factsBefore);
    // Every article's families and next ord, as its mentions have them.
    QStringList families;
    Statement s = db.prepare("SELECT article_id, families, next_ord, (SELECT max(ord) + 1 FROM fact_mentions m "
                             "WHERE m.article_id = f.article_id) FROM article_families f ORDER BY article_id");
    while (s.step()) {
        QList<qint64> decoded;
        QVERIFY(FamilySetCodec::decode(s.columnBlobView(1), decoded));
        for (const qint64 family : std::as_const(decoded))
            families.append(QStringLiteral("%1 %2").arg(s.columnInt(0)).arg(family));
        QCOMPARE(s.columnInt(2), s.columnInt(3));
    }
    QCOMPARE(families, familiesBefore);
    QCOMPARE(queryRows(db, "PRAGMA foreign_key_check"), QStringList());
    QString details;
    QVERIFY2(db.integrityCheck(&details), qPrintable(details));
    QVERIFY2(db.searchIndexCheck(&details), qPrintable(details));

    // The facts read as the version 10 build wrote them.
    FactStore store(db);
    // Migration keeps the readings and their rules mark (version 4, the fixture's); a build with
    // later rules reads them again on first use, not here.
    QCOMPARE(queryText(db, "SELECT value FROM meta WHERE key = 'facts_rules'"), QStringLiteral("4"));
    QCOMPARE(store.isCurrent(), FactStore::RulesVersion == 4);
    const QList<Fact> migrated = store.facts();
    QCOMPARE(migrated.size(), 32);
    const auto at = std::find_if(migrated.cbegin(), migrated.cend(), [](const Fact &f) { return f.id == 327932517023745; });
    QVERIFY(at != migrated.cend());
    QCOMPARE(at->value, 38e9);
    QCOMPARE(at->subject, QStringLiteral("OpenAI"));
    QCOMPARE(at->object, QStringLiteral("Amazon"));
    QCOMPARE(at->status, FactStatus::Corroborated);
    QCOMPARE(at->sources.size(), 11);
    QCOMPARE(at->firstReportedBy, QStringLiteral("000_c181199ae6ff16d4.txt"));
    // The explorer finds a source's fact through article_families: a fact that lists the figure.
    const FactQuery query(db);
    for (const Fact &f : migrated)
        for (const FactMention &m : f.sources) {
            const qint64 found = query.factAt(idOfFile(db, m.article), m.start);
            QVERIFY(found > 0 && found <= f.id);
            const std::optional<FactQuery::Row> row = query.fact(found);
            QVERIFY(row);
            QVERIFY(std::any_of(row->sources.cbegin(), row->sources.cend(),
                                [&](const FactQuery::Source &src) { return src.start == m.start; }));
        }

    // Read again by this build's rules, the facts are those of a fresh database holding the same articles.
    QVERIFY(db.exec("UPDATE meta SET value = '0' WHERE key = 'facts_rules'"));
    QVERIFY2(store.refresh(ArticleAnalyzer(Gazetteer::bundled()), &error), qPrintable(error));
    Database fresh;
    QVERIFY(fresh.open(m_dir.filePath(QStringLiteral("fresh-v11.sqlite"))));
    {
        const ArticleAnalyzer analyzer(Gazetteer::bundled());
        ArticleStore articles(fresh);
        FactStore facts(fresh);
        QVERIFY(fresh.beginImmediate());
        Statement a = db.prepare("SELECT path, file_name, format, title, publisher, published, text, content_hash, "
                                 "byte_size FROM articles ORDER BY id");
        while (a.step()) {
            Article article;
            article.fileName = a.columnText(1);
            article.format = a.columnText(2);
            article.title = a.columnText(3);
            article.publisher = a.columnText(4);
            article.date = QDate::fromString(a.columnText(5), Qt::ISODate);
            article.text = a.columnText(6);
            const ArticleExtraction x = analyzer.analyze(article);
            const qint64 id = articles.insert(x, a.columnText(0), a.columnText(7), a.columnInt(8), &error);
            QVERIFY2(id > 0 && facts.addArticle(id, x, &error), qPrintable(error));
        }
        QVERIFY2(facts.reconcilePending(&error) && fresh.commit(&error), qPrintable(error));
    }
    QCOMPARE(describeFacts(store.facts()), describeFacts(FactStore(fresh).facts()));
    QCOMPARE(queryRows(db, mentionRows), queryRows(fresh, mentionRows));
    QCOMPARE(queryRows(db, "SELECT * FROM article_families"), queryRows(fresh, "SELECT * FROM article_families"));
}

void TestDatabaseSchema::refusesUntouched_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("newer DealScope")
        << QByteArray("PRAGMA application_id=1146307408; CREATE TABLE articles(id INTEGER PRIMARY KEY); PRAGMA user_version=99;")
        << QStringLiteral("newer DealScope (schema version 99");
    QTest::newRow("another program's database")
        << QByteArray("CREATE TABLE recipes(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO recipes(name) VALUES ('soup');")
        << QStringLiteral("not a DealScope database");
    QTest::newRow("another program's versioned database")
        << QByteArray("CREATE TABLE t(x); PRAGMA user_version=1;") << QStringLiteral("not a DealScope database");
}

void TestDatabaseSchema::refusesUntouched()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("refused.sqlite"));
    QFile::remove(path);
    QVERIFY(writeRawDatabase(path, sql.constData()));
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());
    Database db;
    QString error;
    QVERIFY(!db.open(path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("untouched")), qPrintable(error));
    QVERIFY(!db.isOpen());
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabaseSchema::cascadeRemovesEverythingOfAnArticle()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("cascade.sqlite"))));
    QVERIFY(db.exec(
        "INSERT INTO articles (id, path, file_name, content_hash, format, encoding, byte_size, body, ingested_at) "
        "VALUES (1, '/a.txt', 'a.txt', 'h1', 'txt', 'UTF-8', 10, dealscope_compress('Kestrel Labs raised 40 million'), 'now');"
        // Indexed as ArticleStore indexes what it inserts.
        "INSERT INTO articles_fts (rowid, title, text) VALUES (1, '', 'Kestrel Labs raised 40 million');"
        "INSERT INTO article_spans (article_id, figure_count, mention_count, data) VALUES (1, 0, 0, x'010000');"
        "INSERT INTO entities (id, name, type) VALUES (1, 'Kestrel Labs', 'org');"
        "INSERT INTO entity_articles (article_id, entity_id, mentions) VALUES (1, 1, 1);"
        "INSERT INTO excluded_regions (article_id, start, \"end\", reason) VALUES (1, 0, 5, 'teaser');"));
    QCOMPARE(queryText(db, "SELECT text FROM articles"), QStringLiteral("Kestrel Labs raised 40 million"));
    QCOMPARE(queryText(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'kestrel'"), QStringLiteral("1"));
    QVERIFY(db.exec("DELETE FROM articles WHERE id = 1"));
    for (const char *sql : {"SELECT count(*) FROM article_spans", "SELECT count(*) FROM entity_articles",
                            "SELECT count(*) FROM excluded_regions",
                            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'kestrel'"})
        QCOMPARE(queryText(db, sql), QStringLiteral("0"));
    QString details;
    QVERIFY2(db.searchIndexCheck(&details), qPrintable(details));
    // Foreign keys are enforced.
    QVERIFY(!db.exec("INSERT INTO article_spans (article_id, figure_count, mention_count, data) VALUES (99, 0, 0, x'010000')"));
    QVERIFY(!db.exec("INSERT INTO entity_articles (article_id, entity_id, mentions) VALUES (99, 1, 1)"));
    // Since version 8 entity_articles checks only its article: entities are never deleted.
    QCOMPARE(queryText(db, "SELECT group_concat(\"table\") FROM pragma_foreign_key_list('entity_articles')"),
             QStringLiteral("articles"));
}

QTEST_GUILESS_MAIN(TestDatabaseSchema)
#include "tst_databaseschema.moc"
