// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statement.h"

#include <QString>

struct sqlite3;

namespace DealScope {

// One connection to a DealScope database file: WAL, synchronous=FULL,
// foreign keys on and a busy timeout, so that two DealScope processes can
// share the file. open() brings the schema up to date (SchemaMigrator) and
// refuses a database written by a newer DealScope without touching it.
class Database
{
public:
    struct Options
    {
        bool create = true;        // create the file when it does not exist
        bool migrate = true;       // bring the schema up to date
        bool readOnly = false;
        int busyTimeoutMs = 30000; // how long to wait for another writer
    };

    // Page size of a new file: fewer, fuller pages for the full-text index's
    // segments and the compressed texts (smaller file, fewer page writes).
    // An existing file keeps the page size it was made with.
    static constexpr int PageSize = 16384;

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, QString *error = nullptr);
    bool open(const QString &path, const Options &options, QString *error = nullptr);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    // Runs one or more statements without results.
    bool exec(const char *sql, QString *error = nullptr);
    bool exec(const QString &sql, QString *error = nullptr);
    Statement prepare(const char *sql) const { return Statement(m_db, sql); }
    QString lastError() const;
    int lastErrorCode() const;

    bool beginImmediate(QString *error = nullptr);
    bool commit(QString *error = nullptr);
    void rollback();
    bool inTransaction() const;

    int userVersion() const;
    qint64 articleCount() const;

    // PRAGMA integrity_check and the full-text index's own check; on failure
    // `details` says what is wrong.
    bool integrityCheck(QString *details = nullptr) const;
    bool searchIndexCheck(QString *details = nullptr) const;

    // Limits the file size (pages); used to test "disk full".
    void setMaxPageCount(qint64 pages);

    // A message for a person from an SQLite result code and message; says
    // "disk full" for SQLITE_FULL.
    static QString describe(int resultCode, const QString &sqliteMessage);

private:
    // No page written yet: the page size can still be chosen.
    bool isEmptyFile() const;

    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace DealScope
