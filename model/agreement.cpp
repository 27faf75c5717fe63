// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement.h"

namespace DealScope {

QString agreementKindName(Agreement::Kind kind)
{
    return kind == Agreement::Kind::Distribution ? QStringLiteral("distribution") : QStringLiteral("joint_venture");
}

bool agreementKindFromName(const QString &name, Agreement::Kind *kind)
{
    if (name == QLatin1String("distribution"))
        *kind = Agreement::Kind::Distribution;
    else if (name == QLatin1String("joint_venture"))
        *kind = Agreement::Kind::JointVenture;
    else
        return false;
    return true;
}

} // namespace DealScope
