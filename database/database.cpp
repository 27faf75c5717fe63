// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "schemamigrator.h"
#include "searchranking.h"
#include "storedtext.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace DealScope {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, QString *error)
{
    return open(path, Options(), error);
}

bool Database::open(const QString &path, const Options &options, QString *error)
{
    close();
    if (!options.create && !QFileInfo::exists(path)) {
        setError(error, QStringLiteral("%1: no such database").arg(path));
        return false;
    }
    int flags = options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create && !options.readOnly)
        flags |= SQLITE_OPEN_CREATE;
    // Each connection belongs to one thread at a time; no need for SQLite's own mutexes.
    flags |= SQLITE_OPEN_NOMUTEX;
    // Memory statistics, which nothing reads, take a global mutex around every allocation SQLite makes:
    // turned off before SQLite starts (once; a no-op if something started it first).
    [[maybe_unused]] static const bool noMemoryStatus = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setError(error, QStringLiteral("%1: cannot open the database: %2")
                            .arg(path, db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc))));
        sqlite3_close(db);
        return false;
    }
    m_db = db;
    m_path = path;
    sqlite3_busy_timeout(m_db, options.busyTimeoutMs);
    sqlite3_extended_result_codes(m_db, 1);
    // DealScope's SQL functions, needed before any read: articles.text is
    // computed by dealscope_text(), searches rank with dealscope_rank().
    if (!StoredText::registerSqlFunctions(m_db) || !SearchRanking::registerFunction(m_db)) {
        setError(error, QStringLiteral("%1: cannot register DealScope's SQL functions").arg(path));
        close();
        return false;
    }

    // Look at the version before changing anything (even the journal mode):
    // a database of a newer DealScope must stay untouched.
    QString versionError;
    if (!SchemaMigrator::checkCompatible(*this, &versionError)) {
        setError(error, QStringLiteral("%1: %2").arg(path, versionError));
        close();
        return false;
    }
    QString pragmaError;
    // Before WAL mode: a file in WAL mode cannot change its page size.
    if (!options.readOnly && isEmptyFile())
        exec(QStringLiteral("PRAGMA page_size=%1").arg(PageSize));
    if (!options.readOnly && !exec("PRAGMA journal_mode=WAL", &pragmaError)) {
        setError(error, QStringLiteral("%1: %2").arg(path, pragmaError));
        close();
        return false;
    }
    // FULL: a committed ingest survives power loss, not only a crash.
    exec("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;");
    if (options.migrate && !options.readOnly) {
        QString migrateError;
        if (!SchemaMigrator(*this).migrate(&migrateError)) {
            setError(error, QStringLiteral("%1: %2").arg(path, migrateError));
            close();
            return false;
        }
    }
    return true;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        setError(error, describe(rc, QString::fromUtf8(message ? message : sqlite3_errstr(rc))));
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool Database::exec(const QString &sql, QString *error)
{
    return exec(sql.toUtf8().constData(), error);
}

QString Database::lastError() const
{
    return m_db ? describe(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db))) : QString();
}

int Database::lastErrorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
}

bool Database::beginImmediate(QString *error)
{
    return exec("BEGIN IMMEDIATE", error);
}

bool Database::commit(QString *error)
{
    if (exec("COMMIT", error))
        return true;
    rollback();
    return false;
}

void Database::rollback()
{
    // After some errors (SQLITE_FULL among them) SQLite has already rolled back.
    if (inTransaction())
        exec("ROLLBACK");
}

bool Database::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

int Database::userVersion() const
{
    Statement s = prepare("PRAGMA user_version");
    return s.step() ? int(s.columnInt(0)) : -1;
}

bool Database::isEmptyFile() const
{
    Statement s = prepare("PRAGMA page_count");
    return s.step() && s.columnInt(0) == 0;
}

qint64 Database::articleCount() const
{
    Statement s = prepare("SELECT count(*) FROM articles");
    return s.step() ? s.columnInt(0) : -1;
}

bool Database::integrityCheck(QString *details) const
{
    Statement s = prepare("PRAGMA integrity_check");
    QStringList problems;
    while (s.step()) {
        const QString line = s.columnText(0);
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (!s.succeeded())
        problems.append(s.errorText());
    setError(details, problems.join(QLatin1Char('\n')));
    return problems.isEmpty();
}

bool Database::searchIndexCheck(QString *details) const
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, "INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')",
                                nullptr, nullptr, &message);
    setError(details, rc == SQLITE_OK ? QString() : QString::fromUtf8(message ? message : sqlite3_errstr(rc)));
    sqlite3_free(message);
    return rc == SQLITE_OK;
}

void Database::setMaxPageCount(qint64 pages)
{
    exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages));
}

QString Database::describe(int resultCode, const QString &sqliteMessage)
{
    switch (resultCode & 0xff) {
    case SQLITE_FULL:
        return QStringLiteral("disk full (%1)").arg(sqliteMessage);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("the database is busy: another program is writing to it (%1)").arg(sqliteMessage);
    case SQLITE_READONLY:
        return QStringLiteral("the database is read-only (%1)").arg(sqliteMessage);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QStringLiteral("not a DealScope database, or a damaged one (%1)").arg(sqliteMessage);
    default:
        return sqliteMessage;
    }
}

} // namespace DealScope
