// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QStringDecoder>
#include <QtAlgorithms>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace DealScope {

namespace {

// How much of the start of a file the binary check looks at.
constexpr qsizetype BinarySampleSize = 1024;

bool isControl(uint c)
{
    // Tab, LF, VT, FF, CR are text; ESC and the rest of C0 (and DEL) are not.
    return (c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != 0x0C && c != '\r') || c == 0x7F;
}

bool tooManyControls(qsizetype controls, qsizetype sample)
{
    // A stray control character (an old DOS end-of-file mark) is tolerated;
    // more than one in twenty is not text.
    return controls >= 3 && controls * 20 > sample;
}

bool decodedLooksBinary(const QString &text)
{
    const qsizetype sample = std::min<qsizetype>(text.size(), BinarySampleSize / 2);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return true;
        if (isControl(c))
            ++controls;
    }
    return tooManyControls(controls, sample);
}

bool isWhitespaceOnly(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0xFEFF))
            return false;
    }
    return true;
}

QString utf8Error(qsizetype offset)
{
    return QStringLiteral("not valid UTF-8 (first bad byte at offset %1)").arg(offset);
}

TextDecoder::Result finish(QString text, const QString &encoding)
{
    TextDecoder::Result result;
    result.encoding = encoding;
    if (decodedLooksBinary(text)) {
        result.error = QStringLiteral("binary data, not text");
        return result;
    }
    if (isWhitespaceOnly(text)) {
        result.error = QStringLiteral("empty file (only white space)");
        return result;
    }
    result.text = TextDecoder::normaliseLineEndings(std::move(text));
    return result;
}

TextDecoder::Result decodeUtf16(const QByteArray &bytes, QStringDecoder::Encoding encoding, const QString &name)
{
    // The BOM is two bytes; the decoder skips it itself.
    if ((bytes.size() % 2) != 0) {
        TextDecoder::Result result;
        result.error = QStringLiteral("not valid %1 (odd number of bytes)").arg(name);
        return result;
    }
    QStringDecoder decoder(encoding);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        TextDecoder::Result result;
        result.error = QStringLiteral("not valid %1 (unpaired surrogate)").arg(name);
        return result;
    }
    return finish(std::move(text), name);
}

} // namespace

qsizetype TextDecoder::firstInvalidUtf8Byte(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
#if defined(__SSE2__)
        // ASCII, nearly all of an article, sixteen bytes at a time, up to
        // the next byte with its high bit set
        while (i + 16 <= n) {
            const int high = _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i)));
            if (high) {
                i += qCountTrailingZeroBits(unsigned(high));
                break;
            }
            i += 16;
        }
        if (i >= n)
            break;
#endif
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80, high = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // overlong
            else if (c == 0xED)
                high = 0x9F; // UTF-16 surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90; // overlong
            else if (c == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > n)
            return i; // truncated sequence at the end
        if (p[i + 1] < low || p[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), BinarySampleSize);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const uchar c = uchar(bytes.at(i));
        if (c == 0)
            return true;
        if (isControl(c))
            ++controls;
    }
    return tooManyControls(controls, sample);
}

bool TextDecoder::isWindows1252Label(const QByteArray &label)
{
    // The WHATWG encoding standard maps all of these to Windows-1252.
    static const char *const labels[] = {
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "iso-ir-100",
        "latin1", "latin-1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", "csisolatin1",
    };
    const QByteArray l = label.trimmed().toLower();
    for (const char *candidate : labels) {
        if (l == candidate)
            return true;
    }
    return false;
}

QString TextDecoder::decodeWindows1252(const QByteArray &bytes)
{
    // 0x80–0x9F differ from Latin-1; the five unassigned bytes stay C1 controls.
    static const char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    };
    QStringDecoder latin1(QStringDecoder::Latin1);
    QString text = latin1.decode(bytes);
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 && u <= 0x9F)
            c = QChar(high[u - 0x80]);
    }
    return text;
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes, const QByteArray &declaredEncoding)
{
    Result result;
    if (bytes.isEmpty()) {
        result.error = QStringLiteral("empty file");
        return result;
    }

    // A byte-order mark settles the encoding.
    if (bytes.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)) || bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4))) {
        result.error = QStringLiteral("UTF-32 text is not supported; save it as UTF-8");
        return result;
    }
    if (bytes.startsWith("\xFF\xFE"))
        return decodeUtf16(bytes, QStringDecoder::Utf16LE, QStringLiteral("UTF-16LE"));
    if (bytes.startsWith("\xFE\xFF"))
        return decodeUtf16(bytes, QStringDecoder::Utf16BE, QStringLiteral("UTF-16BE"));
    const bool utf8Bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = utf8Bom ? bytes.mid(3) : bytes;
    if (utf8Bom && body.isEmpty()) {
        result.error = QStringLiteral("empty file");
        return result;
    }

    if (looksBinary(body)) {
        result.error = QStringLiteral("binary data, not text");
        return result;
    }

    const qsizetype bad = firstInvalidUtf8Byte(body);
    if (bad < 0) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        return finish(decoder.decode(body), QStringLiteral("UTF-8"));
    }

    // Not UTF-8: only an encoding the document itself declares is tried.
    const qsizetype offset = bad + (utf8Bom ? 3 : 0);
    const QByteArray declared = declaredEncoding.trimmed().toLower();
    // A document cannot declare UTF-16 in its own bytes (HTML reads that as UTF-8).
    if (utf8Bom || declared.isEmpty() || declared == "utf-8" || declared == "utf8" || declared.startsWith("utf-16")
        || declared.startsWith("utf-32") || declared.startsWith("ucs")) {
        result.error = utf8Error(offset);
        return result;
    }
    if (isWindows1252Label(declared))
        return finish(decodeWindows1252(body), QStringLiteral("Windows-1252"));
    QStringDecoder other(declared.constData());
    if (other.isValid()) {
        QString text = other.decode(body);
        if (!other.hasError())
            return finish(std::move(text), QString::fromLatin1(declared));
        result.error = QStringLiteral("not valid UTF-8 (first bad byte at offset %1) nor valid %2 as declared")
                           .arg(offset)
                           .arg(QString::fromLatin1(declared));
        return result;
    }
    result.error = QStringLiteral("not valid UTF-8 (first bad byte at offset %1), and the declared encoding "
                                  "\"%2\" is not supported")
                       .arg(offset)
                       .arg(QString::fromLatin1(declared));
    return result;
}

QString TextDecoder::normaliseLineEndings(QString text)
{
    if (!text.contains(QLatin1Char('\r')))
        return text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

} // namespace DealScope
