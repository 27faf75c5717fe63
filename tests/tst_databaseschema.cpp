// SPDX-License-Identifier: GPL-3.0-or-later
// The store's schema: a fresh database, migration of every earlier schema
// version kept under tests/data/database/, refusal of newer or foreign files.
#include "database.h"
#include "schemamigrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace DealScope;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString queryText(const Database &db, const char *sql)
{
    Statement s = db.prepare(sql);
    return s.step() ? s.columnText(0) : QStringLiteral("<no row: %1>").arg(s.errorText());
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
    void compactFactTablesMarkFactsForRefresh();
    void refusesUntouched_data();
    void refusesUntouched();
    void cascadeRemovesEverythingOfAnArticle();

private:
    QTemporaryDir m_dir;
};

void TestDatabaseSchema::freshDatabaseHasLatestSchema_data()
{
    QTest::addColumn<QString>("table");
    for (const char *t : {"meta", "articles", "excluded_regions", "figures", "entities", "entity_mentions",
                          "articles_fts", "facts", "fact_mentions", "fact_names", "fact_types", "events", "event_facts",
                          "curation", "fact_details", "fact_mention_details"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestDatabaseSchema::freshDatabaseHasLatestSchema()
{
    QFETCH(QString, table);
    Database db;
    QString error;
    QVERIFY2(db.open(m_dir.filePath(QStringLiteral("fresh.sqlite")), &error), qPrintable(error));
    QCOMPARE(db.userVersion(), SchemaMigrator::LatestVersion);
    QCOMPARE(SchemaMigrator::LatestVersion, 4);
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
    QTest::newRow("version 1") << QStringLiteral("schema-v1.sqlite") << 1;
}

void TestDatabaseSchema::migratesEarlierVersions()
{
    QFETCH(QString, fixture);
    QFETCH(int, version);
    const QString path = m_dir.filePath(fixture);
    QFile::remove(path);
    QVERIFY(QFile::copy(QStringLiteral(DEALSCOPE_TEST_DATA "/database/") + fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        Database old;
        Database::Options noMigration;
        noMigration.migrate = false;
        QVERIFY(old.open(path, noMigration));
        QCOMPARE(old.userVersion(), version);
    }
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.userVersion(), SchemaMigrator::LatestVersion);
    // What the old version held is all there.
    QCOMPARE(db.articleCount(), 1);
    QCOMPARE(queryText(db, "SELECT title FROM articles"), QStringLiteral("Helios buys Northwind"));
    QCOMPARE(queryText(db, "SELECT substr(text, 48, 12) FROM articles"), QStringLiteral("€4.2 billion"));
    QCOMPARE(queryText(db, "SELECT value || ' ' || unit || ' ' || \"end\" FROM figure_details WHERE start = 47"),
             QStringLiteral("4200000000.0 EUR 59"));
    QCOMPARE(queryText(db, "SELECT group_concat(name, '|') FROM entity_mention_names ORDER BY start"),
             QStringLiteral("Helios Energy|Northwind Grid"));
    QCOMPARE(queryText(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'northwind'"), QStringLiteral("1"));
    // The new tables are usable.
    QVERIFY(db.exec("INSERT INTO curation (target, target_key, action, created_at) VALUES ('article', 'aa11', 'accept', 'now')"));
    QCOMPARE(queryText(db, "SELECT count(*) FROM curation"), QStringLiteral("1"));
    QString details;
    QVERIFY2(db.integrityCheck(&details), qPrintable(details));
    QVERIFY2(db.searchIndexCheck(&details), qPrintable(details));
}

void TestDatabaseSchema::migrationStepsOneVersionAtATime()
{
    const QString path = m_dir.filePath(QStringLiteral("steps.sqlite"));
    QFile::remove(path);
    Database db;
    Database::Options noMigration;
    noMigration.migrate = false;
    QVERIFY(db.open(path, noMigration));
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

void TestDatabaseSchema::compactFactTablesMarkFactsForRefresh()
{
    // A version 3 file with current facts: the compact fact tables replace the old ones, and the
    // facts are marked out of date so that the stored articles are read again on first use.
    const QString path = m_dir.filePath(QStringLiteral("v3.sqlite"));
    QFile::remove(path);
    {
        Database db;
        Database::Options noMigration;
        noMigration.migrate = false;
        QVERIFY(db.open(path, noMigration));
        QVERIFY(SchemaMigrator(db).migrateTo(3));
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

void TestDatabaseSchema::refusesUntouched_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("newer DealScope")
        << QByteArray("PRAGMA application_id=1146307408; CREATE TABLE articles(id INTEGER PRIMARY KEY); PRAGMA user_version=7;")
        << QStringLiteral("newer DealScope (schema version 7");
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
        "INSERT INTO articles (id, path, file_name, content_hash, format, encoding, byte_size, text, ingested_at) "
        "VALUES (1, '/a.txt', 'a.txt', 'h1', 'txt', 'UTF-8', 10, 'Kestrel Labs raised 40 million', 'now');"
        "INSERT INTO figure_types (id, kind, unit, qualifier) VALUES (1, 'money', 'USD', 'exact');"
        "INSERT INTO figures (article_id, start, length, type, value) VALUES (1, 20, 10, 1, 4e7);"
        "INSERT INTO entities (id, name, type) VALUES (1, 'Kestrel Labs', 'org');"
        "INSERT INTO entity_mentions (article_id, start, length, entity_id) VALUES (1, 0, 12, 1);"
        "INSERT INTO excluded_regions (article_id, start, \"end\", reason) VALUES (1, 0, 5, 'teaser');"));
    QCOMPARE(queryText(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'kestrel'"), QStringLiteral("1"));
    QVERIFY(db.exec("DELETE FROM articles WHERE id = 1"));
    for (const char *sql : {"SELECT count(*) FROM figures", "SELECT count(*) FROM entity_mentions",
                            "SELECT count(*) FROM excluded_regions",
                            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'kestrel'"})
        QCOMPARE(queryText(db, sql), QStringLiteral("0"));
    QString details;
    QVERIFY2(db.searchIndexCheck(&details), qPrintable(details));
    // Foreign keys are enforced.
    QVERIFY(!db.exec("INSERT INTO figures (article_id, start, length, type) VALUES (99, 0, 1, 1)"));
    QVERIFY(!db.exec("INSERT INTO entity_mentions (article_id, start, length, entity_id) VALUES (99, 0, 3, 1)"));
}

QTEST_GUILESS_MAIN(TestDatabaseSchema)
#include "tst_databaseschema.moc"
