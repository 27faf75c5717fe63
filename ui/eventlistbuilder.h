// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explorersource.h"
#include "fact.h"

#include <QList>

namespace DealScope {

// The deal browser's rows from reconciled facts: EventBuilder's events, in
// its timeline order, each with its main figure. Both sources build them
// here so the browser lists the same events as `dealscope timeline`.
class EventListBuilder
{
public:
    static QList<ExplorerSource::EventSummary> build(QList<Fact> facts);
    // The figure the browser shows for `facts` (one event's, named `title`):
    // the figure the title names (its lead fact's), else the largest amount
    // of money, else the first fact's value; empty without facts.
    static QString mainFigure(const QList<const Fact *> &facts, const QString &title);
};

} // namespace DealScope
