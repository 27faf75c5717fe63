// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlistbuilder.h"

#include "eventbuilder.h"

#include <QHash>

#include <algorithm>

namespace DealScope {

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
    return EventBuilder::mainFigure(facts, title);
}

} // namespace DealScope
