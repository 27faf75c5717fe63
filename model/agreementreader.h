// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement.h"
#include "articleextraction.h"

#include <QList>

namespace DealScope {

// Finds the ties an article states without a figure: who distributes whose
// product ("Ingram Micro becomes the exclusive distributor for Nutanix",
// "authorised to resell", "distributed by") and who belongs to a joint
// venture ("the Ampere joint venture with Nissan and Mitsubishi", "a joint
// venture between A and B", "A and B formed a joint venture"). General patterns
// over the article's entity mentions; a negated statement, a sentence in an
// excluded region or a tie whose parties the text does not name gives none.
class AgreementReader
{
public:
    QList<Agreement> read(const ArticleExtraction &extraction) const;
};

} // namespace DealScope
