// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace DealScope {

// facts.sources (schema version 10): a fact's sources in source order, each
// the key of its mention within the fact's family, (article_id, ord). Per
// source two varints: the article id as a zigzag delta from the previous
// source's (sources come in date order, not id order), then the ord. A
// typical fact's sources take two or three bytes each.
class FactSourceCodec
{
public:
    struct Source
    {
        qint64 articleId = 0;
        qint64 ord = 0;
        friend bool operator==(const Source &a, const Source &b) { return a.articleId == b.articleId && a.ord == b.ord; }
    };

    static QByteArray encode(const QList<Source> &sources);
    // Appends to `sources`; false (and `sources` as far as it was read) when
    // the bytes are not a whole encoding.
    static bool decode(QByteArrayView bytes, QList<Source> &sources);
};

} // namespace DealScope
