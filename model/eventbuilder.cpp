// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventbuilder.h"

#include "unionfind.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace DealScope {

namespace {

// Facts are linked when they share a time and one of: the same two parties
// (dated, or reported by one article), a sentence, or a party and a
// paragraph. Each link is a shared key, so facts are grouped by key instead
// of compared pairwise: linear in the number of sources.
void linkByKeys(const QList<const Fact *> &use, UnionFind &uf)
{
    QHash<QString, int> firstWithKey;
    auto join = [&](const QString &key, int i) {
        const auto it = firstWithKey.constFind(key);
        if (it == firstWithKey.constEnd())
            firstWithKey.insert(key, i);
        else
            uf.unite(i, it.value());
    };
    const QChar sep(u'\x1f');
    for (int i = 0; i < use.size(); ++i) {
        const Fact &f = *use.at(i);
        QStringList ps;
        if (!f.subject.isEmpty())
            ps << f.subject;
        if (!f.object.isEmpty() && f.object != f.subject)
            ps << f.object;
        ps.sort();
        if (ps.size() == 2) {
            const QString pair = f.time + sep + ps.join(sep);
            if (f.isDated()) {
                join(QStringLiteral("p") + sep + pair, i);
            } else {
                // Undated facts of one pair are one deal only when an article reports them together.
                for (const QString &article : f.articles())
                    join(QStringLiteral("a") + sep + pair + sep + article, i);
            }
        }
        for (const FactMention &m : f.sources) {
            const QString where = f.time + sep + m.article + sep;
            join(QStringLiteral("s") + sep + where + QString::number(m.sentenceStart), i);
            for (const QString &p : std::as_const(ps))
                join(QStringLiteral("g") + sep + where + QString::number(m.paragraphStart) + sep + p, i);
        }
    }
}

int metricRank(Metric m)
{
    // Which fact names the event.
    switch (m) {
    case Metric::Investment: return 0;
    case Metric::RoundTotal: return 1;
    case Metric::ComputeCommitment: return 2;
    case Metric::StakePercent: return 3;
    case Metric::StakeValue: return 4;
    case Metric::ContractValue: return 5;
    case Metric::ValuationPre:
    case Metric::ValuationPost:
    case Metric::Valuation: return 6;
    case Metric::CapacityPower: return 7;
    case Metric::Chips: return 8;
    case Metric::Other: return 9;
    }
    return 10;
}

// A currency code (USD, EUR, …): the units an amount of money comes in.
bool isMoney(const QString &unit)
{
    return unit.size() == 3 && unit.toUpper() == unit;
}

} // namespace

