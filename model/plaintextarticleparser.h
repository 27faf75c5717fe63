// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QDate>
#include <QString>

namespace DealScope {

// Plain text and Markdown: the text is kept as it is; the title is the first
// non-empty line (Markdown markers removed), and a date only when the text
// states it as the article's date ("Published November 3, 2025", a dateline).
class PlainTextArticleParser
{
public:
    static void parse(const QString &text, Article &article);

    // A string that is a date and nothing else but a time of day
    // ("2025-11-03T10:00Z", "Mon, 3 Nov 2025 10:00 GMT", "November 3rd, 2025");
    // invalid otherwise. Also used for HTML metadata.
    static QDate parseDate(const QString &text);
    // A title made from a line: Markdown markers and bold removed, a long
    // paragraph cut to its first sentence or ~120 characters at a word break.
    static QString titleFromLine(const QString &line);
    // The date a line near the top states as the article's ("Published: …",
    // "Updated Nov 3, 2025 10:00 AM ET", a date alone, "By X | date",
    // "CITY, Nov 3, 2025 (Agency) -", also opening a long paragraph). `updated` tells whether it was an update.
    static QDate dateFromLine(const QString &line, bool *updated = nullptr);
    // The publisher a line states ("Published by X", "By A for X").
    static QString publisherFromLine(const QString &line);

private:
    // "CITY, Nov 3, 2025 (Agency) -" or "Nov 3, 2025 (Agency) -" at the line's start.
    static QDate datelineDate(const QString &line);
};

} // namespace DealScope
