// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "fact.h"

#include <QList>

namespace DealScope {

// Groups facts into events and puts them in timeline order: dated events by
// the start of their period, an undated event right after the event whose
// fact its articles call "existing" or say it expands or builds on, other
// undated events last. Never invents a date.
class EventBuilder
{
public:
    static QList<Event> build(const QList<Fact> &facts);
    static QString title(const QList<const Fact *> &facts);
    static QString formatValue(double value, const QString &unit);
    // The figure a list shows for one event's facts (named `title`): the
    // figure the title names (its lead fact's), else the largest amount of
    // money, else the first fact's value; empty without facts.
    static QString mainFigure(const QList<const Fact *> &facts, const QString &title);
};

} // namespace DealScope
