// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace DealScope {

// An article's decoded text as the store keeps it: UTF-8, zstd-compressed
// (news text shrinks about 2×, and the text was the largest part of the
// file), since schema version 12 with a dictionary trained on the first
// large ingest when there is one (TextDictionaries); bodies written before
// zstd, with qCompress (zlib), still read. The column `articles.text` stays readable from SQL: it is a virtual
// column computed by the function dealscope_text(body), which every
// connection registers on opening.
class StoredText
{
public:
    static QByteArray compress(const QString &text);
    // With the TextDictionaries entry `dictionaryId` when not 0 (registered in this process).
    static QByteArray compressUtf8(const QByteArray &utf8, quint32 dictionaryId = 0);
    static QString decompress(const QByteArray &body);

    // SQLite computes every generated column of a row it inserts, the
    // virtual `text` too, and throws the value away: each article insert
    // inflated the text it had just been given. While a KnownText lives,
    // dealscope_text() on this thread answers for `body` (compared byte for
    // byte) with `utf8` instead of inflating it.
    class KnownText
    {
    public:
        KnownText(const QByteArray &body, const QByteArray &utf8);
        ~KnownText();
        KnownText(const KnownText &) = delete;
        KnownText &operator=(const KnownText &) = delete;

        const QByteArray &body;
        const QByteArray &utf8;

    private:
        const KnownText *m_previous;
    };

    // dealscope_text(body) and dealscope_compress(text), deterministic.
    static bool registerSqlFunctions(sqlite3 *db);
};

} // namespace DealScope
