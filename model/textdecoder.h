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
};

} // namespace DealScope
