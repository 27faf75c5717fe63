// SPDX-License-Identifier: GPL-3.0-or-later
#include "factscommand.h"

#include "agreementstore.h"
#include "articleanalyzer.h"
#include "database.h"
#include "defaultdatabase.h"
#include "eventbuilder.h"
#include "eventstore.h"
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

bool printTimeline(QTextStream &out, const EventStore &events, QString *error)
{
    bool any = false;
    const bool ok = events.forEach(
        [&](const Event &e) {
            any = true;
            out << (e.date.isEmpty() ? QStringLiteral("undated   ") : e.date.leftJustified(10)) << "  " << e.title
                << "  (" << e.sources.join(QStringLiteral(", ")) << ")\n";
            return true;
        },
        error);
    if (ok && !any)
        out << "no events\n";
    return ok;
}

// {"events": [...]} exactly as QJsonDocument::Indented writes it, one event at a time.
bool printTimelineJson(const EventStore &events, QString *error)
{
    std::fputs("{\n    \"events\": [\n", stdout);
    bool first = true;
    const bool ok = events.forEach(
        [&](const Event &e) {
            const QByteArray item = QJsonDocument(FactsJson::event(e)).toJson(QJsonDocument::Indented);
            QByteArray indented;
            indented.reserve(item.size() * 5 / 4);
            if (!first)
                indented.append(",\n");
            first = false;
            // Two levels deeper than a document of its own; no newline after the last line.
            for (const QByteArray &line : item.trimmed().split('\n'))
                indented.append("        ").append(line).append('\n');
            indented.chop(1);
            std::fwrite(indented.constData(), 1, size_t(indented.size()), stdout);
            return true;
        },
        error);
    std::fputs(first ? "    ]\n}\n" : "\n    ]\n}\n", stdout);
    std::fflush(stdout);
    return ok;
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
    QTextStream out(stdout);
    if (view == View::Timeline) {
        // Stored events (EventStore), built again here only when the facts
        // changed since: the timeline never reads every fact with its sources.
        EventStore events(db);
        if (!events.isCurrent() && !events.rebuild(&error)) {
            err << "dealscope: cannot build the events: " << error << '\n';
            return 2;
        }
        // Written as they are read: the whole timeline of a large store
        // would be hundreds of megabytes of JSON held at once.
        if (!(json ? printTimelineJson(events, &error) : printTimeline(out, events, &error))) {
            err << "dealscope: cannot read the events: " << error << '\n';
            return 2;
        }
        return 0;
    }
    const QList<Fact> facts = store.facts(&error);
    if (!error.isEmpty()) {
        err << "dealscope: cannot read the facts: " << error << '\n';
        return 2;
    }

    switch (view) {
    case View::Facts:
        json ? printJson(FactsJson::facts(facts)) : printFacts(out, facts);
        break;
    case View::Timeline: // above
        break;
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
