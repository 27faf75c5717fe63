// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakegraphbuilder.h"

#include <QSet>

namespace DealScope {

QString StakeGraphBuilder::edgeKind(Metric metric)
{
    switch (metric) {
    case Metric::Investment: return QStringLiteral("investment");
    case Metric::StakePercent:
    case Metric::StakeValue: return QStringLiteral("stake");
    case Metric::ComputeCommitment: return QStringLiteral("compute_commitment");
    default: return QString();
    }
}

StakeGraph StakeGraphBuilder::build(const QList<Fact> &facts, const QHash<QString, QString> &partOf,
                                    const QList<AgreementSource> &agreements)
{
    StakeGraph g;
    QSet<QString> nodeIds;
    auto addNode = [&](const QString &id, const QString &type = QStringLiteral("org"), const QString &parent = {}) {
        if (id.isEmpty() || nodeIds.contains(id))
            return;
        nodeIds.insert(id);
        StakeGraph::Node n;
        n.id = id;
        n.type = type;
        n.partOf = parent.isEmpty() ? partOf.value(id) : parent;
        g.nodes.append(n);
    };

    // Wholes reported per (from, to, kind): parts only stand in when no whole is known.
    QSet<QString> wholes;
    for (const Fact &f : facts)
        if (f.part.isEmpty() && f.status != FactStatus::Retracted)
            wholes.insert(f.subject + u'\x1f' + f.object + u'\x1f' + edgeKind(f.metric));

    for (const Fact &f : facts) {
        const QString kind = edgeKind(f.metric);
        if (kind.isEmpty() || f.status == FactStatus::Retracted || f.subject.isEmpty() || f.object.isEmpty()
            || f.subject == f.object)
            continue;
        if (!f.part.isEmpty() && wholes.contains(f.subject + u'\x1f' + f.object + u'\x1f' + kind))
            continue;
        addNode(f.subject);
        addNode(f.object);
        StakeGraph::Edge e;
        e.from = f.subject;
        e.to = f.object;
        e.kind = kind;
        e.value = f.value;
        e.unit = f.unit;
        e.time = f.time;
        e.facts = {f.id};
        g.edges.append(e);
    }

    // Ties without a figure: one edge per (from, kind, to), every article stating it a source.
    QHash<QString, qsizetype> tieEdges;
    for (const AgreementSource &source : agreements) {
        const Agreement &a = source.agreement;
        const QString kind = agreementKindName(a.kind);
        const QString key = a.from + u'\x1f' + a.to + u'\x1f' + kind;
        auto it = tieEdges.constFind(key);
        if (it == tieEdges.cend()) {
            addNode(a.from);
            addNode(a.to, a.toType, a.toPartOf);
            StakeGraph::Edge e;
            e.from = a.from;
            e.to = a.to;
            e.kind = kind;
            it = tieEdges.insert(key, g.edges.size());
            g.edges.append(e);
        }
        QStringList &sources = g.edges[*it].sources;
        if (!sources.contains(source.fileName))
            sources.append(source.fileName);
    }

    // Divisions named in the sources hang off their parent ("Google Cloud" part of "Google").
    for (const Fact &f : facts) {
        if (edgeKind(f.metric).isEmpty() || f.status == FactStatus::Retracted)
            continue;
        for (const FactMention &m : f.sources) {
            const QList<QPair<QString, QString>> named = {{m.subjectName, m.subject}, {m.objectName, m.object}};
            for (const auto &[name, root] : named)
                if (!name.isEmpty() && name != root && nodeIds.contains(root) && !nodeIds.contains(name)) {
                    nodeIds.insert(name);
                    g.nodes.append({name, QStringLiteral("org"), root});
                }
        }
    }
    return g;
}

} // namespace DealScope
