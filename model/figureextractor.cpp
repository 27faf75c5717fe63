// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureextractor.h"

#include "figurescanner.h"
#include "loweredtext.h"

#include <algorithm>
#include <array>
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace DealScope {

namespace {

inline bool matchesAt(const char16_t *d, qsizetype n, qsizetype at, QLatin1String word)
{
    if (at < 0 || at + word.size() > n)
        return false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        if (d[at + k] != char16_t(uchar(word[k].toLatin1())))
            return false;
    }
    return true;
}

// Retraction markers: word tails without their first letter match either
// case ("misstated", "previously reported as"). Each holds "ly" or "ted" at
// `anchor`, so one pass over the window looks only where those occur instead
// of searching for every marker.
struct Marker
{
    QLatin1String text;
    qsizetype anchor; // offset of "ly" or "ted" in text
};
const Marker kRetractionMarkers[] = {
    {QLatin1String("isstated"), 5},  {QLatin1String("ncorrectly"), 8}, {QLatin1String("rroneously"), 8},
    {QLatin1String("rongly"), 4},    {QLatin1String("reviously reported as"), 7},
    {QLatin1String("riginally reported as"), 7}, {QLatin1String("arlier reported as"), 12},
};

// Every place in the text where a retraction marker stands, as [start, end)
// in text order. One pass over the whole text: markers are rare, so each
// figure then asks a short, usually empty list instead of searching the 80
// characters before it.
struct MarkerSpan
{
    qsizetype start;
    qsizetype end;
};

void addMarkersAt(const char16_t *d, qsizetype n, qsizetype h, bool ly, std::vector<MarkerSpan> &spans)
{
    // The unit before the anchor first: "ly" and "ted" end many words
    // ("only", "reported"), and it rejects nearly all of them at once.
    const char16_t before = h > 0 ? d[h - 1] : u'\0';
    for (const Marker &m : kRetractionMarkers) {
        const bool markerLy = m.text[m.anchor] == QLatin1Char('l');
        if (markerLy == ly && before == char16_t(uchar(m.text[m.anchor - 1].toLatin1()))
            && matchesAt(d, n, h - m.anchor, m.text))
            spans.push_back({h - m.anchor, h - m.anchor + m.text.size()});
    }
}

// The units that stand before the anchor in some marker, per anchor kind
// ([0] "ted", [1] "ly"): most anchors ("only", "reported") are rejected
// here without a call.
using AnchorOpeners = std::array<std::array<bool, 128>, 2>;
AnchorOpeners anchorOpeners()
{
    AnchorOpeners t{};
    for (const Marker &m : kRetractionMarkers) {
        const bool ly = m.text[m.anchor] == QLatin1Char('l');
        t[ly ? 1 : 0][uchar(m.text[m.anchor - 1].toLatin1()) & 127] = true;
    }
    return t;
}

void addMarkersAfter(const char16_t *d, qsizetype n, qsizetype h, bool ly, std::vector<MarkerSpan> &spans)
{
    static const AnchorOpeners openers = anchorOpeners();
    const char16_t before = h > 0 ? d[h - 1] : u'\0';
    if (before < 128 && openers[ly ? 1 : 0][before])
        addMarkersAt(d, n, h, ly, spans);
}

std::vector<MarkerSpan> retractionMarkers(QStringView s)
{
    std::vector<MarkerSpan> spans;
    const char16_t *d = reinterpret_cast<const char16_t *>(s.utf16());
    const qsizetype n = s.size();
    qsizetype h = 0;
#if defined(__SSE2__)
    // Anchors are rare: test sixteen start positions at once for "ly" or
    // "ted" and look closer only where one begins. The units are saturated
    // to bytes first (a unit above 0xFF becomes 0xFF or 0, never a letter).
    auto eq = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    auto bytesAt = [d](qsizetype at) {
        return _mm_packus_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at)),
                                _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at + 8)));
    };
    // "ted" is found as "te", its "d" read at the hit: a third load and
    // pack per sixteen positions cost more than the extra hits.
    for (; h + 18 <= n; h += 16) {
        const __m128i v0 = bytesAt(h);
        const __m128i v1 = bytesAt(h + 1);
        const __m128i ly = _mm_and_si128(eq(v0, 'l'), eq(v1, 'y'));
        const __m128i te = _mm_and_si128(eq(v0, 't'), eq(v1, 'e'));
        unsigned hits = unsigned(_mm_movemask_epi8(_mm_or_si128(ly, te)));
        while (hits) {
            const qsizetype p = h + qsizetype(__builtin_ctz(hits));
            if (d[p] == u'l')
                addMarkersAfter(d, n, p, true, spans);
            else if (d[p + 2] == u'd') // p + 2 < h + 18 <= n
                addMarkersAfter(d, n, p, false, spans);
            hits &= hits - 1;
        }
    }
#endif
    for (; h + 1 < n; ++h) {
        if (d[h] == u'l' && d[h + 1] == u'y')
            addMarkersAfter(d, n, h, true, spans);
        else if (h + 2 < n && d[h] == u't' && d[h + 1] == u'e' && d[h + 2] == u'd')
            addMarkersAfter(d, n, h, false, spans);
    }
    // Anchors come in text order, but two markers of one anchor kind may
    // start out of order; the lookup below needs them sorted by start.
    std::sort(spans.begin(), spans.end(), [](const MarkerSpan &a, const MarkerSpan &b) { return a.start < b.start; });
    return spans;
}

