// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace DealScope {

// Turns an article's bytes into text: UTF-8 (with or without BOM), UTF-16
// LE/BE with BOM, Windows-1252 only when declared. Invalid or binary input
// is rejected with a reason rather than guessed into garbage. Line endings
// come out as LF.
class TextDecoder
{
public:
    struct Result
    {
        QString text;
        QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"
        QString error;    // empty on success, else a reason for a person
        bool ok() const { return error.isEmpty(); }
    };

    // `declaredEncoding` is an encoding the document declares (an HTML
    // charset), used when the bytes are not valid UTF-8; empty for none.
    static Result decode(const QByteArray &bytes, const QByteArray &declaredEncoding = {});
    static QString normaliseLineEndings(QString text);

    // Byte offset of the first byte that breaks UTF-8, or -1 when all of
    // `bytes` is valid UTF-8 (overlong forms and surrogates count as invalid).
    static qsizetype firstInvalidUtf8Byte(const QByteArray &bytes);
    // True when the start of `bytes` looks like binary data: NUL bytes or
    // many control characters.
    static bool looksBinary(const QByteArray &bytes);
    // True for the labels HTML treats as Windows-1252 (latin1, ascii, cp1252…).
    static bool isWindows1252Label(const QByteArray &label);
    static QString decodeWindows1252(const QByteArray &bytes);
};

} // namespace DealScope
