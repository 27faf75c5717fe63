// SPDX-License-Identifier: GPL-3.0-or-later
#include "fact.h"

namespace DealScope {

QString factStatusName(FactStatus status)
{
    switch (status) {
    case FactStatus::Single: return QStringLiteral("single");
    case FactStatus::Corroborated: return QStringLiteral("corroborated");
    case FactStatus::Conflict: return QStringLiteral("conflict");
    case FactStatus::Retracted: return QStringLiteral("retracted");
    }
    return QString();
}

QStringList Fact::articles() const
{
    QStringList out;
    for (const FactMention &m : sources)
        if (!out.contains(m.article))
            out.append(m.article);
    return out;
}

} // namespace DealScope
