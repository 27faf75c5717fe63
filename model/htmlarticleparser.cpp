// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlarticleparser.h"

namespace DealScope {

void HtmlArticleParser::parse(const QString &html, Article &article)
{
    article.text = html; // TODO: gumbo
}

QByteArray HtmlArticleParser::declaredCharset(const QByteArray &bytes)
{
    Q_UNUSED(bytes);
    return {};
}

} // namespace DealScope
