// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "factmention.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace DealScope {

enum class FactStatus { Single, Corroborated, Conflict, Retracted };

QString factStatusName(FactStatus status);

// One reported value of one metric between two parties at one time, with
// every mention that reports it. Alternatives are the facts with the same
// parties, metric and time but another value.
struct Fact
{
    qint64 id = 0;
    QString subject;
    QString object;
    Metric metric = Metric::Other;
    QString part; // as FactMention::part
    double value = 0;
    std::optional<double> valueMax;
    QString unit;
    Qualifier qualifier = Qualifier::Exact;
    QString time; // ISO of its precision, empty when undated
    TimePrecision precision = TimePrecision::Undated;
    FactStatus status = FactStatus::Single;
    QList<FactMention> sources;
    QList<qint64> alternatives;
    QString firstReportedBy; // article file name

    QStringList articles() const; // distinct, in source order
    bool isDated() const { return precision != TimePrecision::Undated; }
};

// Facts ordered by their content (time, parties, metric, part, value), stable.
// Fact ids follow the order articles arrived in; events and the graph are
// built over facts in this order, so that they do not.
QList<Fact> inContentOrder(QList<Fact> facts);

} // namespace DealScope
