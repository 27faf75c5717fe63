// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QString>

#include <optional>

namespace DealScope {

// Turns a figure's normalised value back into words for the panels:
// 2e9 USD upper bound → "up to $2 billion", 2e9 W → "2 GW".
class FigureFormat
{
public:
    static QString value(FigureKind kind, double value, const std::optional<double> &valueMax,
                         const QString &unit, Qualifier qualifier, const QString &date = {},
                         const QString &dateMax = {});
    static QString value(const Figure &figure);
    static QString money(double amount, const QString &currency);
    static QString number(double value); // 1.5, 38, 2,000 (no trailing zeros)

private:
    static QString bare(FigureKind kind, double value, const QString &unit);
};

} // namespace DealScope
