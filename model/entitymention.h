// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace DealScope {

enum class EntityType { Organisation, Person, Product, Place };

QString entityTypeName(EntityType type); // "org", "person", "product", "place"

// A place where an article names an organisation, person, product or place.
// `name` is canonical: a full name and its alias ("International Business
// Machines" and "IBM") give the gazetteer's one name; `partOf` is the
// canonical name of the organisation it belongs to (a cloud division → its
// parent company, a product → its maker).
struct EntityMention
{
    QString name;
    EntityType type = EntityType::Organisation;
    qsizetype start = 0; // UTF-16 offsets into Article::text, end exclusive
    qsizetype end = 0;
    QString partOf;
    bool known = false;  // listed in the gazetteer rather than inferred
};

} // namespace DealScope
