// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace DealScope {

// Who invests in, holds, or buys compute from whom. Edges run investor →
// investee and buyer of compute → provider.
struct StakeGraph
{
    struct Node
    {
        QString id;   // canonical organisation name
        QString type = QStringLiteral("org"); // or "product": what a distributor distributes
        QString partOf; // parent organisation, empty for a top-level one
    };
    struct Edge
    {
        QString from;
        QString to;
        QString kind; // investment | stake | compute_commitment | distribution | joint_venture
        std::optional<double> value;
        QString unit;
        QString time; // ISO of its precision, empty when undated
        QList<qint64> facts;
        QStringList sources; // articles stating a tie no figure carries (distribution, joint venture)
    };

    QList<Node> nodes;
    QList<Edge> edges;
};

} // namespace DealScope
