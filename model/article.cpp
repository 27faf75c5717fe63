// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include <algorithm>

namespace DealScope {

QString exclusionReasonName(ExclusionReason reason)
{
    switch (reason) {
    case ExclusionReason::Teaser: return QStringLiteral("teaser");
    case ExclusionReason::Furniture: return QStringLiteral("furniture");
    case ExclusionReason::Repeat: return QStringLiteral("repeat");
    }
    return QString();
}

bool Article::isExcluded(qsizetype from, qsizetype to) const
{
    return std::any_of(excluded.cbegin(), excluded.cend(),
                       [=](const ExcludedRegion &r) { return r.contains(from, to); });
}

} // namespace DealScope
