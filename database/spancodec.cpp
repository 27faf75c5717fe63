// SPDX-License-Identifier: GPL-3.0-or-later
#include "spancodec.h"

#include <cmath>
#include <cstring>

namespace DealScope {

namespace {

enum FigureFlag : quint8 {
    HasValue = 1,
    HasValueMax = 2,
    HasDate = 4,
    HasDateMax = 8,
    Retracted = 16,
    WholeValue = 32,    // the value is written as a zig-zag varint
    WholeValueMax = 64,
};

quint64 zigzag(qint64 v) { return (quint64(v) << 1) ^ quint64(v >> 63); }
qint64 unzigzag(quint64 v) { return qint64(v >> 1) ^ -qint64(v & 1); }

// Whole numbers within ±2^53 round-trip exactly through a varint.
bool isWhole(double v) { return std::isfinite(v) && std::fabs(v) < 9007199254740992.0 && v == std::trunc(v); }

class Writer
{
public:
    void varint(quint64 v)
    {
        while (v >= 0x80) {
            m_out.append(char(quint8(v) | 0x80));
            v >>= 7;
        }
        m_out.append(char(quint8(v)));
    }
    void byte(quint8 b) { m_out.append(char(b)); }
    void number(double v, bool whole)
    {
        if (whole) {
            varint(zigzag(qint64(v)));
            return;
        }
        char bytes[sizeof v];
        std::memcpy(bytes, &v, sizeof v);
        m_out.append(bytes, sizeof v);
    }
    void text(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        varint(quint64(utf8.size()));
        m_out.append(utf8);
    }
    QByteArray &bytes() { return m_out; }

private:
    QByteArray m_out;
};

class Reader
{
public:
    explicit Reader(const QByteArray &in) : m_in(in) {}
    bool ok() const { return m_ok; }
    quint64 varint()
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
    quint8 byte()
    {
        if (m_pos >= m_in.size()) {
            m_ok = false;
            return 0;
        }
        return quint8(m_in.at(m_pos++));
    }
    double number(bool whole)
    {
        if (whole)
            return double(unzigzag(varint()));
        double v = 0;
        if (m_pos + qsizetype(sizeof v) > m_in.size()) {
            m_ok = false;
            return 0;
        }
        std::memcpy(&v, m_in.constData() + m_pos, sizeof v);
        m_pos += sizeof v;
        return v;
    }
    QString text()
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
    // A count can never exceed the bytes left: guards against damaged data.
    bool plausibleCount(quint64 n) const { return m_ok && n <= quint64(m_in.size() - m_pos); }
    bool atEnd() const { return m_pos == m_in.size(); }

private:
    const QByteArray &m_in;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

} // namespace

QByteArray SpanCodec::encode(const Spans &spans)
{
    Writer w;
    w.byte(Version);
    w.varint(quint64(spans.figures.size()));
    qint64 previous = 0;
    for (const StoredFigure &f : spans.figures) {
        w.varint(zigzag(f.start - previous));
        previous = f.start;
        w.varint(quint64(f.end - f.start));
        w.varint(quint64(f.typeId));
        quint8 flags = 0;
        if (f.value)
            flags |= HasValue | (isWhole(*f.value) ? WholeValue : 0);
        if (f.valueMax)
            flags |= HasValueMax | (isWhole(*f.valueMax) ? WholeValueMax : 0);
        if (!f.date.isEmpty())
            flags |= HasDate;
        if (!f.dateMax.isEmpty())
            flags |= HasDateMax;
        if (f.retracted)
            flags |= Retracted;
        w.byte(flags);
        if (f.value)
            w.number(*f.value, flags & WholeValue);
        if (f.valueMax)
            w.number(*f.valueMax, flags & WholeValueMax);
        if (flags & HasDate)
            w.text(f.date);
        if (flags & HasDateMax)
            w.text(f.dateMax);
    }
    w.varint(quint64(spans.mentions.size()));
    previous = 0;
    for (const StoredMention &m : spans.mentions) {
        w.varint(zigzag(m.start - previous));
        previous = m.start;
        w.varint(quint64(m.end - m.start));
        w.varint(quint64(m.entityId));
        w.byte(m.known ? 1 : 0);
    }
    return w.bytes();
}

std::optional<SpanCodec::Spans> SpanCodec::decode(const QByteArray &data)
{
    Reader r(data);
    if (r.byte() != Version)
        return std::nullopt;
    Spans spans;
    const quint64 figures = r.varint();
    if (!r.plausibleCount(figures))
        return std::nullopt;
    spans.figures.reserve(qsizetype(figures));
    qint64 previous = 0;
    for (quint64 i = 0; i < figures && r.ok(); ++i) {
        StoredFigure f;
        f.start = previous + unzigzag(r.varint());
        previous = f.start;
        f.end = f.start + qint64(r.varint());
        f.typeId = qint64(r.varint());
        const quint8 flags = r.byte();
        if (flags & HasValue)
            f.value = r.number(flags & WholeValue);
        if (flags & HasValueMax)
            f.valueMax = r.number(flags & WholeValueMax);
        if (flags & HasDate)
            f.date = r.text();
        if (flags & HasDateMax)
            f.dateMax = r.text();
        f.retracted = flags & Retracted;
        spans.figures.append(f);
    }
    const quint64 mentions = r.varint();
    if (!r.plausibleCount(mentions))
        return std::nullopt;
    spans.mentions.reserve(qsizetype(mentions));
    previous = 0;
    for (quint64 i = 0; i < mentions && r.ok(); ++i) {
        StoredMention m;
        m.start = previous + unzigzag(r.varint());
        previous = m.start;
        m.end = m.start + qint64(r.varint());
        m.entityId = qint64(r.varint());
        m.known = r.byte() != 0;
        spans.mentions.append(m);
    }
    if (!r.ok() || !r.atEnd())
        return std::nullopt;
    return spans;
}

} // namespace DealScope
