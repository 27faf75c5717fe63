// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QByteArray>

namespace DealScope {

// Reads an HTML page with libgumbo: the article body as text (scripts,
// styles, navigation, asides dropped; block elements become line breaks),
// and title, publisher and publication date from the usual metadata
// (<title>, og:title, og:site_name, article:published_time, JSON-LD).
class HtmlArticleParser
{
public:
    // Fills title, publisher, date and text of `article` from decoded HTML.
    static void parse(const QString &html, Article &article);
    // The charset an HTML document declares in its first bytes, if any.
    static QByteArray declaredCharset(const QByteArray &bytes);
};

} // namespace DealScope
