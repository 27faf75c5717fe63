// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace DealScope {

// An article's decoded text as the store keeps it: UTF-8, zlib-compressed
// (news text shrinks about 3×, and the text was the largest part of the
// file). The column `articles.text` stays readable from SQL: it is a virtual
// column computed by the function dealscope_text(body), which every
// connection registers on opening.
class StoredText
{
public:
    static QByteArray compress(const QString &text);
    static QString decompress(const QByteArray &body);

    // dealscope_text(body) and dealscope_compress(text), deterministic.
    static bool registerSqlFunctions(sqlite3 *db);
};

} // namespace DealScope
