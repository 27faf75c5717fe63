// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitymention.h"
#include "gazetteer.h"

#include <QList>
#include <QString>

namespace DealScope {

// Finds organisations, people, products and places: names listed in the
// gazetteer (with aliases and possessives, "Amazon's" is Amazon), and
// unlisted ones from general evidence (legal suffixes, capitalised names in
// the places companies take in deal sentences, titles before people's names).
class EntityExtractor
{
public:
    explicit EntityExtractor(Gazetteer gazetteer);
    QList<EntityMention> extract(const QString &text) const;
    const Gazetteer &gazetteer() const { return m_gazetteer; }

private:
    Gazetteer m_gazetteer;
};

} // namespace DealScope
