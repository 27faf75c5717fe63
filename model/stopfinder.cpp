// SPDX-License-Identifier: GPL-3.0-or-later
#include "stopfinder.h"

#include <QtAlgorithms>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace DealScope {

StopFinder::StopFinder(QStringView text, qsizetype end, std::initializer_list<char16_t> stops)
    : m_text(text)
    , m_end(end)
{
    Q_ASSERT(stops.size() >= 1 && stops.size() <= m_stops.size());
    for (const char16_t c : stops)
        m_stops[size_t(m_count++)] = c;
    for (size_t m = size_t(m_count); m < m_stops.size(); ++m)
        m_stops[m] = m_stops[0]; // the side-by-side compare always tests four
}

qsizetype StopFinder::next(qsizetype from)
{
    // No stop stands between the last search's start and what it found, and
    // `from` only moves on: the answer holds until `from` passes it.
    if (from > m_found)
        m_found = search(from);
    return m_found;
}

qsizetype StopFinder::search(qsizetype from) const
{
    const char16_t *const d = m_text.utf16();
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i s0 = _mm_set1_epi16(short(m_stops[0]));
    const __m128i s1 = _mm_set1_epi16(short(m_stops[1]));
    const __m128i s2 = _mm_set1_epi16(short(m_stops[2]));
    const __m128i s3 = _mm_set1_epi16(short(m_stops[3]));
    for (; i + 8 <= m_end; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, s0), _mm_cmpeq_epi16(v, s1)),
                                         _mm_or_si128(_mm_cmpeq_epi16(v, s2), _mm_cmpeq_epi16(v, s3)));
        const quint32 mask = quint32(_mm_movemask_epi8(hit));
        if (mask)
            return i + qCountTrailingZeroBits(mask) / 2; // two mask bits a character
    }
#endif
    for (; i < m_end; ++i)
        for (int m = 0; m < m_count; ++m)
            if (d[i] == m_stops[size_t(m)])
                return i;
    return m_end;
}

} // namespace DealScope
