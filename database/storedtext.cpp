// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedtext.h"

#include "textdictionaries.h"

#include <sqlite3.h>
#include <zstd.h>

#include <cstring>
#include <memory>

namespace DealScope {

namespace {

// zstd level 1, measured on the texts of 2,000 generated articles (README,
// "fifth round"): it keeps 0.492 of the bytes (zlib level 1: 0.499) and
// compresses about 5× faster; the negative "fast" levels are faster still but
// keep 0.66 (-1) to 0.79 (-5).
constexpr int CompressionLevel = 1;

// The text the writer is inserting on this thread (StoredText::KnownText).
thread_local const StoredText::KnownText *t_known = nullptr;

// Bodies come in two formats, told apart by their first four bytes:
// - written now: one zstd frame, which starts with ZSTD_MAGICNUMBER
//   (28 B5 2F FD), records the text's size and ends with a checksum, so
//   damage is detected as zlib's Adler-32 detected it;
// - written before zstd: qCompress, a 4-byte big-endian
//   length and a zlib stream. Those four bytes read as a length say
//   682,962,941 bytes, and no stored text comes near it: ArticleReader
//   refuses files over 64 MiB (DefaultMaxFileSize) and decoding makes at most
//   three UTF-8 bytes of one input byte (a legacy 8-bit byte or an invalid
//   one becomes a 3-byte character), under 200 MB. So old databases read
//   without a migration.
bool isZstdFrame(const char *data, int size)
{
    if (size < 4)
        return false;
    const auto *b = reinterpret_cast<const unsigned char *>(data);
    return (quint32(b[0]) | quint32(b[1]) << 8 | quint32(b[2]) << 16 | quint32(b[3]) << 24) == ZSTD_MAGICNUMBER;
}

// One context per thread: creating one costs more than compressing a short
// article, and the ingest's workers compress concurrently.
ZSTD_CCtx *compressionContext()
{
    thread_local const std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx *)> context = [] {
        std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx *)> c(ZSTD_createCCtx(), ZSTD_freeCCtx);
        ZSTD_CCtx_setParameter(c.get(), ZSTD_c_compressionLevel, CompressionLevel);
        ZSTD_CCtx_setParameter(c.get(), ZSTD_c_checksumFlag, 1);
        return c;
    }();
    return context.get();
}

ZSTD_DCtx *decompressionContext()
{
    thread_local const std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx *)> context(ZSTD_createDCtx(), ZSTD_freeDCtx);
    return context.get();
}

QByteArray compressedBytes(const char *data, qsizetype size, quint32 dictionaryId = 0)
{
    QByteArray body(qsizetype(ZSTD_compressBound(size_t(size))), Qt::Uninitialized);
    ZSTD_CCtx *context = compressionContext();
    // A dictionary this process does not know (never: the caller registered it) compresses without one.
    const ZSTD_CDict *dictionary = dictionaryId ? TextDictionaries::forCompression(dictionaryId) : nullptr;
    ZSTD_CCtx_refCDict(context, dictionary);
    const size_t written = ZSTD_compress2(context, body.data(), size_t(body.size()), data, size_t(size));
    if (dictionary)
        ZSTD_CCtx_refCDict(context, nullptr);
    if (ZSTD_isError(written)) // only on allocation failure: the buffer is large enough
        qFatal("StoredText: zstd compression failed: %s", ZSTD_getErrorName(written));
    body.resize(qsizetype(written));
    return body;
}

// A null QByteArray when `data` is damaged or its dictionary unknown.
QByteArray zstdDecompressed(const char *data, int size)
{
    const unsigned dictionaryId = ZSTD_getDictID_fromFrame(data, size_t(size));
    const ZSTD_DDict *dictionary = dictionaryId ? TextDictionaries::forDecompression(dictionaryId) : nullptr;
    if (dictionaryId && !dictionary)
        return QByteArray();
    const unsigned long long textSize = ZSTD_getFrameContentSize(data, size_t(size));
    // Every frame DealScope writes records its size; the bound keeps a
    // damaged size from asking for an absurd allocation.
    if (textSize == ZSTD_CONTENTSIZE_UNKNOWN || textSize == ZSTD_CONTENTSIZE_ERROR || textSize > (1ULL << 30))
        return QByteArray();
    QByteArray utf8(qsizetype(textSize), Qt::Uninitialized);
    const size_t read = dictionary
        ? ZSTD_decompress_usingDDict(decompressionContext(), utf8.data(), size_t(textSize), data, size_t(size), dictionary)
        : ZSTD_decompressDCtx(decompressionContext(), utf8.data(), size_t(textSize), data, size_t(size));
    if (ZSTD_isError(read) || read != textSize)
        return QByteArray();
    return textSize == 0 ? QByteArray("") : utf8;
}

QByteArray uncompressedBytes(const char *data, int size)
{
    if (size <= 0)
        return QByteArray("");
    if (isZstdFrame(data, size))
        return zstdDecompressed(data, size);
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
    QByteArray utf8 = uncompressedBytes(data, size);
    if (utf8.isNull() && size > 0) {
        // Written with a dictionary this process has not met yet (another process stored it meanwhile)?
        const unsigned dictionaryId = isZstdFrame(data, size) ? ZSTD_getDictID_fromFrame(data, size_t(size)) : 0;
        if (dictionaryId && !TextDictionaries::forDecompression(dictionaryId)) {
            if (!TextDictionaries::load(sqlite3_context_db_handle(context), dictionaryId)) {
                sqlite3_result_error(context, "dealscope_text: the text's compression dictionary is missing", -1);
                return;
            }
            utf8 = uncompressedBytes(data, size);
        }
    }
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
    const QByteArray body = compressedBytes(text, size);
    sqlite3_result_blob(context, body.constData(), int(body.size()), SQLITE_TRANSIENT);
}

} // namespace

QByteArray StoredText::compress(const QString &text)
{
    return compressUtf8(text.toUtf8());
}

QByteArray StoredText::compressUtf8(const QByteArray &utf8, quint32 dictionaryId)
{
    return compressedBytes(utf8.constData(), utf8.size(), dictionaryId);
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
