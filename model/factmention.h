// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QDate>
#include <QString>

#include <optional>

namespace DealScope {

// What a figure measures, in the command-line contract's vocabulary.
enum class Metric {
    Investment,
    StakePercent,
    StakeValue,
    ValuationPre,
    ValuationPost,
    Valuation,
    RoundTotal,
    ComputeCommitment,
    ContractValue,
    CapacityPower,
    Chips,
    Other
};

enum class TimePrecision { Day, Month, Year, Undated };

QString metricName(Metric metric);
std::optional<Metric> metricFromName(const QString &name);
QString timePrecisionName(TimePrecision precision);
TimePrecision timePrecisionOf(const QString &iso); // "2025-11-03" → Day, "" → Undated
QDate timeStart(const QString &iso);                // a month or year at the start of its period

// One figure's reading in one article: who did what to whom, how much, when,
// and where the article says so. Readings the text keeps apart (a derived
// ratio, a vendor's claim, the writer's speculation, a figure in a teaser or
// repeated block) carry a flag and never become facts.
struct FactMention
{
    QString subject; // canonical organisation at the top of its part-of chain
    QString object;
    QString subjectName; // the party as the article names it ("Google Cloud" where subject is "Google")
    QString objectName;
    Metric metric = Metric::Other;
    QString part; // "" for a whole figure, else "upfront", "milestone", "remainder"

    FigureKind kind = FigureKind::Money;
    double value = 0;
    std::optional<double> valueMax;
    QString unit;
    Qualifier qualifier = Qualifier::Exact;
    bool retracted = false;

    QString time; // ISO of its precision, empty when undated
    TimePrecision precision = TimePrecision::Undated;

    QString article;    // file name
    QDate articleDate;  // invalid when unknown
    int articleOrder = 0; // ingest order, for "first reported" when dates are unknown
    qsizetype start = 0;  // the figure's span
    qsizetype end = 0;
    QString text;         // the figure's text
    QString quote;        // the sentence it stands in
    qsizetype sentenceStart = 0;
    qsizetype sentenceEnd = 0; // set when read back from the store: quote == text [sentenceStart, sentenceEnd)
    qsizetype paragraphStart = 0;

    bool derivedRatio = false;
    bool vendorClaim = false;
    bool speculation = false;
    bool excluded = false;
    bool refersToEarlier = false; // "the existing …", "builds on", "expands"

    // What a stored mention keeps instead of its sentence: a hash of the
    // normalised quote (FactReconciler::quoteKey), 0 when not computed yet.
    quint32 quoteKey = 0;
    // Opaque to the engine and carried through reconciliation, so a store
    // can recognise its rows among a fact's sources.
    qint64 tag = -1;

    bool keptApart() const { return derivedRatio || vendorClaim || speculation || excluded; }
};

} // namespace DealScope
