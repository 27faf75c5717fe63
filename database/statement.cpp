// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

#include "database.h"

#include <sqlite3.h>

#include <utility>

namespace DealScope {

Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (m_rc != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_prepareError(std::move(other.m_prepareError))
    , m_rc(other.m_rc)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_prepareError = std::move(other.m_prepareError);
        m_rc = other.m_rc;
    }
    return *this;
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        bind(index, value.toUtf8());
}

void Statement::bind(int index, const QByteArray &utf8)
{
    // SQLITE_TRANSIENT: SQLite copies, so temporaries are safe to pass.
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, std::optional<double> value)
{
    if (value)
        sqlite3_bind_double(m_stmt, index, *value);
    else
        sqlite3_bind_null(m_stmt, index);
}

void Statement::bindBlob(int index, const QByteArray &bytes)
{
    if (bytes.isNull())
        sqlite3_bind_null(m_stmt, index);
    else // a zero-length blob needs a non-null pointer to stay a blob, not NULL
        sqlite3_bind_blob(m_stmt, index, bytes.isEmpty() ? "" : bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool Statement::step()
{
    if (!m_stmt) {
        m_rc = SQLITE_MISUSE;
        return false;
    }
    m_rc = sqlite3_step(m_stmt);
    return m_rc == SQLITE_ROW;
}

bool Statement::succeeded() const
{
    return m_rc == SQLITE_ROW || m_rc == SQLITE_DONE;
}

QString Statement::errorText() const
{
    if (!m_stmt)
        return m_prepareError;
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool Statement::execute(QString *error)
{
    if (!m_stmt) {
        if (error)
            *error = m_prepareError;
        return false;
    }
    step();
    if (m_rc != SQLITE_DONE)
        return fail(error);
    reset();
    return true;
}

bool Statement::fail(QString *error)
{
    if (error)
        *error = Database::describe(m_rc, errorText());
    if (m_stmt)
        sqlite3_reset(m_stmt);
    return false;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QByteArrayView Statement::columnBlobView(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

} // namespace DealScope
