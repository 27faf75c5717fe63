// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace DealScope {

enum class FigureKind { Money, Percent, Power, Count, Date, Duration };

// How the text qualifies a figure ("up to", "at least", "roughly", a range...).
enum class Qualifier { Exact, Approx, UpperBound, LowerBound, Range, Vague };

QString figureKindName(FigureKind kind);
QString qualifierName(Qualifier qualifier);

// A figure found in an article, with its exact place in the article's text.
// Units follow the command-line contract: money in currency units with an
// ISO code ("USD"), percent as shown ("%"), power in watts ("W"), counts with
// the counted noun ("GPUs"), durations in years ("years"), dates as ISO
// strings with unit "day", "month", "year" or "unresolved".
struct Figure
{
    FigureKind kind = FigureKind::Money;
    qsizetype start = 0; // UTF-16 offsets into Article::text, end exclusive
    qsizetype end = 0;
    double value = 0;    // unused for dates
    std::optional<double> valueMax;
    QString date;        // kind Date: "2025-11-03", "2025-10", "2025"; empty when unresolved
    QString dateMax;     // kind Date with a range ("2019–2023")
    QString unit;
    Qualifier qualifier = Qualifier::Exact;
    bool retracted = false; // a correction withdraws it ("€4 billion, not €4 million")

    qsizetype length() const { return end - start; }
};

} // namespace DealScope

// QStrings and a std::optional<double> move as plain bytes: QList appends
// (a figure every ~67 bytes of text) and grows without per-element moves.
Q_DECLARE_TYPEINFO(DealScope::Figure, Q_RELOCATABLE_TYPE);
