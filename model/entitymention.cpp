// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitymention.h"

namespace DealScope {

QString entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Organisation: return QStringLiteral("org");
    case EntityType::Person: return QStringLiteral("person");
    case EntityType::Product: return QStringLiteral("product");
    case EntityType::Place: return QStringLiteral("place");
    }
    return QString();
}

} // namespace DealScope