QString EventBuilder::mainFigure(const QList<const Fact *> &facts, const QString &title)
{
    if (facts.isEmpty())
        return QString();
    // The title names its lead fact with the value formatted the same way.
    for (const Fact *f : facts) {
        const QString value = formatValue(f->value, f->unit);
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
    return formatValue(lead->value, lead->unit);
}

QString EventBuilder::formatValue(double value, const QString &unit)
{
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("USD"), QStringLiteral("$")}, {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")}, {QStringLiteral("JPY"), QStringLiteral("¥")}};
    if (unit == QStringLiteral("%"))
        return QString::number(value) + u'%';
    if (unit == QStringLiteral("W")) {
        if (value >= 1e9)
            return QString::number(value / 1e9) + QStringLiteral(" GW");
        return QString::number(value / 1e6) + QStringLiteral(" MW");
    }
    QString scaled;
    const double a = std::abs(value);
    if (a >= 1e12)
        scaled = QString::number(value / 1e12) + QStringLiteral(" trillion");
    else if (a >= 1e9)
        scaled = QString::number(value / 1e9) + QStringLiteral(" billion");
    else if (a >= 1e6)
        scaled = QString::number(value / 1e6) + QStringLiteral(" million");
    else
        scaled = QString::number(value, 'f', 0);
    if (symbols.contains(unit))
        return symbols.value(unit) + scaled;
    return unit.size() == 3 && unit.toUpper() == unit ? unit + u' ' + scaled : scaled + u' ' + unit;
}

QString EventBuilder::title(const QList<const Fact *> &facts)
{
    if (facts.isEmpty())
        return QString();
    const Fact *lead = facts.first();
    for (const Fact *f : facts)
        if (metricRank(f->metric) < metricRank(lead->metric)
            || (metricRank(f->metric) == metricRank(lead->metric) && f->part.isEmpty() && !lead->part.isEmpty())
            || (metricRank(f->metric) == metricRank(lead->metric) && f->part == lead->part && f->value > lead->value))
            lead = f;
    const QString v = formatValue(lead->value, lead->unit);
    const QString s = lead->subject.isEmpty() ? QStringLiteral("Undisclosed party") : lead->subject;
    const QString o = lead->object;
    switch (lead->metric) {
    case Metric::Investment:
        return o.isEmpty() ? QStringLiteral("%1 invests %2").arg(s, v) : QStringLiteral("%1 invests %2 in %3").arg(s, v, o);
    case Metric::RoundTotal: return QStringLiteral("%1 raises %2").arg(s, v);
    case Metric::ComputeCommitment:
        return o.isEmpty() ? QStringLiteral("%1 commits %2 to compute").arg(s, v)
                           : QStringLiteral("%1 commits %2 to %3 compute").arg(s, v, o);
    case Metric::StakePercent:
    case Metric::StakeValue:
        return o.isEmpty() ? QStringLiteral("%1 holds a %2 stake").arg(s, v) : QStringLiteral("%1 holds a %2 stake in %3").arg(s, v, o);
    case Metric::ContractValue:
        return o.isEmpty() ? QStringLiteral("%1 agrees a %2 deal").arg(s, v) : QStringLiteral("%1 and %2 agree a %3 deal").arg(s, o, v);
    case Metric::ValuationPre:
    case Metric::ValuationPost:
    case Metric::Valuation: return QStringLiteral("%1 valued at %2").arg(s, v);
    case Metric::CapacityPower: return QStringLiteral("%1 secures %2 of capacity").arg(s, v);
    case Metric::Chips: return QStringLiteral("%1: %2").arg(s, v);
    case Metric::Other: break;
    }
    return QStringLiteral("%1: %2").arg(s, v);
}

QList<Event> EventBuilder::build(const QList<Fact> &facts)
{
    // Events gather reported relations; withdrawn values and loose figures have no place on the timeline.
    QList<const Fact *> use;
    for (const Fact &f : facts)
        if (f.status != FactStatus::Retracted && f.metric != Metric::Other)
            use.append(&f);

    UnionFind uf(use.size());
    linkByKeys(use, uf);

    QList<QList<const Fact *>> groups;
    QHash<int, int> groupOf;
    for (int i = 0; i < use.size(); ++i) {
        const int root = uf.find(i);
        if (!groupOf.contains(root)) {
            groupOf.insert(root, groups.size());
            groups.append(QList<const Fact *>());
        }
        groups[groupOf.value(root)].append(use.at(i));
    }

    QList<Event> events;
    for (const QList<const Fact *> &g : std::as_const(groups)) {
        Event e;
        e.date = g.first()->time;
        e.precision = g.first()->precision;
        e.title = title(g);
        for (const Fact *f : g) {
            e.facts.append(f->id);
            for (const QString &p : {f->subject, f->object})
                if (!p.isEmpty() && !e.parties.contains(p))
                    e.parties.append(p);
            for (const QString &a : f->articles())
                if (!e.sources.contains(a))
                    e.sources.append(a);
        }
        events.append(e);
    }

    // Dated events by the start of their period, coarser first on a tie.
    QList<int> dated, undated;
    for (int i = 0; i < events.size(); ++i)
        (events.at(i).precision == TimePrecision::Undated ? undated : dated).append(i);
    std::stable_sort(dated.begin(), dated.end(), [&](int a, int b) {
        const QDate da = timeStart(events.at(a).date), db = timeStart(events.at(b).date);
        if (da != db)
            return da < db;
        return events.at(a).precision > events.at(b).precision;
    });

    // An undated event follows the dated event whose fact its articles refer
    // back to (the latest such event in timeline order).
    QHash<int, int> datedRank;
    for (int r = 0; r < dated.size(); ++r)
        datedRank.insert(dated.at(r), r);
    QHash<qint64, int> eventOfFact;
    for (int i = 0; i < events.size(); ++i)
        for (qint64 id : events.at(i).facts)
            eventOfFact.insert(id, i);
    QHash<QString, QList<int>> referredIn; // article → dated events one of its sentences refers back to
    for (const Fact *f : std::as_const(use)) {
        const int ev = eventOfFact.value(f->id, -1);
        if (ev < 0 || !datedRank.contains(ev))
            continue;
        for (const FactMention &m : f->sources)
            if (m.refersToEarlier) {
                QList<int> &list = referredIn[m.article];
                if (!list.contains(ev))
                    list.append(ev);
            }
    }
    QHash<int, int> anchor; // undated event → dated event
    QHash<int, QList<int>> anchored; // dated event → its undated events, in order
    for (int u : std::as_const(undated)) {
        int best = -1;
        for (const QString &article : events.at(u).sources)
            for (int ev : referredIn.value(article))
                if (best < 0 || datedRank.value(ev) > datedRank.value(best))
                    best = ev;
        if (best >= 0) {
            anchor.insert(u, best);
            anchored[best].append(u);
        }
    }

    QList<int> order;
    for (int d : std::as_const(dated)) {
        order.append(d);
        order.append(anchored.value(d));
    }
    for (int u : std::as_const(undated))
        if (!anchor.contains(u))
            order.append(u);

    QList<Event> out;
    QHash<int, qint64> newId;
    for (int i = 0; i < order.size(); ++i)
        newId.insert(order.at(i), i + 1);
    for (int i : std::as_const(order)) {
        Event e = events.at(i);
        e.id = newId.value(i);
        e.after = anchor.contains(i) ? newId.value(anchor.value(i)) : 0;
        out.append(e);
    }
    return out;
}

} // namespace DealScope
