// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingindex.h"

#include "factreconciler.h"

#include <algorithm>
#include <cmath>

namespace DealScope {

void ReadingIndex::add(double value, std::optional<double> valueMax, Qualifier qualifier, qsizetype cluster)
{
    auto same = [&](const Entry &e) {
        return e.cluster == cluster && e.value == value && e.valueMax == valueMax && e.qualifier == qualifier;
    };
    // A vague amount is kept as a point: it may join the readings it allows when asked
    // (FactReconciler::upperEnd), but it must not bridge two values that contradict.
    if (valueMax) {
        if (std::none_of(m_ranges.cbegin(), m_ranges.cend(), same))
            m_ranges.push_back({value, valueMax, qualifier, cluster});
        return;
    }
    const auto byValue = [](const Entry &e, double v) { return e.value < v; };
    auto at = std::lower_bound(m_points.begin(), m_points.end(), value, byValue);
    for (; at != m_points.end() && at->value == value; ++at)
        if (same(*at))
            return;
    m_points.insert(at, {value, valueMax, qualifier, cluster});
}

template<typename Visit>
void ReadingIndex::candidates(double value, std::optional<double> valueMax, Visit &&visit) const
{
    // |a - b| <= max(|a|, |b|) / 20 implies |a - b| <= |a| / 19; the margin absorbs rounding.
    const double window = std::abs(value) / 19 * (1 + 1e-9);
    // A range of the asked reading also covers the points inside it.
    const double high = std::max(value + window, valueMax.value_or(value));
    const auto byValue = [](const Entry &e, double v) { return e.value < v; };
    for (auto it = std::lower_bound(m_points.cbegin(), m_points.cend(), value - window, byValue);
         it != m_points.cend() && it->value <= high; ++it)
        visit(*it);
    for (const Entry &e : m_ranges)
        visit(e);
}

bool ReadingIndex::agrees(const Entry &e, double value, std::optional<double> valueMax, Qualifier qualifier)
{
    return FactReconciler::valuesAgree(e.value, e.valueMax, e.qualifier, value, valueMax, qualifier);
}

qsizetype ReadingIndex::heaviestAgreeing(double value, std::optional<double> valueMax, Qualifier qualifier,
                                         const std::function<qsizetype(qsizetype)> &weight) const
{
    qsizetype best = -1, bestWeight = -1;
    candidates(value, FactReconciler::upperEnd(value, valueMax, qualifier), [&](const Entry &e) {
        if (e.cluster == best)
            return;
        const qsizetype w = weight(e.cluster);
        if ((w > bestWeight || (w == bestWeight && e.cluster < best)) && agrees(e, value, valueMax, qualifier)) {
            best = e.cluster;
            bestWeight = w;
        }
    });
    return best;
}

qsizetype ReadingIndex::firstAgreeing(double value, std::optional<double> valueMax, Qualifier qualifier) const
{
    qsizetype first = -1;
    candidates(value, FactReconciler::upperEnd(value, valueMax, qualifier), [&](const Entry &e) {
        if ((first < 0 || e.cluster < first) && agrees(e, value, valueMax, qualifier))
            first = e.cluster;
    });
    return first;
}

} // namespace DealScope
