// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlistbuilder.h"

#include "eventbuilder.h"

#include <QHash>

#include <algorithm>

namespace DealScope {

namespace {

// A currency code (USD, EUR, …): the units an amount of money comes in.
bool isMoney(const QString &unit)
{
    return unit.size() == 3 && unit.toUpper() == unit;
}

} // namespace

QList<ExplorerSource::EventSummary> EventListBuilder::build(QList<Fact> facts)
{
    // In content order, as the timeline command groups them.
    facts = inContentOrder(std::move(facts));
    const QList<Event> events = EventBuilder::build(facts);
    QHash<qint64, const Fact *> byId;
    byId.reserve(facts.size());
    for (const Fact &f : std::as_const(facts))
        byId.insert(f.id, &f);

    QList<ExplorerSource::EventSummary> out;
    out.reserve(events.size());
    for (const Event &e : events) {
        QList<const Fact *> own;
        for (qint64 id : e.facts) {
            if (const Fact *f = byId.value(id))
                own.append(f);
        }
        ExplorerSource::EventSummary s;
        s.id = e.id;
        s.date = e.date;
        s.title = e.title;
        s.parties = e.parties;
        s.figure = mainFigure(own, e.title);
        s.facts = e.facts;
        s.articleCount = int(e.sources.size());
        out.append(std::move(s));
    }
    return out;
}

QString EventListBuilder::mainFigure(const QList<const Fact *> &facts, const QString &title)
{
    if (facts.isEmpty())
        return QString();
    // EventBuilder names an event after its lead fact, with the value formatted the same way.
    for (const Fact *f : facts) {
        const QString value = EventBuilder::formatValue(f->value, f->unit);
        if (title.contains(value))
            return value;
    }
    const Fact *lead = nullptr;
    for (const Fact *f : facts) {
        // Amounts in different currencies are compared as numbers: rare in one event, and only a display choice.
        if (isMoney(f->unit) && (!lead || f->value > lead->value))
            lead = f;
    }
    if (!lead)
        lead = facts.first();
    return EventBuilder::formatValue(lead->value, lead->unit);
}

} // namespace DealScope
