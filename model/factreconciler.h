// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fact.h"

#include <QList>

#include <optional>

namespace DealScope {

// Turns the mentions of many articles into facts: one per (subject, object,
// metric, part, time) and value, every agreeing mention a source. Values
// agree within rounding and their qualifiers ("about €12 billion" and
// "€12bn"; "up to $3 billion" and "$3 billion"). An undated mention joins a
// dated fact it agrees with; an undated value never conflicts with a dated
// one, and two times of one metric are a series, not a conflict. A repeated
// sentence in one article is one source. Retracted figures become retracted
// facts; kept-apart readings (ratios, claims, speculation, excluded text)
// become nothing.
class FactReconciler
{
public:
    static QList<Fact> reconcile(const QList<FactMention> &mentions);

    // Incremental: rebuilds only the facts whose (subject, object, metric,
    // part, unit) the added mentions touch; the others come back unchanged.
    // Surviving facts keep their ids; new facts get ids above the largest.
    // `changed` receives the ids of facts that are new or rebuilt.
    static QList<Fact> reconcile(const QList<Fact> &existing, const QList<FactMention> &added,
                                 QList<qint64> *changed = nullptr);

    // The same for mentions and facts of one family (equal familyKey), without
    // grouping them first: what a store that keeps facts by family calls.
    static QList<Fact> reconcileFamily(const QList<Fact> &previous, QList<FactMention> mentions);

    static bool valuesAgree(double a, std::optional<double> aMax, Qualifier aq, double b,
                            std::optional<double> bMax, Qualifier bq);
    // The top of the values a reading allows: its range's end; for a vague
    // amount ("billions of dollars": 1e9, "hundreds of thousands": 1e5), which
    // only says how many digits, a thousand times its floor; else none.
    static std::optional<double> upperEnd(double value, std::optional<double> valueMax, Qualifier qualifier);
    static QString familyKey(const FactMention &m);
    static QString familyKey(const Fact &f);
    static QString normalisedQuote(const QString &quote);
    // A stable hash of the normalised quote: two mentions of one article
    // with the same key and value are one source. Uses m.quoteKey when set.
    static quint32 quoteKey(const FactMention &m);
    static quint32 quoteKey(const QString &quote);

private:
    static constexpr quint32 FnvBasis = 2166136261u;
    static constexpr quint32 FnvPrime = 16777619u;

    static QList<Fact> buildFamily(QList<FactMention> mentions);
    static std::optional<quint32> plainQuoteKey(const QString &quote);
    static quint32 fnv1a(const QString &text);
};

} // namespace DealScope
