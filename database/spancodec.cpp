// SPDX-License-Identifier: GPL-3.0-or-later
#include "spancodec.h"

#include "spanreader.h"
#include "spanwriter.h"

#include <cmath>
#include <cstring>
#include <optional>

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

} // namespace

QByteArray SpanCodec::encode(const Spans &spans)
{
    // About 8 bytes a figure and 5 a mention.
    SpanWriter w(16 + 12 * spans.figures.size() + 8 * spans.mentions.size());
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
    SpanReader r(data);
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
