// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <string>

namespace DealScope {

// Writes SpanCodec's BLOB: varints (unsigned LEB128), bytes, 8-byte
// doubles and packed dates. Bytes go into a std::string: its push_back is
// inlined, QByteArray's append(char) is a library call per byte (5 % of the
// writer's work).
class SpanWriter
{
public:
    explicit SpanWriter(qsizetype expected) { m_out.reserve(size_t(expected)); }

    void varint(quint64 v)
    {
        while (v >= 0x80) {
            m_out.push_back(char(quint8(v) | 0x80));
            v >>= 7;
        }
        m_out.push_back(char(quint8(v)));
    }
    void byte(quint8 b) { m_out.push_back(char(b)); }
    void rawNumber(double v);
    // YYYY, YYYY-MM or YYYY-MM-DD as one varint (packedDate); any other
    // text as 0, its length and UTF-8.
    void date(const QString &date);
    QByteArray bytes() const { return QByteArray(m_out.data(), qsizetype(m_out.size())); }

    // ((year × 13 + month) × 32 + day) + 1; 0 when `date` has another form.
    static quint64 packedDate(const QString &date);

private:
    std::string m_out;
};

} // namespace DealScope
