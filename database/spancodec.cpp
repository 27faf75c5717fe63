// SPDX-License-Identifier: GPL-3.0-or-later
#include "spancodec.h"

#include <cmath>
#include <cstring>
#include <optional>
#include <string>

namespace DealScope {

namespace {

enum FigureFlag : quint8 {
    HasValue = 1,
    HasValueMax = 2,
    HasDate = 4,
    HasDateMax = 8,
    Retracted = 16,
    // The value is a varint, not 8 bytes: version 1 a whole number
    // (zig-zag), version 2 a decimal (decimalValue()).
    CompactValue = 32,
    CompactValueMax = 64,
};

constexpr double Limit53 = 9007199254740992.0; // 2^53: integers up to here are exact doubles
constexpr int MinExponent = -15;
constexpr int MaxExponent = 16;
// Powers of ten that are exact doubles (up to 1e22).
constexpr double PowersOfTen[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
                                  1e13, 1e14, 1e15, 1e16};

quint64 zigzag(qint64 v) { return (quint64(v) << 1) ^ quint64(v >> 63); }
qint64 unzigzag(quint64 v) { return qint64(v >> 1) ^ -qint64(v & 1); }

double fromDecimal(quint64 packed)
{
    const int exponent = int(packed & 31) + MinExponent;
    const double digits = double(unzigzag(packed >> 5));
    return exponent >= 0 ? digits * PowersOfTen[exponent] : digits / PowersOfTen[-exponent];
}

bool sameBits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// `v` as digits × 10^exponent packed into one integer, when that reads back
// bit for bit: the figures of news text are short decimals (4.2e9, 27.35).
std::optional<quint64> decimalValue(double v)
{
    if (!std::isfinite(v) || std::fabs(v) >= Limit53)
        return std::nullopt;
    auto pack = [](qint64 digits, int exponent) { return (zigzag(digits) << 5) | quint64(exponent - MinExponent); };
    if (v == std::trunc(v)) {
        qint64 digits = qint64(v);
        int exponent = 0;
        while (digits != 0 && digits % 10 == 0 && exponent < MaxExponent) {
            digits /= 10;
            ++exponent;
        }
        const quint64 packed = pack(digits, exponent);
        return sameBits(fromDecimal(packed), v) ? std::optional<quint64>(packed) : std::nullopt; // -0.0
    }
    for (int places = 1; places <= -MinExponent; ++places) {
        const double scaled = v * PowersOfTen[places];
        if (std::fabs(scaled) >= Limit53)
            break;
        const quint64 packed = pack(qint64(std::llround(scaled)), -places);
        if (sameBits(fromDecimal(packed), v))
            return packed;
    }
    return std::nullopt;
}

// The `count` characters at `at` as a number; -1 unless all are ASCII digits.
int digitsAt(const QString &s, qsizetype at, qsizetype count)
{
    int n = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

// YYYY, YYYY-MM or YYYY-MM-DD as ((year × 13 + month) × 32 + day) + 1; 0 for any other text.
quint64 packedDate(const QString &date)
{
    const qsizetype n = date.size();
    if (n != 4 && n != 7 && n != 10)
        return 0;
    const int year = digitsAt(date, 0, 4);
    const int month = n > 4 && date.at(4) == u'-' ? digitsAt(date, 5, 2) : (n > 4 ? -1 : 0);
    const int day = n > 7 && date.at(7) == u'-' ? digitsAt(date, 8, 2) : (n > 7 ? -1 : 0);
    if (year < 0 || month < 0 || day < 0 || month > 12 || day > 31 || (n > 4 && month == 0) || (n > 7 && day == 0))
        return 0;
    return (quint64(year) * 13 + quint64(month)) * 32 + quint64(day) + 1;
}

QString unpackedDate(quint64 packed)
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

// Bytes go into a std::string: its push_back is inlined, QByteArray's
// append(char) is a library call per byte (5 % of the writer's work).
class Writer
{
public:
    explicit Writer(qsizetype expected) { m_out.reserve(size_t(expected)); }
    void varint(quint64 v)
    {
        while (v >= 0x80) {
            m_out.push_back(char(quint8(v) | 0x80));
            v >>= 7;
        }
        m_out.push_back(char(quint8(v)));
    }
    void byte(quint8 b) { m_out.push_back(char(b)); }
    void rawNumber(double v)
    {
        char bytes[sizeof v];
        std::memcpy(bytes, &v, sizeof v);
        m_out.append(bytes, sizeof v);
    }
    void date(const QString &s)
    {
        const quint64 packed = packedDate(s);
        varint(packed);
        if (packed == 0) {
            const QByteArray utf8 = s.toUtf8();
            varint(quint64(utf8.size()));
            m_out.append(utf8.constData(), size_t(utf8.size()));
        }
    }
    QByteArray bytes() const { return QByteArray(m_out.data(), qsizetype(m_out.size())); }

private:
    std::string m_out;
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
    double rawNumber()
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
    QString date()
    {
        const quint64 packed = varint();
        return packed == 0 ? text() : unpackedDate(packed);
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
    // About 8 bytes a figure and 5 a mention.
    Writer w(16 + 12 * spans.figures.size() + 8 * spans.mentions.size());
    w.byte(Version);
    w.varint(quint64(spans.figures.size()));
    qint64 previous = 0;
    for (const StoredFigure &f : spans.figures) {
        w.varint(zigzag(f.start - previous));
        previous = f.start;
        w.varint(quint64(f.end - f.start));
        w.varint(quint64(f.typeId));
        const std::optional<quint64> value = f.value ? decimalValue(*f.value) : std::nullopt;
        const std::optional<quint64> valueMax = f.valueMax ? decimalValue(*f.valueMax) : std::nullopt;
        quint8 flags = 0;
        if (f.value)
            flags |= HasValue | (value ? CompactValue : 0);
        if (f.valueMax)
            flags |= HasValueMax | (valueMax ? CompactValueMax : 0);
        if (!f.date.isEmpty())
            flags |= HasDate;
        if (!f.dateMax.isEmpty())
            flags |= HasDateMax;
        if (f.retracted)
            flags |= Retracted;
        w.byte(flags);
        if (f.value)
            value ? w.varint(*value) : w.rawNumber(*f.value);
        if (f.valueMax)
            valueMax ? w.varint(*valueMax) : w.rawNumber(*f.valueMax);
        if (flags & HasDate)
            w.date(f.date);
        if (flags & HasDateMax)
            w.date(f.dateMax);
    }
    w.varint(quint64(spans.mentions.size()));
    previous = 0;
    for (const StoredMention &m : spans.mentions) {
        w.varint(zigzag(m.start - previous));
        previous = m.start;
        w.varint(quint64(m.end - m.start) << 1 | (m.known ? 1 : 0));
        w.varint(quint64(m.entityId));
    }
    return w.bytes();
}

std::optional<SpanCodec::Spans> SpanCodec::decode(const QByteArray &data)
{
    Reader r(data);
    const quint8 version = r.byte();
    if (version != 1 && version != Version)
        return std::nullopt;
    const bool v1 = version == 1;
    Spans spans;
    const quint64 figures = r.varint();
    if (!r.plausibleCount(figures))
        return std::nullopt;
    spans.figures.reserve(qsizetype(figures));
    qint64 previous = 0;
    auto number = [&](bool compact) {
        if (!compact)
            return r.rawNumber();
        return v1 ? double(unzigzag(r.varint())) : fromDecimal(r.varint());
    };
    auto date = [&] { return v1 ? r.text() : r.date(); };
    for (quint64 i = 0; i < figures && r.ok(); ++i) {
        StoredFigure f;
        f.start = previous + unzigzag(r.varint());
        previous = f.start;
        f.end = f.start + qint64(r.varint());
        f.typeId = qint64(r.varint());
        const quint8 flags = r.byte();
        if (flags & HasValue)
            f.value = number(flags & CompactValue);
        if (flags & HasValueMax)
            f.valueMax = number(flags & CompactValueMax);
        if (flags & HasDate)
            f.date = date();
        if (flags & HasDateMax)
            f.dateMax = date();
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
        const quint64 length = r.varint();
        if (v1) {
            m.end = m.start + qint64(length);
            m.entityId = qint64(r.varint());
            m.known = r.byte() != 0;
        } else {
            m.end = m.start + qint64(length >> 1);
            m.known = length & 1;
            m.entityId = qint64(r.varint());
        }
        spans.mentions.append(m);
    }
    if (!r.ok() || !r.atEnd())
        return std::nullopt;
    return spans;
}

} // namespace DealScope
