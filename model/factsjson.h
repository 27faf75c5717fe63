// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "fact.h"
#include "stakegraph.h"

#include <QJsonObject>

namespace DealScope {

// The JSON of `facts --json`, `timeline --json` and `graph --json`, as the
// command-line contract names its fields.
class FactsJson
{
public:
    static QJsonObject facts(const QList<Fact> &facts);
    static QJsonObject fact(const Fact &fact);
    static QJsonObject timeline(const QList<Event> &events);
    static QJsonObject event(const Event &event);
    static QJsonObject graph(const StakeGraph &graph);
};

} // namespace DealScope
