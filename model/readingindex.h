// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QList>

#include <functional>
#include <optional>
#include <vector>

namespace DealScope {

// The readings (value, range, qualifier) of a set of clusters, indexed by
// value, so that finding the clusters a reading agrees with
// (FactReconciler::valuesAgree) does not compare it with every reading of a
// large family. Two values without a range covering both agree only when
// they are at most 1/20 of the larger apart, so never more than 1/19 of
// either: only readings in that window of the asked value are compared.
// Readings with a range are few and compared one by one. A vague reading that
// asks covers the values it allows (FactReconciler::upperEnd).
class ReadingIndex
{
public:
    // Adds a reading of `cluster`; an equal reading of the same cluster is kept once.
    void add(double value, std::optional<double> valueMax, Qualifier qualifier, qsizetype cluster);

    // Of the clusters holding a reading that agrees with this one, the one of the largest `weight`
    // (the first of equals), -1 when none. A reading whose cluster cannot beat the best found so far is
    // not compared: a value shared by many clusters costs one weight look-up each, not a comparison.
    qsizetype heaviestAgreeing(double value, std::optional<double> valueMax, Qualifier qualifier,
                               const std::function<qsizetype(qsizetype)> &weight) const;
    // The first of them, -1 when none: readings of later clusters than one found are not compared.
    qsizetype firstAgreeing(double value, std::optional<double> valueMax, Qualifier qualifier) const;

private:
    struct Entry
    {
        double value = 0;
        std::optional<double> valueMax;
        Qualifier qualifier = Qualifier::Exact;
        qsizetype cluster = 0;
    };
    // Calls `visit` with every reading that may agree with this one (a superset).
    template<typename Visit>
    void candidates(double value, std::optional<double> valueMax, Visit &&visit) const;
    static bool agrees(const Entry &e, double value, std::optional<double> valueMax, Qualifier qualifier);

    std::vector<Entry> m_points; // without a range, sorted by value
    std::vector<Entry> m_ranges;
};

} // namespace DealScope
