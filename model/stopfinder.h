// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <array>
#include <initializer_list>

namespace DealScope {

// The positions, in order, of any of a few characters (sentence or line ends)
// in a stretch of text. One search looks for all of them at once, eight
// characters a step where the processor compares them side by side (SSE2),
// and a position found is kept until the scan passes it: the splitters spent
// most of their time testing every character, then searching once per
// character sought.
class StopFinder
{
public:
    // At most four characters, sought in `text` up to `end`.
    StopFinder(QStringView text, qsizetype end, std::initializer_list<char16_t> stops);

    // The first position at or after `from` holding one of the characters,
    // or the stretch's end. `from` never goes back between calls.
    qsizetype next(qsizetype from);

private:
    qsizetype search(qsizetype from) const;

    QStringView m_text;
    qsizetype m_end;
    int m_count = 0;
    std::array<char16_t, 4> m_stops{}; // slots past m_count repeat the first character
    qsizetype m_found = -1; // the first stop at or after the last search's start (m_end: none); -1 before it
};

} // namespace DealScope
