// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace DealScope {

// One article's figures and entity mentions as one compact BLOB
// (article_spans.data): a hundred rows per article were most of the
// ingest's inserts and a third of the file. Names are not repeated: a figure
// refers to its row of `figure_types`, a mention to its row of `entities`.
//
// Layout (version 2): a version byte; the figure count, then per figure the
// start (zig-zag delta from the previous start), length, type id, a flag
// byte, the value and maximum, the dates; the mention count, then per
// mention the start delta, the length shifted left by one with `known` in
// the low bit, and the entity id. Varints are unsigned LEB128.
// A value that is a short decimal (4.2e9, 27.35) is one varint: its digits
// (zig-zag) shifted left by 5 with the power of ten + 15 in the low bits,
// kept only when it reads back bit for bit; any other value is 8 bytes. A
// date of the form YYYY, YYYY-MM or YYYY-MM-DD is one varint
// ((year × 13 + month) × 32 + day + 1), any other text 0, length and UTF-8.
// Version 1 (still read): values as zig-zag varints when whole, else 8
// bytes; dates always as text; `known` as a byte after the entity id.
class SpanCodec
{
public:
    static constexpr quint8 Version = 2;

    struct StoredFigure
    {
        qint64 start = 0;
        qint64 end = 0;
        qint64 typeId = 0;
        std::optional<double> value; // none for dates
        std::optional<double> valueMax;
        QString date;
        QString dateMax;
        bool retracted = false;
    };

    struct StoredMention
    {
        qint64 start = 0;
        qint64 end = 0;
        qint64 entityId = 0;
        bool known = false;
    };

    struct Spans
    {
        QList<StoredFigure> figures;
        QList<StoredMention> mentions;
    };

    static QByteArray encode(const Spans &spans);
    // Nothing for a damaged or unknown blob.
    static std::optional<Spans> decode(const QByteArray &data);
};

} // namespace DealScope
