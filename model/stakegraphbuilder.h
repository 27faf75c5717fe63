// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fact.h"
#include "stakegraph.h"

#include <QHash>

namespace DealScope {

// Builds the investor-stake graph from reconciled facts: one edge per
// reported (not retracted) investment, stake or compute commitment between
// two named parties. A part of a figure (an upfront tranche) makes an edge
// only when the whole is not reported.
class StakeGraphBuilder
{
public:
    // `partOf` names divisions' parents (Google Cloud → Google) for the nodes.
    static StakeGraph build(const QList<Fact> &facts, const QHash<QString, QString> &partOf = {});
    static QString edgeKind(Metric metric); // empty when the metric makes no edge
};

} // namespace DealScope
