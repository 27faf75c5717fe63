// SPDX-License-Identifier: GPL-3.0-or-later
#include "factsjson.h"

#include <QJsonArray>

namespace DealScope {

namespace {

QJsonValue nullable(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

QJsonArray ids(const QList<qint64> &list)
{
    QJsonArray a;
    for (qint64 id : list)
        a.append(id);
    return a;
}

} // namespace

QJsonObject FactsJson::fact(const Fact &f)
{
    QJsonArray sources;
    for (const FactMention &m : f.sources)
        sources.append(QJsonObject{{QStringLiteral("article"), m.article},
                                   {QStringLiteral("text"), m.text},
                                   {QStringLiteral("start"), m.start},
                                   {QStringLiteral("end"), m.end},
                                   {QStringLiteral("quote"), m.quote},
                                   {QStringLiteral("qualifier"), qualifierName(m.qualifier)}});
    QJsonObject o{{QStringLiteral("id"), f.id},
                  {QStringLiteral("subject"), nullable(f.subject)},
                  {QStringLiteral("object"), nullable(f.object)},
                  {QStringLiteral("metric"), metricName(f.metric)},
                  {QStringLiteral("value"), f.value},
                  {QStringLiteral("value_max"), f.valueMax ? QJsonValue(*f.valueMax) : QJsonValue()},
                  {QStringLiteral("unit"), f.unit},
                  {QStringLiteral("qualifier"), qualifierName(f.qualifier)},
                  {QStringLiteral("when"), nullable(f.time)},
                  {QStringLiteral("precision"), timePrecisionName(f.precision)},
                  {QStringLiteral("status"), factStatusName(f.status)},
                  {QStringLiteral("sources"), sources},
                  {QStringLiteral("alternatives"), ids(f.alternatives)},
                  {QStringLiteral("first_reported_by"), f.firstReportedBy}};
    if (!f.part.isEmpty())
        o.insert(QStringLiteral("part"), f.part);
    return o;
}

QJsonObject FactsJson::facts(const QList<Fact> &facts)
{
    QJsonArray a;
    for (const Fact &f : facts)
        a.append(fact(f));
    return QJsonObject{{QStringLiteral("facts"), a}};
}

QJsonObject FactsJson::event(const Event &e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("date"), nullable(e.date)},
                  {QStringLiteral("precision"), timePrecisionName(e.precision)},
                  {QStringLiteral("title"), e.title},
                  {QStringLiteral("parties"), QJsonArray::fromStringList(e.parties)},
                  {QStringLiteral("facts"), ids(e.facts)},
                  {QStringLiteral("sources"), QJsonArray::fromStringList(e.sources)}};
    if (e.after)
        o.insert(QStringLiteral("after"), e.after);
    return o;
}

QJsonObject FactsJson::timeline(const QList<Event> &events)
{
    QJsonArray a;
    for (const Event &e : events)
        a.append(event(e));
    return QJsonObject{{QStringLiteral("events"), a}};
}

QJsonObject FactsJson::graph(const StakeGraph &g)
{
    QJsonArray nodes, edges;
    for (const StakeGraph::Node &n : g.nodes) {
        QJsonObject o{{QStringLiteral("id"), n.id}, {QStringLiteral("type"), n.type}};
        if (!n.partOf.isEmpty())
            o.insert(QStringLiteral("part_of"), n.partOf);
        nodes.append(o);
    }
    for (const StakeGraph::Edge &e : g.edges) {
        QJsonObject o{{QStringLiteral("from"), e.from},
                      {QStringLiteral("to"), e.to},
                      {QStringLiteral("kind"), e.kind},
                      {QStringLiteral("value"), e.value ? QJsonValue(*e.value) : QJsonValue()},
                      {QStringLiteral("unit"), nullable(e.unit)},
                      {QStringLiteral("when"), nullable(e.time)},
                      {QStringLiteral("facts"), ids(e.facts)}};
        if (!e.sources.isEmpty())
            o.insert(QStringLiteral("sources"), QJsonArray::fromStringList(e.sources));
        edges.append(o);
    }
    return QJsonObject{{QStringLiteral("nodes"), nodes}, {QStringLiteral("edges"), edges}};
}

} // namespace DealScope
