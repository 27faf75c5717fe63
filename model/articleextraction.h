// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"
#include "entitymention.h"
#include "figure.h"

#include <QList>

namespace DealScope {

// Everything the engine finds in one article.
struct ArticleExtraction
{
    Article article;
    QList<Figure> figures;        // sorted by start
    QList<EntityMention> entities; // sorted by start

    QString textOf(const Figure &f) const { return article.text.mid(f.start, f.end - f.start); }
    QString textOf(const EntityMention &e) const { return article.text.mid(e.start, e.end - e.start); }
};

} // namespace DealScope
