// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QByteArray>
#include <QDate>
#include <QString>

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
    // The charset an HTML document declares in its first bytes, if any
    // (lower case, e.g. "windows-1252").
    static QByteArray declaredCharset(const QByteArray &bytes);
    // A date as HTML metadata writes it: ISO 8601, RFC 2822, "20251103",
    // or a written date; invalid when it is none of those.
    static QDate parseMetadataDate(const QString &value);
    // `title` without a " | Site" / " - Site" suffix (or "Site | " prefix)
    // naming `siteName`.
    static QString stripSiteName(const QString &title, const QString &siteName);
    // The site a <title> names after the page's headline ("Headline | Site"
    // over "<h1>Headline</h1>"), else "".
    static QString siteNameBesideHeadline(const QString &titleElement, const QString &headline);
};

} // namespace DealScope
