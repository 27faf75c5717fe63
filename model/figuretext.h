// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QtGlobal>

#include <cstdint>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// Internal to FigureExtractor and the classes it is built from
// (FigureScanner, FigureKeywords): character classes with ASCII fast paths
// (the scanner looks at every character) and the base-27 packing of keywords.
// Free functions, inline because they are the figure scanner's inner loops.
namespace DealScope::FigureText {

constexpr bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
// c | 0x20 is in 'a'..'z' exactly for the letters of both cases: one compare
constexpr bool isAsciiLetter(char16_t c) { return unsigned((c | 0x20) - u'a') < 26u; }
inline bool isUpper(char16_t c) { return c >= u'A' && c <= u'Z'; }
inline bool isLetter(char16_t c) { return isAsciiLetter(c) || (c >= 0xC0 && QChar(c).isLetter()); }
inline bool isAlnum(char16_t c) { return isDigit(c) || isLetter(c); }
inline char16_t lower(char16_t c) { return isUpper(c) ? char16_t(c + 32) : c; }

// End of the run of ASCII letters starting at p. Words end at unpredictable
// lengths, so a per-character loop mispredicts its exit at nearly every
// word; with SSE2 eight units are tested at once and the exit is found from
// a bit mask.
inline qsizetype letterRunEnd(const char16_t *d, qsizetype p, qsizetype n)
{
#if defined(__SSE2__)
    // (c | 0x20) - 'a' is below 26 for letters; the sign flip makes the
    // unsigned test a signed compare
    const __m128i caseBit = _mm_set1_epi16(0x20);
    const __m128i base = _mm_set1_epi16(short(u'a'));
    const __m128i limit = _mm_set1_epi16(short(-32768 + 26));
    const __m128i flip = _mm_set1_epi16(short(-32768));
    while (p + 8 <= n) {
        const __m128i v = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(d + p)), caseBit);
        const __m128i x = _mm_sub_epi16(v, base);
        const unsigned letters = unsigned(_mm_movemask_epi8(_mm_cmplt_epi16(_mm_xor_si128(x, flip), limit)));
        if (letters != 0xFFFF)
            return p + qsizetype(__builtin_ctz(~letters & 0xFFFF) / 2);
        p += 8;
    }
#endif
    while (p < n && isAsciiLetter(d[p]))
        ++p;
    return p;
}
#if defined(__SSE2__)
// The 64 units at d as two bit masks (bit k for d[k]): *letters, the ASCII
// letters; *others, the units other than letters where a figure may start
// or that need a closer look: digits and ":;<=>?" (one range), "$", "~" and
// every unit from 0x7F on (currency glyphs, "≈", other letters).
inline void blockMasks(const char16_t *d, uint64_t *letters, uint64_t *others)
{
    // x <= k unsigned, as min(x, k) == x
    const auto atMost = [](__m128i x, char k) { return _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(k)), x); };
    uint64_t l = 0, o = 0;
    for (int part = 0; part < 4; ++part) {
        const __m128i *v = reinterpret_cast<const __m128i *>(d + 16 * part);
        // signed saturation keeps ASCII and maps every other unit to 0x7F or 0x80
        const __m128i b = _mm_packs_epi16(_mm_loadu_si128(v), _mm_loadu_si128(v + 1));
        const __m128i letter = atMost(_mm_sub_epi8(_mm_or_si128(b, _mm_set1_epi8(0x20)), _mm_set1_epi8('a')), 25);
        const __m128i digitOrSign = atMost(_mm_sub_epi8(b, _mm_set1_epi8('0')), '?' - '0');
        const __m128i high = _mm_cmpeq_epi8(_mm_max_epu8(b, _mm_set1_epi8('~')), b);
        const __m128i dollar = _mm_cmpeq_epi8(b, _mm_set1_epi8('$'));
        l |= uint64_t(uint32_t(_mm_movemask_epi8(letter))) << (16 * part);
        o |= uint64_t(uint32_t(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digitOrSign, high), dollar)))) << (16 * part);
    }
    *letters = l;
    *others = o;
}
#endif
// Start of the run of ASCII letters that ends just before e: letterRunEnd()
// read backwards, for the words before a figure.
inline qsizetype letterRunStart(const char16_t *d, qsizetype e)
{
#if defined(__SSE2__)
    const __m128i caseBit = _mm_set1_epi16(0x20);
    const __m128i base = _mm_set1_epi16(short(u'a'));
    const __m128i limit = _mm_set1_epi16(short(-32768 + 26));
    const __m128i flip = _mm_set1_epi16(short(-32768));
    while (e >= 8) {
        const __m128i v = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(d + e - 8)), caseBit);
        const __m128i x = _mm_sub_epi16(v, base);
        const unsigned letters = unsigned(_mm_movemask_epi8(_mm_cmplt_epi16(_mm_xor_si128(x, flip), limit)));
        if (letters != 0xFFFF) // the last non-letter's lane is its highest bit / 2
            return e - (7 - (31 - __builtin_clz(~letters & 0xFFFF)) / 2);
        e -= 8;
    }
