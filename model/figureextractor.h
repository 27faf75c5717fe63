// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QDate>
#include <QList>
#include <QString>

namespace DealScope {

// Finds every figure in a text: money, percent, power, count, date and
// duration, with qualifiers, ranges and retractions, each with its exact
// UTF-16 span. Relative dates are resolved against `articleDate` when it is
// valid and otherwise left unresolved. Thread-safe: extract() is const and
// keeps no state between calls.
class FigureExtractor
{
public:
    FigureExtractor();
    QList<Figure> extract(const QString &text, const QDate &articleDate = {}) const;
};

} // namespace DealScope
