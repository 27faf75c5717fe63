// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace DealScope {

// One prepared SQLite statement, finalized on destruction. Binding indexes
// are 1-based as in SQLite; column indexes are 0-based.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString prepareError() const { return m_prepareError; }

    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString &value); // a null QString binds NULL
    void bind(int index, const QByteArray &utf8);
    void bind(int index, std::optional<double> value);
    void bindBlob(int index, const QByteArray &bytes); // a null QByteArray binds NULL
    void bindNull(int index);

    // Runs one step: true when a row is available. Errors end up in
    // resultCode() (SQLITE_DONE after the last row).
    bool step();
    int resultCode() const { return m_rc; }
    bool succeeded() const; // the last step ended in SQLITE_ROW or SQLITE_DONE
    QString errorText() const;
    void reset(); // ready to run again, bindings cleared
    // Runs an insert, update or delete once and makes it ready again; false,
    // with the reason in `error`, when it cannot be prepared or fails.
    bool execute(QString *error = nullptr);
    // After a failed step: the reason, described for people, into `error`;
    // the statement is reset for its next use. Always false.
    bool fail(QString *error);

    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    // The same without a copy: valid until the next step or reset.
    QByteArrayView columnBlobView(int column) const;
    bool columnIsNull(int column) const;
    int columnCount() const; // of the statement's result rows

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
    int m_rc = 0;
};

} // namespace DealScope