#endif
    while (e > 0 && isAsciiLetter(d[e - 1]))
        --e;
    return e;
}
inline bool isHSpace(char16_t c)
{
    // most characters asked are a space or ASCII: one or two compares for them
    if (c == u' ')
        return true;
    if (c < 0xA0)
        return c == u'\t';
    return c == u'\u00A0' || c == u'\u2009' || c == u'\u202F' || c == u'\u2007';
}
inline bool isDash(char16_t c)
{
    // the dashes past "-" are U+2010-2014 and U+2212: ASCII is told by two compares
    return c == u'-' || (c >= u'\u2010' && (c <= u'\u2014' || c == u'\u2212'));
}
inline bool isCurrencyGlyph(char16_t c)
{
    // digits and letters, asked most, are told by one compare after "$"
    return c == u'$'
        || (c >= u'\u00A3'
            && (c == u'\u20AC' || c == u'\u00A3' || c == u'\u00A5' || c == u'\uFFE5' || c == u'\u20B9' || c == u'\u20A9'
                || c == u'\u20BD' || c == u'\u20BA' || c == u'\u20AA' || c == u'\u20A6' || c == u'\u20B1'));
}

// Slot of an ASCII letter word's first letter (0-25) and second letter (1-26,
// 0 for a one-letter word), case folded, in tables that hold a bit per word
// length (FigureKeywords::mayBeKeyword(), the qualifier phrases' last words).
constexpr size_t kFoldedPairSlots = 26 * 27;
constexpr size_t foldedPairSlot(char16_t first, char16_t second)
{
    return size_t((first | 0x20) - u'a') * 27 + (second ? size_t((second | 0x20) - u'a') + 1 : 0);
}

// A word of up to 13 ASCII letters packed base-27 into one integer: keyword
// lookups then cost one multiply-and-probe, with no allocation.
constexpr int kMaxWord = 13;

constexpr uint64_t pack(const char *w)
{
    uint64_t code = 0;
    for (; *w; ++w)
        code = code * 27 + uint64_t((*w >= 'A' && *w <= 'Z' ? *w + 32 : *w) - 'a' + 1);
    return code;
}

// pack() of the ASCII letters [b, e) of d, 1 <= e - b <= kMaxWord, for any
// case. A loop over the letters mispredicts its exit at nearly every word;
// with SSE2 the 16 units ending at e are loaded at once, the units before b
// are zeroed (a leading zero digit leaves a base-27 number unchanged), and
// the digits are combined pairwise: 2 letters, 4 letters, then 16.
inline uint64_t packLetters(const char16_t *d, qsizetype b, qsizetype e)
{
#if defined(__SSE2__)
    if (e >= 16) {
        // keep[len + j] is all ones exactly for the lanes j >= 16 - len
        alignas(16) static constexpr uint16_t keep[32] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                                          0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF,
                                                          0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF};
        const qsizetype len = e - b;
        const __m128i caseBit = _mm_set1_epi16(0x20);
        const __m128i base = _mm_set1_epi16(short(u'a' - 1));
        auto digits = [&](qsizetype at, qsizetype lane) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at));
            const __m128i k = _mm_loadu_si128(reinterpret_cast<const __m128i *>(keep + len + lane));
            return _mm_and_si128(_mm_sub_epi16(_mm_or_si128(v, caseBit), base), k);
        };
        // the earlier letter of each pair is the lower lane, weighted 27
        const __m128i pairs = _mm_packs_epi32(_mm_madd_epi16(digits(e - 16, 0), _mm_set1_epi32(0x0001001B)),
                                              _mm_madd_epi16(digits(e - 8, 8), _mm_set1_epi32(0x0001001B)));
        // 4 letters a lane, most significant first; the lanes are joined in
        // registers: (q0 * 27^4 + q1) and (q2 * 27^4 + q3) in two 64-bit lanes
        constexpr uint64_t k27p4 = 27 * 27 * 27 * 27;
        const __m128i quads = _mm_madd_epi16(pairs, _mm_set1_epi32(0x000102D9));
        const __m128i halves = _mm_add_epi64(_mm_mul_epu32(quads, _mm_set1_epi32(int(k27p4))), _mm_srli_epi64(quads, 32));
        const uint64_t high = uint64_t(_mm_cvtsi128_si64(halves));
        const uint64_t low = uint64_t(_mm_cvtsi128_si64(_mm_unpackhi_epi64(halves, halves)));
        return high * (k27p4 * k27p4) + low;
    }
#endif
    uint64_t code = 0;
    for (qsizetype k = b; k < e; ++k)
        code = code * 27 + uint64_t((d[k] | 0x20) - u'a' + 1);
    return code;
}

} // namespace DealScope::FigureText
