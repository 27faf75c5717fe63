// SPDX-License-Identifier: GPL-3.0-or-later
#include "spanreader.h"

#include <cstring>

namespace DealScope {

quint64 SpanReader::varint()
{
    quint64 v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (m_pos >= m_in.size())
            break;
        const quint8 b = quint8(m_in.at(m_pos++));
        v |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80))
            return v;
    }
    m_ok = false;
    return 0;
}

quint8 SpanReader::byte()
{
    if (m_pos >= m_in.size()) {
        m_ok = false;
        return 0;
    }
    return quint8(m_in.at(m_pos++));
}

double SpanReader::rawNumber()
{
    double v = 0;
    if (m_pos + qsizetype(sizeof v) > m_in.size()) {
        m_ok = false;
        return 0;
    }
    std::memcpy(&v, m_in.constData() + m_pos, sizeof v);
    m_pos += sizeof v;
    return v;
}

QString SpanReader::text()
{
    const quint64 n = varint();
    if (!m_ok || n > quint64(m_in.size() - m_pos)) {
        m_ok = false;
        return {};
    }
    const QString s = QString::fromUtf8(m_in.constData() + m_pos, qsizetype(n));
    m_pos += qsizetype(n);
    return s;
}

QString SpanReader::date()
{
    const quint64 packed = varint();
    return packed == 0 ? text() : unpackedDate(packed);
}

QString SpanReader::unpackedDate(quint64 packed)
{
    const quint64 v = packed - 1;
    const int day = int(v % 32);
    const int month = int(v / 32 % 13);
    const quint64 year = v / 32 / 13;
    QString date = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    if (month > 0)
        date += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
    if (day > 0)
        date += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    return date;
}

} // namespace DealScope
