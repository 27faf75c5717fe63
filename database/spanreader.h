// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace DealScope {

// Reads what SpanWriter wrote, never past the end: a read beyond the data
// or a malformed varint clears ok() and returns 0 or nothing.
class SpanReader
{
public:
    explicit SpanReader(const QByteArray &in) : m_in(in) {}

    bool ok() const { return m_ok; }
    quint64 varint();
    quint8 byte();
    double rawNumber();
    QString text(); // length + UTF-8
    QString date(); // SpanWriter::date()
    // A count can never exceed the bytes left: guards against damaged data.
    bool plausibleCount(quint64 n) const { return m_ok && n <= quint64(m_in.size() - m_pos); }
    bool atEnd() const { return m_pos == m_in.size(); }

    static QString unpackedDate(quint64 packed);

private:
    const QByteArray &m_in;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

} // namespace DealScope
