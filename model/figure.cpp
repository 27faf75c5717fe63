// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure.h"

namespace DealScope {

QString figureKindName(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Money: return QStringLiteral("money");
    case FigureKind::Percent: return QStringLiteral("percent");
    case FigureKind::Power: return QStringLiteral("power");
    case FigureKind::Count: return QStringLiteral("count");
    case FigureKind::Date: return QStringLiteral("date");
    case FigureKind::Duration: return QStringLiteral("duration");
    }
    return QString();
}

QString qualifierName(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact: return QStringLiteral("exact");
    case Qualifier::Approx: return QStringLiteral("approx");
    case Qualifier::UpperBound: return QStringLiteral("upper_bound");
    case Qualifier::LowerBound: return QStringLiteral("lower_bound");
    case Qualifier::Range: return QStringLiteral("range");
    case Qualifier::Vague: return QStringLiteral("vague");
    }
    return QString();
}

} // namespace DealScope
