// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <array>
#include <initializer_list>

namespace DealScope {

// The positions, in order, of any of a few characters (sentence or line ends)
// in a stretch of text. Each character is found by Qt's vectorised search and
// sought again only once the scan has passed it: the splitters spent most of
// their time testing every character.
class StopFinder
{
public:
    // At most four characters, sought in `text` up to `end`.
    StopFinder(QStringView text, qsizetype end, std::initializer_list<char16_t> stops);

    // The first position at or after `from` holding one of the characters,
    // or the stretch's end. `from` never goes back between calls.
    qsizetype next(qsizetype from);

private:
    QStringView m_text;
    qsizetype m_end;
    int m_count = 0;
    std::array<char16_t, 4> m_stops{};
    std::array<qsizetype, 4> m_next{}; // where each character next stands (m_end: nowhere); -1 before the first search
};

} // namespace DealScope