// Whether a marker lies wholly within [from, to).
bool hasMarkerWithin(const std::vector<MarkerSpan> &spans, qsizetype from, qsizetype to)
{
    auto it = std::lower_bound(spans.begin(), spans.end(), from,
                               [](const MarkerSpan &m, qsizetype v) { return m.start < v; });
    for (; it != spans.end() && it->start < to; ++it) {
        if (it->end <= to)
            return true;
    }
    return false;
}

// Whether the gap between two figures holds "not" (any case), "than",
// "instead", "but" or "to" anywhere: one pass, no substring searches.
bool mayHoldNegation(QStringView gap)
{
    const char16_t *d = reinterpret_cast<const char16_t *>(gap.utf16());
    const qsizetype n = gap.size();
    auto lowerAt = [&](qsizetype i) { return i < n ? char16_t(d[i] | 0x20) : u'\0'; };
    for (qsizetype i = 0; i < n; ++i) {
        switch (d[i]) {
        case u'n':
        case u'N':
            if (lowerAt(i + 1) == u'o' && lowerAt(i + 2) == u't')
                return true;
            break;
        case u't':
            if (matchesAt(d, n, i, QLatin1String("than")) || matchesAt(d, n, i, QLatin1String("to")))
                return true;
            break;
        case u'i':
            if (matchesAt(d, n, i, QLatin1String("instead")))
                return true;
            break;
        case u'b':
            if (matchesAt(d, n, i, QLatin1String("but")))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

// Whether `text` is `word`, or ends with it after a space or "(".
bool endsWithWord(QStringView text, QLatin1String word)
{
    if (!text.endsWith(word))
        return false;
    const qsizetype rest = text.size() - word.size();
    return rest == 0 || text[rest - 1] == u' ' || text[rest - 1] == u'(';
}

// A correction withdraws a figure: "€40 billion, not €40 million",
// "$5 billion (not $5 million as previously reported)", "was $2 billion
// rather than $20 billion", "corrected from $20 million to $2 million".
void markRetractions(QStringView text, QList<Figure> &figures)
{
    // "misstated the value as $5 million", "previously reported as $3 million".
    const std::vector<MarkerSpan> markers = retractionMarkers(text);
    // one detach test for the list, not one per figure read through operator[]
    Figure *const list = figures.data();
    const qsizetype count = figures.size();
    for (qsizetype i = 0; i < count && !markers.empty(); ++i) {
        Figure &f = list[i];
        const qsizetype from = std::max<qsizetype>(i > 0 ? list[i - 1].end : 0, f.start - 80);
        if (!hasMarkerWithin(markers, from, f.start))
            continue;
        // only within the figure's own sentence
        const QStringView before = text.mid(from, f.start - from);
        const qsizetype stop = std::max({before.lastIndexOf(QLatin1String(". ")), before.lastIndexOf(QLatin1Char('\n')),
                                         before.lastIndexOf(QLatin1Char(';'))});
        if (hasMarkerWithin(markers, stop >= 0 ? from + stop + 1 : from, f.start))
            f.retracted = true;
    }
    for (qsizetype i = 1; i < count; ++i) {
        Figure &prev = list[i - 1];
        Figure &cur = list[i];
        if (prev.kind != cur.kind || cur.start - prev.end > 40 || prev.unit != cur.unit)
            continue;
        // cheap test before anything else: a negation or a correction nearby
        const QStringView rawGap = text.mid(prev.end, cur.start - prev.end);
        if (!mayHoldNegation(rawGap))
            continue;
        const LoweredText loweredGap(rawGap);
        const QStringView gap = loweredGap.view();
        if (gap.contains(QLatin1Char('.')) && !gap.startsWith(QLatin1Char('(')))
            continue;
        static const QLatin1String negators[] = {QLatin1String("not"), QLatin1String("rather than"),
                                                 QLatin1String("instead of"), QLatin1String("and not")};
        bool curWithdrawn = false;
        for (const QLatin1String &neg : negators)
            curWithdrawn = curWithdrawn || endsWithWord(gap, neg);
        if (curWithdrawn) {
            cur.retracted = true;
            continue;
        }
        // "not $5 million but $5 billion", "corrected from $X to $Y": the gap
        // is told first, and the text before is lowered only for these gaps
        const bool butGap = gap == QLatin1String("but") || gap == QLatin1String(", but");
        const bool toGap = gap == QLatin1String("to");
        if (!butGap && !toGap)
            continue;
        const qsizetype beforeStart = std::max<qsizetype>(0, prev.start - 30);
        const LoweredText loweredBefore(text.mid(beforeStart, prev.start - beforeStart));
        const QStringView before = loweredBefore.view();
        if ((before.endsWith(QLatin1String(" not")) || before == QLatin1String("not")) && butGap)
            prev.retracted = true;
        else if ((before.endsWith(QLatin1String("corrected from")) || before.endsWith(QLatin1String("corrected it from")))
                 && toGap)
            prev.retracted = true;
    }
}

} // namespace

FigureExtractor::FigureExtractor() = default;

QList<Figure> FigureExtractor::extract(const QString &text, const QDate &articleDate) const
{
    QList<Figure> figures;
    // Dense deal reporting holds about one figure per 70 characters: reserve
    // for that, so the list is not moved several times while it fills.
    figures.reserve(text.size() / 64 + 8);
    FigureScanner scanner(text, articleDate, figures);
    scanner.run();
    markRetractions(text, figures);
    return figures;
}

} // namespace DealScope
