// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QList>
#include <QString>

namespace DealScope {

// Finds the parts of an article's text that are not its story, by general
// rules: blocks the article repeats (reason Repeat), teasers for other
// stories after the story ends (Teaser), and site furniture such as
// "Read …", "Subscribe …", app-store promos and bylines of the site (Furniture).
class ExcludedRegionFinder
{
public:
    QList<ExcludedRegion> find(const QString &text) const;
};

} // namespace DealScope
