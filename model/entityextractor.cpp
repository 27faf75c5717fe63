// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityextractor.h"

namespace DealScope {

EntityExtractor::EntityExtractor(Gazetteer gazetteer)
    : m_gazetteer(std::move(gazetteer))
{
}

QList<EntityMention> EntityExtractor::extract(const QString &text) const
{
    Q_UNUSED(text);
    return {};
}

} // namespace DealScope
