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
// Regions are sorted, do not overlap, and cover whole lines or sentences.
class ExcludedRegionFinder
{
public:
    QList<ExcludedRegion> find(const QString &text) const;

    // True for a line of site navigation or promotion ("Read more", "Sign up
    // for our newsletter", "Download on the App Store", "Advertisement").
    // `atEnd` allows the site's own closing byline ("Published by X").
    static bool isFurnitureLine(const QString &line, bool atEnd = false);
};

} // namespace DealScope
