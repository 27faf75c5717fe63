// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

namespace DealScope {

// Plain text and Markdown: the text is kept as it is; the title is the first
// non-empty line (Markdown markers removed), and a date only when the text
// states it as the article's date ("Published November 3, 2025", a dateline).
class PlainTextArticleParser
{
public:
    static void parse(const QString &text, Article &article);
};

} // namespace DealScope
