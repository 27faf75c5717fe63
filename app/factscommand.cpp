// SPDX-License-Identifier: GPL-3.0-or-later
#include "factscommand.h"

#include "agreementstore.h"
#include "articleanalyzer.h"
#include "database.h"
#include "defaultdatabase.h"
#include "eventbuilder.h"
#include "factsjson.h"
#include "factstore.h"
#include "stakegraphbuilder.h"

#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace DealScope {

namespace {

void printJson(const QJsonObject &root)
{
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

void printFacts(QTextStream &out, const QList<Fact> &facts)
{
    if (facts.isEmpty())
        out << "no facts\n";
    for (const Fact &f : facts) {
        out << '#' << f.id << "  " << orDash(f.subject) << " → " << orDash(f.object) << "  " << metricName(f.metric)
            << ' ' << EventBuilder::formatValue(f.value, f.unit) << "  " << (f.time.isEmpty() ? QStringLiteral("undated") : f.time)
            << "  " << factStatusName(f.status) << "  (" << f.articles().join(QStringLiteral(", ")) << ")\n";
    }
}

void printTimeline(QTextStream &out, const QList<Event> &events)
{
    if (events.isEmpty())
        out << "no events\n";
    for (const Event &e : events)
        out << (e.date.isEmpty() ? QStringLiteral("undated   ") : e.date.leftJustified(10)) << "  " << e.title << "  ("
            << e.sources.join(QStringLiteral(", ")) << ")\n";
}

void printGraph(QTextStream &out, const StakeGraph &graph)
{
    if (graph.edges.isEmpty())
        out << "no edges\n";
    for (const StakeGraph::Edge &e : graph.edges)
        out << e.from << " → " << e.to << "  " << e.kind
            << (e.value ? QStringLiteral("  ") + EventBuilder::formatValue(*e.value, e.unit) : QString())
            << (e.time.isEmpty() ? QString() : QStringLiteral("  ") + e.time) << '\n';
}

} // namespace

int FactsCommand::run(const QString &databasePath, View view, bool json) const
{
    QTextStream err(stderr);
    Database db;
    QString error;
    if (!DefaultDatabase::open(db, databasePath, &error)) {
        err << "dealscope: " << error << '\n';
        return 2;
    }
    FactStore store(db);
    if (!store.isCurrent()) {
        err << "dealscope: reading the stored articles' relations again (first use by this version)…\n";
        err.flush();
        const ArticleAnalyzer analyzer(Gazetteer::bundled());
        if (!store.refresh(analyzer, &error)) {
            err << "dealscope: cannot bring the facts up to date: " << error << '\n';
            return 2;
        }
    }
    error.clear();
    const QList<Fact> facts = store.facts(&error);
    if (!error.isEmpty()) {
        err << "dealscope: cannot read the facts: " << error << '\n';
        return 2;
    }

    QTextStream out(stdout);
    switch (view) {
    case View::Facts:
        json ? printJson(FactsJson::facts(facts)) : printFacts(out, facts);
        break;
    case View::Timeline: {
        const QList<Event> events = EventBuilder::build(inContentOrder(facts));
        json ? printJson(FactsJson::timeline(events)) : printTimeline(out, events);
        break;
    }
    case View::Graph: {
        const QList<AgreementSource> ties = AgreementStore(db).all(&error);
        if (!error.isEmpty()) {
            err << "dealscope: cannot read the agreements: " << error << '\n';
            return 2;
        }
        const StakeGraph graph = StakeGraphBuilder::build(inContentOrder(facts), store.partOf(), ties);
        json ? printJson(FactsJson::graph(graph)) : printGraph(out, graph);
        break;
    }
    }
    return 0;
}

} // namespace DealScope
