// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "factmention.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace DealScope {

// One deal or announcement on the timeline: the facts reported together
// (same parties, same time, same passages), with the articles that report them.
struct Event
{
    qint64 id = 0;
    QString date; // ISO of its precision; empty when the text gives none
    TimePrecision precision = TimePrecision::Undated;
    QString title;
    QStringList parties;
    QList<qint64> facts;
    QStringList sources; // article file names
    qint64 after = 0;    // for an undated event: the event the text says it follows, 0 if none
};

} // namespace DealScope
