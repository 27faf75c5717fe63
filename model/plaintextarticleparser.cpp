// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextarticleparser.h"

namespace DealScope {

void PlainTextArticleParser::parse(const QString &text, Article &article)
{
    article.text = text;
    const qsizetype eol = text.indexOf(QLatin1Char('\n'));
    article.title = text.left(eol < 0 ? text.size() : eol).trimmed();
}

} // namespace DealScope
