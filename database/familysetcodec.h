// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace DealScope {

// article_families.families (schema version 11): the distinct fact families
// an article's mentions belong to, ascending, 4 bytes each (little endian).
// A family is a 31-bit hash, so a sorted set of them is spread too evenly
// for deltas as varints to be shorter.
class FamilySetCodec
{
public:
    // Any order, repeats allowed: stored sorted and distinct.
    static QByteArray encode(QList<qint64> families);
    // Appends to `families`; false (nothing appended) when the bytes are not
    // a whole encoding.
    static bool decode(QByteArrayView bytes, QList<qint64> &families);
};

} // namespace DealScope
