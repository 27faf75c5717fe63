// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement.h"
#include "fact.h"
#include "stakegraph.h"

#include <QHash>

namespace DealScope {

// Builds the investor-stake graph from reconciled facts: one edge per
// reported (not retracted) investment, stake or compute commitment between
// two named parties. A part of a figure (an upfront tranche) makes an edge
// only when the whole is not reported. Distribution and joint-venture ties,
// which no figure states, come from the agreements articles state.
class StakeGraphBuilder
{
public:
    // `partOf` names divisions' parents (Google Cloud → Google) for the nodes.
    // `agreements` add the ties no figure carries: one edge per (from, kind, to) with the articles stating it.
    static StakeGraph build(const QList<Fact> &facts, const QHash<QString, QString> &partOf = {},
                            const QList<AgreementSource> &agreements = {});
    static QString edgeKind(Metric metric); // empty when the metric makes no edge
};

} // namespace DealScope
