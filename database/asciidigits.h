// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace DealScope {

// The `count` characters of `s` at `at` as a number; -1 unless all are ASCII
// digits. For the parts of an ISO date ("2025-11-03") the store packs.
inline int asciiDigits(QStringView s, qsizetype at, qsizetype count)
{
    int n = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

} // namespace DealScope
