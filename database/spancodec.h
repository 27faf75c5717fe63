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
// Layout (version 1): a version byte; the figure count, then per figure the
// start (zig-zag delta from the previous start), length, type id, a flag
// byte, the value and maximum (an integer varint when whole, else 8 bytes),
// the dates (length + UTF-8); the mention count, then per mention the start
// delta, length, entity id and `known`. Varints are unsigned LEB128.
class SpanCodec
{
public:
    static constexpr quint8 Version = 1;

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
