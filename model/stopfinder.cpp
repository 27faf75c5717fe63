// SPDX-License-Identifier: GPL-3.0-or-later
#include "stopfinder.h"

#include <algorithm>

namespace DealScope {

StopFinder::StopFinder(QStringView text, qsizetype end, std::initializer_list<char16_t> stops)
    : m_text(text)
    , m_end(end)
{
    Q_ASSERT(stops.size() <= m_stops.size());
    for (const char16_t c : stops) {
        m_stops[size_t(m_count)] = c;
        m_next[size_t(m_count)] = -1;
        ++m_count;
    }
}

qsizetype StopFinder::next(qsizetype from)
{
    qsizetype first = m_end;
    for (int m = 0; m < m_count; ++m) {
        qsizetype &at = m_next[size_t(m)];
        if (at < from) {
            const qsizetype found = from < m_end ? m_text.mid(from, m_end - from).indexOf(QChar(m_stops[size_t(m)])) : -1;
            at = found < 0 ? m_end : from + found;
        }
        first = std::min(first, at);
    }
    return first;
}

} // namespace DealScope
