// SPDX-License-Identifier: GPL-3.0-or-later
#include "factsourcecodec.h"

namespace DealScope {

namespace {

void putVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char(quint8(v) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

bool getVarint(const quint8 *&at, const quint8 *end, quint64 &v)
{
    v = 0;
    for (int shift = 0; shift < 64 && at < end; shift += 7) {
        const quint8 b = *at++;
        v |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80))
            return true;
    }
    return false; // truncated, or longer than 64 bits
}

} // namespace

QByteArray FactSourceCodec::encode(const QList<Source> &sources)
{
    QByteArray out;
    out.reserve(sources.size() * 3);
    qint64 previous = 0;
    for (const Source &s : sources) {
        const qint64 delta = s.articleId - previous;
        putVarint(out, (quint64(delta) << 1) ^ quint64(delta >> 63)); // zigzag: small negatives stay small
        putVarint(out, quint64(s.ord));
        previous = s.articleId;
    }
    return out;
}

bool FactSourceCodec::decode(QByteArrayView bytes, QList<Source> &sources)
{
    const auto *at = reinterpret_cast<const quint8 *>(bytes.data());
    const quint8 *const end = at + bytes.size();
    qint64 previous = 0;
    while (at < end) {
        quint64 zigzag = 0, ord = 0;
        if (!getVarint(at, end, zigzag) || !getVarint(at, end, ord))
            return false;
        previous += qint64(zigzag >> 1) ^ -qint64(zigzag & 1);
        sources.append({previous, qint64(ord)});
    }
    return true;
}

} // namespace DealScope
