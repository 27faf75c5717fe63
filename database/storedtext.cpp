// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedtext.h"

#include <sqlite3.h>

#include <cstring>

namespace DealScope {

namespace {

// Level 1 compresses almost as well as the default on prose at several
// times the speed, and the ingest compresses every article it stores.
constexpr int CompressionLevel = 1;

// The text the writer is inserting on this thread (StoredText::KnownText).
thread_local const StoredText::KnownText *t_known = nullptr;

QByteArray uncompressedBytes(const char *data, int size)
{
    if (size <= 0)
        return QByteArray("");
    return qUncompress(reinterpret_cast<const uchar *>(data), size);
}

void textFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    switch (sqlite3_value_type(argv[0])) {
    case SQLITE_NULL:
        sqlite3_result_null(context);
        return;
    case SQLITE_TEXT: // stored uncompressed (never by DealScope): as it is
        sqlite3_result_value(context, argv[0]);
        return;
    default:
        break;
    }
    const int size = sqlite3_value_bytes(argv[0]);
    const auto *data = static_cast<const char *>(sqlite3_value_blob(argv[0]));
    if (t_known && t_known->body.size() == size && size > 0
        && std::memcmp(t_known->body.constData(), data, size_t(size)) == 0) {
        sqlite3_result_text(context, t_known->utf8.constData(), int(t_known->utf8.size()), SQLITE_TRANSIENT);
        return;
    }
    const QByteArray utf8 = uncompressedBytes(data, size);
    if (utf8.isNull() && size > 0) {
        sqlite3_result_error(context, "dealscope_text: damaged compressed text", -1);
        return;
    }
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void compressFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    const QByteArray body = qCompress(reinterpret_cast<const uchar *>(text), size, CompressionLevel);
    sqlite3_result_blob(context, body.constData(), int(body.size()), SQLITE_TRANSIENT);
}

} // namespace

QByteArray StoredText::compress(const QString &text)
{
    return compressUtf8(text.toUtf8());
}

QByteArray StoredText::compressUtf8(const QByteArray &utf8)
{
    return qCompress(utf8, CompressionLevel);
}

StoredText::KnownText::KnownText(const QByteArray &body, const QByteArray &utf8)
    : body(body)
    , utf8(utf8)
    , m_previous(t_known)
{
    t_known = this;
}

StoredText::KnownText::~KnownText()
{
    t_known = m_previous;
}

QString StoredText::decompress(const QByteArray &body)
{
    return QString::fromUtf8(uncompressedBytes(body.constData(), int(body.size())));
}

bool StoredText::registerSqlFunctions(sqlite3 *db)
{
    // Deterministic and innocuous: usable in generated columns and triggers.
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function_v2(db, "dealscope_text", 1, flags, nullptr, textFunction, nullptr, nullptr, nullptr)
            == SQLITE_OK
        && sqlite3_create_function_v2(db, "dealscope_compress", 1, flags, nullptr, compressFunction, nullptr, nullptr,
                                      nullptr)
            == SQLITE_OK;
}

} // namespace DealScope
