// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityextractor.h"

#include "tokenbuffer.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <memory>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#if defined(__GNUC__)
#include <immintrin.h> // AVX2, used only where the CPU has it
#endif
#endif

namespace DealScope {

namespace {

enum TokenFlag : quint32 {
    TWord = 1u << 0,
    TUpperFirst = 1u << 1,
    THasUpper = 1u << 2,
    THasLower = 1u << 3,
    TDigitFirst = 1u << 4,
    TSpace = 1u << 5,      // whitespace before the token
    TSentence = 1u << 6,   // first word of a sentence or line
    TPossessive = 1u << 7, // "'s" / "’s" after a word
};
// Punctuation tokens keep their character in the flags' high 16 bits, so a
// rule asking "is this a comma" reads one word of memory, not the text.
constexpr int kPunctShift = 16;

// CBlockStop: ASCII units a tokenizer block leaves to the unit loop, so no
// block starts on them (line breaks and apostrophes).
enum CharClass : quint8 { CWord = 1, CUpper = 2, CLower = 4, CDigit = 8, CSpace = 16, CBlockStop = 32 };

// ASCII fast path: most article text is ASCII, and QChar's tables cost more.
struct AsciiTable
{
    quint8 c[128] = {};
    constexpr AsciiTable()
    {
        for (int i = 'a'; i <= 'z'; ++i)
            c[i] = CWord | CLower;
        for (int i = 'A'; i <= 'Z'; ++i)
            c[i] = CWord | CUpper;
        for (int i = '0'; i <= '9'; ++i)
            c[i] = CWord | CDigit;
        c[int(' ')] = c[int('\t')] = c[int('\n')] = c[int('\r')] = c[int('\v')] = c[int('\f')] = CSpace;
        c[int('\n')] |= CBlockStop;
        c[int('\r')] |= CBlockStop;
        c[int('\'')] |= CBlockStop;
    }
};
constexpr AsciiTable kAscii;

// For ASCII word characters: the token flags they add (never 0); 0 otherwise.
struct AsciiWordFlags
{
    quint8 f[128] = {};
    constexpr AsciiWordFlags()
    {
        for (int i = 'a'; i <= 'z'; ++i)
            f[i] = 8; // THasLower
        for (int i = 'A'; i <= 'Z'; ++i)
            f[i] = 4; // THasUpper
        for (int i = '0'; i <= '9'; ++i)
            f[i] = 1; // TWord
    }
};
constexpr AsciiWordFlags kAsciiWordFlags;

inline quint8 charClass(char16_t ch)
{
    if (ch < 128)
        return kAscii.c[ch];
    const QChar c(ch);
    if (c.isSpace())
        return CSpace;
    if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate()) {
        quint8 k = CWord;
        if (c.isUpper() || c.isTitleCase())
            k |= CUpper;
        else if (c.isLower())
            k |= CLower;
        else if (c.isDigit())
            k |= CDigit;
        return k;
    }
    return 0;
}

inline bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019';
}

inline bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == u'\u2028' || c == u'\u2029';
}

inline char32_t foldChar(char16_t c)
{
    if (c < 128)
        return (c >= u'A' && c <= u'Z') ? char32_t(c + 32) : char32_t(c);
    return QChar::toCaseFolded(char32_t(c));
}

// Four case-folded UTF-16 units packed into one 64-bit word (simple case
// folding keeps a BMP unit within 16 bits). Four ASCII units, the usual
// case, are folded at once: adding 0x3F / 0x25 to a lane below 0x80 sets its
// bit 7 exactly when it is >= 'A' / > 'Z', and no lane carries into the next.
constexpr quint64 kNonAscii4 = 0xFF80FF80FF80FF80ULL;

inline quint64 foldAscii4(quint64 x)
{
    const quint64 upper = (x + 0x003F003F003F003FULL) & ~(x + 0x0025002500250025ULL) & 0x0080008000800080ULL;
    return x | (upper >> 2);
}

// n <= 4 folded units from the lowest lane up, for words with non-ASCII
// units. Out of line: its call to Qt's tables made every caller save and
// restore registers, even for plain ASCII words.
Q_NEVER_INLINE quint64 foldedUnitsSlow(const char16_t *d, qsizetype n)
{
    quint64 x = 0;
    for (qsizetype k = 0; k < n; ++k)
        x |= quint64(foldChar(d[k])) << (16 * k);
    return x;
}

inline quint64 foldedChunk(const char16_t *d)
{
    quint64 x;
    memcpy(&x, d, sizeof x);
    if (Q_LIKELY((x & kNonAscii4) == 0))
        return foldAscii4(x);
    return foldedUnitsSlow(d, 4);
}

// Whether w equals `folded` (already case-folded) ignoring case; four ASCII
// units at a time, unit by unit from the first non-ASCII one.
bool equalsFolded(QStringView w, QStringView folded)
{
    if (w.size() != folded.size())
        return false;
    const char16_t *a = w.utf16();
    const char16_t *b = folded.utf16();
    const qsizetype n = w.size();
    qsizetype i = 0;
    if (n >= 4) {
        // The last four units are compared in one step too, overlapping the
        // chunk before them: no unit-by-unit tail for words of 4+ units.
        for (;; i += 4) {
            const qsizetype at = std::min(i, n - 4);
            quint64 x;
            quint64 y;
            memcpy(&x, a + at, sizeof x);
            memcpy(&y, b + at, sizeof y);
            if (x & kNonAscii4) {
                i = at;
                break;
            }
            if (foldAscii4(x) != y)
                return false;
            if (at == n - 4)
                return true;
        }
    }
    for (; i < n; ++i) {
        if (foldChar(a[i]) != char32_t(b[i]))
            return false;
    }
    return true;
}

// A 64-bit hash of the case-folded word, taken as the word's identity by
// the lexicon and the text's memory. Four units go into each multiply: the
// serial multiply chain over single units was most of the cost of a lookup.
quint64 foldHash(QStringView w)
{
    const char16_t *d = w.utf16();
    const qsizetype n = w.size();
    quint64 h = 1469598103934665603ULL ^ quint64(n);
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        h ^= foldedChunk(d + i);
        h *= 0x9E3779B97F4A7C15ULL;
    }
    if (i < n) {
        // The last one to three units, packed from the lowest lane up. In a
        // longer word they come from one load of its last four units.
        quint64 tail = 0;
        if (n >= 4) {
            tail = foldedChunk(d + n - 4) >> (16 * (4 - (n - i)));
        } else {
            for (int shift = 0; i < n; ++i, shift += 16)
                tail |= quint64(d[i]) << shift;
            tail = (tail & kNonAscii4) == 0 ? foldAscii4(tail) : foldedUnitsSlow(d, n);
        }
        h ^= tail;
        h *= 0x9E3779B97F4A7C15ULL;
    }
    return h ^ (h >> 29); // the high units reach the low bits too
}

// The frozen lexicon's key of a word (EntityExtractor::lookupIndex): its
// case-folded units one byte each when they are ASCII and at most 8, so the
// key is the word itself; else foldHash() with the top bit set, which no
// packed word has (its bytes are ASCII).
constexpr quint64 kHashedKey = quint64(1) << 63;

// Four 16-bit lanes below 0x80 into four bytes.
inline quint64 packAscii4(quint64 x)
{
    const quint64 y = x | (x >> 8);
    return (y & 0xFFFF) | ((y >> 16) & 0xFFFF0000);
}

// x0: the first four folded units (lanes past the word zero), x1: the last
// four (x0 again, or zero, for n <= 4); they overlap with equal bytes in
// words under 8 units.
inline quint64 packedKey(quint64 x0, quint64 x1, qsizetype n)
{
    return packAscii4(x0) | (packAscii4(x1) << (8 * (std::max<qsizetype>(n, 4) - 4)));
}

// The packed key of a word of 1 to 8 ASCII units (false for other words),
// when `readable` units from its start may be read: four units are read
// even from a shorter word (lanes past it cleared), so the word's length
// costs no branch (it was the most mispredicted one of a lookup).
Q_ALWAYS_INLINE bool packedKeyOf(const char16_t *d, qsizetype n, qsizetype readable, quint64 *key)
{
    if (n < 1 || n > 8 || readable < 4)
        return false;
#if defined(__SSE2__)
    if (readable >= 8) {
        // Eight units at once: lanes past the word cleared, the ASCII test,
        // the folding and the packing to bytes without a loop or a shift
        // per lane (the scalar form below took three times the instructions).
        const __m128i v = _mm_and_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(d)),
                                        _mm_cmpgt_epi16(_mm_set1_epi16(short(n)), _mm_setr_epi16(0, 1, 2, 3, 4, 5, 6, 7)));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(v, _mm_set1_epi16(short(0xFF80))), _mm_setzero_si128()))
            != 0xFFFF)
            return false;
        const __m128i upper = _mm_and_si128(_mm_cmpgt_epi16(v, _mm_set1_epi16('A' - 1)), _mm_cmplt_epi16(v, _mm_set1_epi16('Z' + 1)));
        const __m128i folded = _mm_add_epi16(v, _mm_and_si128(upper, _mm_set1_epi16(0x20)));
        _mm_storel_epi64(reinterpret_cast<__m128i *>(key), _mm_packus_epi16(folded, folded));
        return true;
    }
#endif
    // Where the last four units start, max(n - 4, 0), and the lanes of
    // min(n, 4) units, in bit operations (std::max became a branch).
    const qsizetype last = (n - 4) & ~((n - 4) >> 63);
    const quint64 lanes = ~quint64(0) >> (64 - 16 * (n - last));
    quint64 x0;
    quint64 x1;
    memcpy(&x0, d, sizeof x0);
    memcpy(&x1, d + last, sizeof x1);
    x0 &= lanes;
    x1 &= lanes;
    if ((x0 | x1) & kNonAscii4)
        return false;
    // Both chunks are one in words up to 4 units, and overlap with equal
    // bytes in words up to 8.
    *key = packAscii4(foldAscii4(x0)) | (packAscii4(foldAscii4(x1)) << (8 * last));
    return true;
}

// For a word of 9 or more units whose first and last four are ASCII: a
// bit index from its length and those units folded. The lexicon marks the
// bit of each such word it holds (EntityExtractor::m_longWordBits), so most
// long words of a text are told absent without hashing them whole.
constexpr int kLongWordBitsLog2 = 15;

inline bool longWordBit(const char16_t *d, qsizetype n, quint32 *bit)
{
    quint64 x0;
    quint64 x1;
    memcpy(&x0, d, sizeof x0);
    memcpy(&x1, d + n - 4, sizeof x1);
    if ((x0 | x1) & kNonAscii4)
        return false;
    const quint64 sig = packAscii4(foldAscii4(x0)) | (packAscii4(foldAscii4(x1)) << 32);
    *bit = quint32(((sig ^ quint64(n)) * 0x9E3779B97F4A7C15ULL) >> (64 - kLongWordBitsLog2));
    return true;
}

Q_NEVER_INLINE quint64 lexKey(QStringView w)
{
    const qsizetype n = w.size();
    const char16_t *d = w.utf16();
    if (n >= 1 && n <= 8) {
        // Folding can make a word ASCII (the Kelvin sign is "k").
        const quint64 x0 = foldedUnitsSlow(d, std::min<qsizetype>(n, 4));
        const quint64 x1 = n > 4 ? foldedUnitsSlow(d + n - 4, 4) : 0;
        if (!((x0 | x1) & kNonAscii4))
            return packedKey(x0, x1, n);
    }
    return foldHash(w) | kHashedKey;
}

bool isAllCaps(QStringView w)
{
    bool upper = false;
    for (QChar c : w) {
        if (c.isLower())
            return false;
        upper = upper || c.isUpper();
    }
    return upper;
}

// The end of a run of ASCII letters and digits starting at p, and the
// THasUpper / THasLower flags it adds to *acc. Words are short, so a scalar
// loop pays a mispredicted branch at nearly every word end; with SSE2 eight
// units are classified at once and the run usually ends in the first block.
Q_ALWAYS_INLINE qsizetype asciiWordRun(const char16_t *d, qsizetype p, qsizetype to, quint32 *acc)
{
#if defined(__SSE2__)
    const __m128i minusOne = _mm_set1_epi16(-1);
    auto inRange = [&](__m128i v, short first, short count) {
        const __m128i x = _mm_sub_epi16(v, _mm_set1_epi16(first));
        return _mm_and_si128(_mm_cmpgt_epi16(x, minusOne), _mm_cmplt_epi16(x, _mm_set1_epi16(count)));
    };
    while (p + 8 <= to) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + p));
        const __m128i upper = inRange(v, 'A', 26);
        const __m128i lower = inRange(v, 'a', 26);
        const __m128i digit = inRange(v, '0', 10);
        const unsigned member = unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(upper, lower), digit)));
        const unsigned upperBits = unsigned(_mm_movemask_epi8(upper));
        const unsigned lowerBits = unsigned(_mm_movemask_epi8(lower));
        if (member == 0xFFFFu) {
            *acc |= (upperBits ? 4u : 0u) | (lowerBits ? 8u : 0u);
            p += 8;
            continue;
        }
        const int run = __builtin_ctz(~member) / 2; // units before the first non-member
        const unsigned inRun = (1u << (2 * run)) - 1;
        *acc |= ((upperBits & inRun) ? 4u : 0u) | ((lowerBits & inRun) ? 8u : 0u);
        return p + run;
    }
#endif
    char16_t e;
    while (p < to && (e = d[p]) < 128 && kAsciiWordFlags.f[e]) {
        *acc |= kAsciiWordFlags.f[e];
        ++p;
    }
    return p;
}

// The token's lexicon entry, looked up only when a rule asks.
constexpr qint32 kLexNotLooked = -2;
constexpr qint32 kLexNone = -1;

using Tok = TokenBuffer::Tok;

// Token flags that a character adds to the word it is in.
inline quint32 wordFlagsOf(quint8 k)
{
    return ((k & CUpper) ? quint32(THasUpper) : 0u) | ((k & CLower) ? quint32(THasLower) : 0u);
}

#if defined(__SSE2__)
// The classes of the 32 units a block reads, one bit per unit. Beside them
// the flags a token takes from its first unit go into startFlags, one byte
// per unit: TUpperFirst, TDigitFirst and TSpace (a blank, or for unit 0 the
// space carried in, before it). One load per token instead of three bit tests.
// An AVX2 block reads 64 units and tokenizes the first 60 of them (a word's
// case flags sit up to three bits past its end, see tokenizeBlock()): half
// as many blocks as with 32, where each block's set-up cost about as much as
// its tokens.
constexpr int kBlockUnitsAvx2 = 60;

// Non-ASCII units a block reads as punctuation (see tokenizeBlock()).
inline bool blockPunct(char16_t c)
{
    if (c < 0x80)
        return false;
    return (char16_t(c - 0x2010) < 0x18 && c != u'\u2019') || c == u'\u00A3' || c == u'\u00A5' || c == u'\u20AC'
        || c == u'\u20B9';
}

struct BlockMasks
{
    quint64 upper;
    quint64 lower;
    quint64 digit;
    quint64 blank;
    // Units the block leaves to the unit loop: line breaks, apostrophes and
    // units from 0x80 on. They are saturated to bytes: units from 0x80 to
    // 0x7FFF keep their top bit set; the saturation is signed, so units of
    // 0x8000 and above (Hangul, surrogates, fullwidth forms) become 0, which
    // stops the block too (a real NUL unit is left to the unit loop, which
    // reads it as the block would). The bit after the block's last unit is
    // set too, so the block always stops at the first special bit.
    quint64 special;
};

Q_ALWAYS_INLINE BlockMasks blockMasksSse2(const char16_t *d, bool space, quint8 *startFlags)
{
    const __m128i zero = _mm_setzero_si128();
    __m128i bytes[2];
    for (int h = 0; h < 2; ++h)
        bytes[h] = _mm_packus_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(d + 16 * h)),
                                    _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + 16 * h + 8)));
    // Tests are combined in registers, one movemask per half and class.
    auto bits = [](const __m128i (&v)[2]) {
        return unsigned(_mm_movemask_epi8(v[0])) | (unsigned(_mm_movemask_epi8(v[1])) << 16);
    };
    auto mask = [&](auto test) {
        return unsigned(_mm_movemask_epi8(test(bytes[0]))) | (unsigned(_mm_movemask_epi8(test(bytes[1]))) << 16);
    };
    auto eq = [](__m128i b, char c) { return _mm_cmpeq_epi8(b, _mm_set1_epi8(c)); };
    auto inRange = [&](__m128i b, char first, char last) {
        return _mm_cmpeq_epi8(_mm_subs_epu8(_mm_sub_epi8(b, _mm_set1_epi8(first)), _mm_set1_epi8(char(last - first))), zero);
    };
    __m128i upperV[2];
    __m128i digitV[2];
    __m128i blankV[2];
    for (int h = 0; h < 2; ++h) {
        upperV[h] = inRange(bytes[h], 'A', 'Z');
        digitV[h] = inRange(bytes[h], '0', '9');
        // '\t' to '\r': the line breaks among them are special, and nothing at
        // or after a special unit is read from these masks
        blankV[h] = _mm_or_si128(eq(bytes[h], ' '), inRange(bytes[h], '\t', '\r'));
    }
    {
        const __m128i carried = _mm_cvtsi32_si128(space ? 0xFF : 0);
        const __m128i blankBefore0 = _mm_or_si128(_mm_slli_si128(blankV[0], 1), carried);
        const __m128i blankBefore1 = _mm_or_si128(_mm_slli_si128(blankV[1], 1), _mm_srli_si128(blankV[0], 15));
        const __m128i spaceBits[2] = {blankBefore0, blankBefore1};
        for (int h = 0; h < 2; ++h) {
            const __m128i f = _mm_or_si128(
                _mm_or_si128(_mm_and_si128(upperV[h], _mm_set1_epi8(char(TUpperFirst))),
                             _mm_and_si128(digitV[h], _mm_set1_epi8(char(TDigitFirst)))),
                _mm_and_si128(spaceBits[h], _mm_set1_epi8(char(TSpace))));
            _mm_store_si128(reinterpret_cast<__m128i *>(startFlags + 16 * h), f);
        }
    }
    BlockMasks m;
    m.upper = bits(upperV);
    m.lower = mask([&](__m128i b) { return inRange(b, 'a', 'z'); });
    m.digit = bits(digitV);
    m.blank = bits(blankV);
    m.special = mask([&](__m128i b) {
        return _mm_or_si128(_mm_or_si128(b, eq(b, '\0')), _mm_or_si128(eq(b, '\''), _mm_or_si128(eq(b, '\n'), eq(b, '\r'))));
    }) | (quint64(1) << 32);
    return m;
}

// AVX2 classifies the 32 units in one register instead of two, where the
// CPU has it (asked once; the SSE2 path is the baseline). Not forced inline:
// GCC inlines it into tokenizeAvx2(), whose target allows it. No lambdas in
// here: they would not take the function's target.
#if defined(__GNUC__) && !defined(DEALSCOPE_NO_AVX2)
#define DEALSCOPE_TOKENIZE_AVX2 1

// The byte constants of the AVX2 block, made once and read from memory:
// GCC would otherwise rebuild each of them in every block (three
// instructions each, where a memory operand costs none).
struct Avx2Bytes
{
    __m256i upperFirst, letterSpan, digitFirst, digitSpan, lowerFirst, space, tabFirst, tabSpan, apostrophe, lineFeed,
        carriageReturn, upperFlag, digitFlag, spaceFlag;
};

__attribute__((target("avx2"))) inline void makeAvx2Bytes(Avx2Bytes *k)
{
    *k = Avx2Bytes{_mm256_set1_epi8('A'),
                   _mm256_set1_epi8('Z' - 'A'),
                   _mm256_set1_epi8('0'),
                   _mm256_set1_epi8('9' - '0'),
                   _mm256_set1_epi8('a'),
                   _mm256_set1_epi8(' '),
                   _mm256_set1_epi8('\t'),
                   _mm256_set1_epi8('\r' - '\t'),
                   _mm256_set1_epi8('\''),
                   _mm256_set1_epi8('\n'),
                   _mm256_set1_epi8('\r'),
                   _mm256_set1_epi8(char(TUpperFirst)),
                   _mm256_set1_epi8(char(TDigitFirst)),
                   _mm256_set1_epi8(char(TSpace))};
    // Opaque to the compiler, so it reads them instead of rebuilding them.
    for (__m256i *v : {&k->upperFirst, &k->letterSpan, &k->digitFirst, &k->digitSpan, &k->lowerFirst, &k->space,
                       &k->tabFirst, &k->tabSpan, &k->apostrophe, &k->lineFeed, &k->carriageReturn, &k->upperFlag,
                       &k->digitFlag, &k->spaceFlag})
        asm("" : "+x"(*v));
}

__attribute__((target("avx2"))) const Avx2Bytes &avx2Bytes()
{
    static Avx2Bytes bytes;
    static const bool made = (makeAvx2Bytes(&bytes), true);
    Q_UNUSED(made);
    return bytes;
}

__attribute__((target("avx2"))) inline __m256i inRangeAvx2(__m256i b, __m256i first, __m256i span)
{
    return _mm256_cmpeq_epi8(_mm256_subs_epu8(_mm256_sub_epi8(b, first), span), _mm256_setzero_si256());
}

// The 64 units at d as bytes, in order: packus works per 128-bit lane, so
// the quarters come out as units 0-7, 16-23, 8-15, 24-31 and are put back.
__attribute__((target("avx2"))) inline __m256i unitBytesAvx2(const char16_t *d)
{
    return _mm256_permute4x64_epi64(_mm256_packus_epi16(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(d)),
                                                        _mm256_loadu_si256(reinterpret_cast<const __m256i *>(d + 16))),
                                    0xD8);
}

__attribute__((target("avx2"))) inline quint64 bits64Avx2(__m256i lo, __m256i hi)
{
    return quint64(unsigned(_mm256_movemask_epi8(lo))) | (quint64(unsigned(_mm256_movemask_epi8(hi))) << 32);
}

// The startFlags of 32 units (see BlockMasks), `blankBefore` the blanks one
// unit on.
__attribute__((target("avx2"))) inline void startFlagsAvx2(__m256i upperV, __m256i digitV, __m256i blankBefore,
                                                           const Avx2Bytes &k, quint8 *startFlags)
{
    const __m256i f = _mm256_or_si256(
        _mm256_or_si256(_mm256_and_si256(upperV, k.upperFlag), _mm256_and_si256(digitV, k.digitFlag)),
        _mm256_and_si256(blankBefore, k.spaceFlag));
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(startFlags), f);
}

__attribute__((target("avx2"))) inline __m256i specialAvx2(__m256i bytes, const Avx2Bytes &k)
{
    return _mm256_or_si256(_mm256_or_si256(bytes, _mm256_cmpeq_epi8(bytes, _mm256_setzero_si256())),
                           _mm256_or_si256(_mm256_cmpeq_epi8(bytes, k.apostrophe),
                                           _mm256_or_si256(_mm256_cmpeq_epi8(bytes, k.lineFeed),
                                                           _mm256_cmpeq_epi8(bytes, k.carriageReturn))));
}

__attribute__((target("avx2"))) inline BlockMasks blockMasksAvx2(const char16_t *d, bool space, quint8 *startFlags,
                                                                 const Avx2Bytes &k)
{
    const __m256i bytes0 = unitBytesAvx2(d);
    const __m256i bytes1 = unitBytesAvx2(d + 32);
    const __m256i upper0 = inRangeAvx2(bytes0, k.upperFirst, k.letterSpan);
    const __m256i upper1 = inRangeAvx2(bytes1, k.upperFirst, k.letterSpan);
    const __m256i digit0 = inRangeAvx2(bytes0, k.digitFirst, k.digitSpan);
    const __m256i digit1 = inRangeAvx2(bytes1, k.digitFirst, k.digitSpan);
    const __m256i blank0 = _mm256_or_si256(_mm256_cmpeq_epi8(bytes0, k.space), inRangeAvx2(bytes0, k.tabFirst, k.tabSpan));
    const __m256i blank1 = _mm256_or_si256(_mm256_cmpeq_epi8(bytes1, k.space), inRangeAvx2(bytes1, k.tabFirst, k.tabSpan));
    // The blanks one unit on: alignr shifts within lanes, so each lane's
    // first byte is brought from the lane before it (the carried space for
    // unit 0).
    startFlagsAvx2(upper0, digit0,
                   _mm256_or_si256(_mm256_alignr_epi8(blank0, _mm256_permute2x128_si256(blank0, blank0, 0x08), 15),
                                   _mm256_setr_epi32(space ? 0xFF : 0, 0, 0, 0, 0, 0, 0, 0)),
                   k, startFlags);
    startFlagsAvx2(upper1, digit1, _mm256_alignr_epi8(blank1, _mm256_permute2x128_si256(blank0, blank1, 0x21), 15), k,
                   startFlags + 32);
    BlockMasks m;
    m.upper = bits64Avx2(upper0, upper1);
    m.lower = bits64Avx2(inRangeAvx2(bytes0, k.lowerFirst, k.letterSpan), inRangeAvx2(bytes1, k.lowerFirst, k.letterSpan));
    m.digit = bits64Avx2(digit0, digit1);
    m.blank = bits64Avx2(blank0, blank1);
    m.special = bits64Avx2(specialAvx2(bytes0, k), specialAvx2(bytes1, k)) | (~quint64(0) << kBlockUnitsAvx2);
    return m;
}

bool cpuHasAvx2()
{
    static const bool has = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") != 0;
    }();
    return has;
}
#endif

// Tokenizes the 32 units at p (60 with AVX2) when they are plain ASCII prose, from bit
// masks of the block instead of unit by unit: word starts and ends come from
// counting bits, with no loop over the units of a word. Stops before anything the unit-by-unit loop must decide (a
// line break, an apostrophe, a non-ASCII unit, a word that reaches the end
// of the block) and returns where it stopped; p itself when nothing was done.
template<bool Avx2, typename EndsSentence, typename Bytes>
Q_ALWAYS_INLINE qsizetype tokenizeBlock(const char16_t *d, qsizetype p, qsizetype to, TokenBuffer &out, bool *space,
                                        bool *sentence, quint32 *seen, EndsSentence &endsSentence, const Bytes &bytes)
{
    alignas(32) quint8 startFlags[64];
    BlockMasks masks;
#if defined(DEALSCOPE_TOKENIZE_AVX2)
    if constexpr (Avx2)
        masks = blockMasksAvx2(d + p, *space, startFlags, bytes);
    else
#endif
        masks = blockMasksSse2(d + p, *space, startFlags);
    const quint64 upper = masks.upper;
    const quint64 lower = masks.lower;
    const quint64 word = upper | lower | masks.digit;
    const quint64 blank = masks.blank;
    quint64 special = masks.special;
    int limit = __builtin_ctzll(special); // the bit after the block is set
    // Dashes, quotes, bullets (U+2010 to U+2027 but the apostrophe U+2019)
    // and the signs £ ¥ € ₹ are one-unit punctuation tokens in the unit loop
    // too: the block reads them instead of stopping (one unit in ~400 of
    // news text; its masks hold them as no word, no blank).
    while (limit < (Avx2 ? kBlockUnitsAvx2 : 32) && blockPunct(d[p + limit])) {
        special &= special - 1;
        limit = __builtin_ctzll(special);
    }
    const quint64 before = (quint64(1) << limit) - 1; // the units read here
    // Tokens start at the first unit of each word and at each punctuation
    // unit; only blanks lie between tokens.
    quint64 starts = ((word & ~(word << 1)) | ~(word | blank)) & before;
    int stop = limit;
    // A word that reaches the limit may go on past it (into the next block,
    // or through an apostrophe or a non-ASCII letter): the unit loop reads
    // it, so the block stops at its start, found here once rather than
    // tested for at every word.
    if (limit > 0 && ((word >> (limit - 1)) & 1u)) {
        const quint64 notWord = ~word & before;
        stop = notWord ? 64 - __builtin_clzll(notWord) : 0;
        starts &= (quint64(1) << stop) - 1;
    }
    // At most a token per unit: room for them is made once, and they are
    // written through a local pointer with the state in locals, so no store
    // of a token makes the compiler reload the buffer's size or the flags.
    const qsizetype first = qsizetype(out.size());
    Tok *const base = out.room(Avx2 ? 64 : 32);
    Tok *t = base;
    quint32 sent = *sentence ? quint32(TSentence) : 0u;
    // Per word, bit e of these marks the unit after it (e <= stop): adding
    // a run's own bits to a run of ones carries exactly into the unit after
    // it, and into nothing else (carries of words past `stop` may be lost at
    // bit 63; no word past it is read). So a word's end, and whether it holds
    // a capital or a lower-case letter, are each one shift, not a mask per word.
    quint64 ends = (word + (word & ~(word << 1))) & ~word;
    // Word ends are two units apart at least, so both go into one mask, the
    // capital's bit shifted to THasUpper and the lower-case one to THasLower:
    // the bits around a word end are clear in both. A block reads at most 60
    // units, so e + 3 stays below 64.
    static_assert(THasUpper == 1u << 2 && THasLower == 1u << 3);
    const quint64 caseAfter = (((word + upper) & ~word) << 2) | (((word + lower) & ~word) << 3);
    while (starts) {
        const int i = __builtin_ctzll(starts);
        starts &= starts - 1;
        const quint32 startFlag = startFlags[i];
        if (!((word >> i) & 1u)) {
            // A one-unit punctuation token; ". ", "! ", "? ", ": " end a
            // sentence unless a full stop follows an abbreviation.
            const qsizetype at = p + i;
            const char16_t c = d[at];
            *t++ = Tok{at, at + 1, (startFlag & TSpace) | (quint32(c) << kPunctShift), kLexNotLooked};
            if (c == u'.' || c == u'!' || c == u'?' || c == u':') {
                const bool atEnd = at + 1 >= to || (charClass(d[at + 1]) & CSpace);
                const qsizetype prev = first + (t - base) - 2;
                if (atEnd && (c != u'.' || prev < 0 || endsSentence(prev)))
                    sent = TSentence;
            }
            continue;
        }
        // Words come in the order of their ends: this word's is the lowest left.
        const int e = __builtin_ctzll(ends);
        ends &= ends - 1;
        // Flags without branches: capitals, lower case and digits mix
        // unpredictably from word to word.
        const quint32 flags = TWord | (quint32(caseAfter >> e) & (THasUpper | THasLower)) | startFlag | sent;
        *t++ = Tok{p + i, p + e, flags, kLexNotLooked};
        sent = 0;
    }
    out.commit(size_t(t - base));
    *sentence = sent != 0;
    // The units read are tokens and blanks, and no word reaches `stop`: a
    // blank before it carries over (a punctuation token there does not).
    if (upper & ((quint64(1) << stop) - 1))
        *seen |= THasUpper;
    if (stop > 0)
        *space = (blank >> (stop - 1)) & 1u;
    return p + stop;
}
#endif

// Splits the line starting at `from` into word tokens (letters and digits,
// with inner apostrophes), possessive "'s" tokens and one-character
// punctuation tokens, and returns where the line ends (a line break or the
// end of the text). `endsSentence(i)` tells whether a full stop after word
// token i ends a sentence. *wordFlags gets THasUpper when a word holds a
// capital (and maybe other word flags), so a line without capitals is
// skipped without a second pass.
// `bytes`: the block's constants (Avx2Bytes), or nothing for SSE2.
template<bool Avx2, typename EndsSentence, typename Bytes>
Q_ALWAYS_INLINE qsizetype tokenize(QStringView s, qsizetype from, TokenBuffer &out, quint32 *wordFlags,
                                   EndsSentence endsSentence, const Bytes &bytes)
{
    Q_UNUSED(bytes); // without SSE2
    out.clear();
    quint32 seen = 0;
    const qsizetype to = s.size();
    const QChar *d = s.data();
    bool space = true;
    bool sentence = true;
    qsizetype p = from;
    while (p < to) {
#if defined(__SSE2__)
        // A block starting on a unit it leaves to this loop (an apostrophe,
        // a line break, a non-ASCII unit below 0x8000) would do nothing:
        // about one block in four, at every such unit.
        const char16_t c0 = d[p].unicode();
        if (p + (Avx2 ? 64 : 32) <= to && (c0 < 0x80 ? !(kAscii.c[c0] & CBlockStop) : c0 >= 0x8000)) {
            const qsizetype q = tokenizeBlock<Avx2>(reinterpret_cast<const char16_t *>(d), p, to, out, &space, &sentence,
                                                    &seen, endsSentence, bytes);
            if (q != p) {
                p = q;
                continue;
            }
        }
#endif
        const char16_t c = d[p].unicode();
        if (c == u' ') { // the most common character by far
            space = true;
            ++p;
            continue;
        }
        const quint8 k = charClass(c);
        if (k & CSpace) {
            if (isLineBreak(c)) {
                *wordFlags = seen;
                return p;
            }
            space = true;
            ++p;
            continue;
        }
        if (k & CWord) {
            // Start and flags live in locals until the token is complete: building
            // the Tok in memory bit by bit stalled the store to the vector.
            const qsizetype start = p;
            quint32 flags = TWord;
            if (k & CUpper)
                flags |= TUpperFirst | THasUpper;
            else if (k & CLower)
                flags |= THasLower;
            else if (k & CDigit)
                flags |= TDigitFirst;
            ++p;
            while (p < to) {
                // Fast path: a run of ASCII letters and digits.
                quint32 acc = 0;
                p = asciiWordRun(reinterpret_cast<const char16_t *>(d), p, to, &acc);
                flags |= acc & (THasUpper | THasLower);
                if (p >= to)
                    break;
                const char16_t e = d[p].unicode();
                const quint8 ke = charClass(e);
                if (ke & CWord) {
                    flags |= wordFlagsOf(ke);
                    ++p;
                    continue;
                }
                if (isApostrophe(e) && p + 1 < to && (charClass(d[p + 1].unicode()) & (CUpper | CLower))) {
                    const char16_t n = d[p + 1].unicode();
                    const bool possessive = (n == u's' || n == u'S')
                        && (p + 2 >= to || !(charClass(d[p + 2].unicode()) & CWord));
                    if (possessive)
                        break;
                    ++p; // O'Brien, L'Oréal
                    continue;
                }
                break;
            }
            if (space)
                flags |= TSpace;
            if (sentence)
                flags |= TSentence;
            seen |= flags;
            out.push_back(Tok{start, p, flags, kLexNotLooked});
            space = false;
            sentence = false;
            if (p + 1 < to && d[p].unicode() >= u'\'' && isApostrophe(d[p].unicode()) && (d[p + 1] == u's' || d[p + 1] == u'S')
                && (p + 2 >= to || !(charClass(d[p + 2].unicode()) & CWord))) {
                out.push_back(Tok{p, p + 2, TPossessive, kLexNotLooked});
                p += 2;
            }
            continue;
        }
        const qsizetype len = (QChar::isHighSurrogate(c) && p + 1 < to) ? 2 : 1;
        // A one-unit punctuation token carries its character above the flags.
        const quint32 punct = len == 1 ? quint32(c) << kPunctShift : 0u;
        out.push_back(Tok{p, p + len, (space ? quint32(TSpace) : 0u) | punct, kLexNotLooked});
        if (c == u'.' || c == u'!' || c == u'?' || c == u':') {
            const bool atEnd = p + len >= to || (charClass(d[p + len].unicode()) & CSpace);
            const qsizetype prev = qsizetype(out.size()) - 2;
            if (atEnd && (c != u'.' || prev < 0 || endsSentence(prev)))
                sentence = true;
        }
        space = false;
        p += len;
    }
    *wordFlags = seen;
    return to;
}

// One tokenizer body, compiled for the baseline and, where the CPU has it,
// for AVX2 (the block masks in one register).
template<typename EndsSentence>
Q_NEVER_INLINE qsizetype tokenizeBaseline(QStringView s, qsizetype from, TokenBuffer &out, quint32 *wordFlags,
                                          EndsSentence endsSentence)
{
    return tokenize<false>(s, from, out, wordFlags, endsSentence, 0);
}

#if defined(DEALSCOPE_TOKENIZE_AVX2)
template<typename EndsSentence>
__attribute__((target("avx2"))) Q_NEVER_INLINE qsizetype tokenizeAvx2(QStringView s, qsizetype from, TokenBuffer &out,
                                                                      quint32 *wordFlags, EndsSentence endsSentence)
{
    return tokenize<true>(s, from, out, wordFlags, endsSentence, avx2Bytes());
}
#endif

template<typename EndsSentence>
qsizetype tokenizeLine(QStringView s, qsizetype from, TokenBuffer &out, quint32 *wordFlags, EndsSentence endsSentence)
{
#if defined(DEALSCOPE_TOKENIZE_AVX2)
    if (cpuHasAvx2())
        return tokenizeAvx2(s, from, out, wordFlags, endsSentence);
#endif
    return tokenizeBaseline(s, from, out, wordFlags, endsSentence);
}

struct Memory
{
    qsizetype learnedAt = 0; // where the text taught the name
    QString key;
    QString name;
    EntityType type = EntityType::Organisation;
    QString partOf;
    bool known = false;
};

struct Pending
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool sentenceStart = false; // a lone capitalised word may just open a sentence
    bool hasFallback = false;   // what it is if the text teaches nothing else
    EntityMention fallback;
};

// Common words the rules need, by class. Plain ASCII, space separated.
const char kStopWords[] =
    "The A An This That These Those It Its It's Their Our We They He She I You His Her Them Us My Your "
    "In On At For From With By As But And Or Nor If When While After Before Since Until Because Although "
    "Though Despite However Meanwhile Moreover Furthermore Instead Also Still Yet So Thus Then Now Today "
    "Yesterday Tomorrow Here There Where What Why How Who Whom Whose Which Whether Both Each Every Either "
    "Neither Some Many Most Much More Less Few Several All Any No Not None Other Others Another Such Same "
    "Perhaps Maybe Indeed Overall Beyond Under Over Into Onto Through Across Against Among Between Within "
    "Without About Above Below Around Per Via Amid Unlike Like Including Following According Last Next "
    "First Second Third Final New Old One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve "
    "Hundreds Thousands Millions Billions Dozens Half Key Big Read Click Subscribe Sign Share Related "
    "Advertisement Photo Image Source Sources Update Updated Editor Correction Note Published Posted "
    "Summary Context Analysis Opinion Overview Background Conclusion Takeaway Takeaways Highlights Yes "
    "Is Are Was Were Be Been Has Have Had Do Does Did Will Would Can Could Should May Might Must Shall "
    "Let Get Got See Watch Listen Download Join Follow Sponsored Exclusive Breaking Live Video Podcast "
    "Billion Million Trillion Thousand Percent Bn Mn Cr Crore Lakh "
    "January February March April June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat "
    "GPU GPUs CPU CPUs CEO CEOs CFO CFOs CTO COO CIO CMO CSO IPO IPOs API APIs SaaS PaaS IaaS LLM LLMs ML "
    "IT EV EVs ESG PE VC VCs Q1 Q2 Q3 Q4 H1 H2 FY GDP TV PC PCs PR HR B2B B2C SLA SLAs SDK OS UI UX AR VR "
    "XR IoT ARR EBITDA EPS YoY QoQ CAGR GW MW TW kW GWh MWh TWh TB PB USD EUR GBP JPY CNY RMB INR CHF "
    "AUD CAD ETF ETFs AGI GenAI HPC RAM DRAM HBM NAND AM PM ET PT GMT UTC BST CET FAQ FAQs TL DR DC DCs "
    "NB PS OK ID RSS URL PDF CSV JSON Mr Mrs Ms Mx Dr Prof Sir Dame Chief President Chairman Chairwoman "
    "Founder Minister Secretary Senator Governor Mayor Director Investors Analysts Shareholders "
    "Regulators Officials Executives Customers Employees Lawmakers Critics Users Developers Companies "
    "Firms Banks Startups Experts Observers Researchers Engineers Founders Sellers Buyers Traders Stocks "
    "Shares Markets Sales Revenue Profit Prices Details Terms Government Congress Parliament Cabinet "
    "Western Eastern Northern Southern Global International National Federal Public Private Annual "
    "Generative Enterprise Industry Technology Cloud Data Digital Software Hardware Internet Web Online "
    "Artificial Intelligence Machine Learning Chips Chip Deal Deals Partnership Agreement Company Group "
    "Funding Round Valuation Investment Capital Tech Big";
// Nationalities: "Danish renewables developer X" names X, not "Danish"; before
// a capitalised word they may open a name ("Swiss Re", "Korean Air").
const char kDemonyms[] =
    "American British Canadian Mexican Brazilian Argentine Argentinian Chilean Colombian Peruvian French "
    "German Italian Spanish Portuguese Dutch Belgian Swiss Austrian Swedish Norwegian Danish Finnish Irish "
    "Scottish Welsh Polish Czech Slovak Hungarian Romanian Bulgarian Greek Turkish Russian Ukrainian "
    "Israeli Saudi Emirati Qatari Kuwaiti Egyptian Nigerian Kenyan African Indian Pakistani Bangladeshi "
    "Chinese Japanese Korean Taiwanese Vietnamese Thai Indonesian Malaysian Singaporean Filipino "
    "Australian European Asian";
const char kNameTails[] = "AI";
// Stop words that open some company names ("Seven West Media", "First Republic Bank").
const char kNumberWords[] = "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve First Third";
const char kAdverbs[] =
    "Historically Additionally Notably Importantly Separately Similarly Previously Recently Currently "
    "Ultimately Initially Finally Specifically Earlier Later Elsewhere Together Nevertheless Nonetheless "
    "Consequently Accordingly Alternatively Otherwise Crucially Interestingly Clearly Obviously "
    "Analysts Investors";
const char kLegalSuffixes[] =
    "Inc Incorporated Corp Corporation Co Company Ltd Limited LLC LLP LP plc PLC AG SA SE NV BV GmbH KK "
    "Pte Pty Pvt Bhd SpA AB ASA Oyj Srl SAS SARL Holdings Holding Group";
const char kOrgWords[] =
    "Capital Partners Ventures Technologies Technology Tech Labs Lab Systems Bank Bancorp Fund Funds "
    "Investments Management Industries Networks Semiconductor Semiconductors Robotics Therapeutics "
    "Pharmaceuticals Pharmaceutical Biopharma Biopharmaceuticals Pharma Biosciences Biotech Energy Motors Airlines Airways Telecom "
    "Telecommunications Communications Software Solutions Securities Financial Finance Advisors Advisers "
    "Associates Enterprises Electronics Computing Analytics Dynamics Interactive Studios Media "
    "Entertainment Insurance Assurance Trust Authority Agency Commission Council University Institute "
    "Foundation Exchange Power Utilities Resources Mining Logistics Health Healthcare Automation "
    "Aerospace Microsystems Devices Instruments Platforms Brands Foods Beverages Retail Stores "
    "Properties Realty Chemicals Materials Petroleum Microelectronics Biologics Diagnostics Motors Genomics";
const char kInstitutions[] =
    "Bank University Department Ministry Commission Authority Institute Council Agency Bureau Office "
    "Board Court Government Federation Association Union College School Academy Centre Center Fund "
    "Foundation Chamber Administration";
const char kTitles[] =
    "CEO CFO CTO COO CIO CSO CMO chairman chairwoman chairperson chair president founder cofounder "
    "executive director chief analyst spokesperson spokesman spokeswoman minister secretary senator "
    "governor mayor economist head boss officer VP SVP EVP commissioner chancellor premier professor "
    "rep sen gov billionaire tycoon magnate mogul entrepreneur businessman businesswoman financier "
    "philanthropist heiress";
const char kHonorifics[] = "Mr Mrs Ms Mx Dr Prof Sir Dame Lord Lady Sheikh";
const char kSpeechVerbs[] =
    "said says told added noted wrote explained stated argued commented tweeted warned insisted "
    "acknowledged recalled predicted";
const char kDealVerbs[] =
    "raised raises raise raising acquired acquires acquire acquiring invested invests invest investing "
    "agreed agrees signed signs bought buys buy buying led leads secured secures closed closes announced "
    "announces unveiled unveils launched launches backed backs partnered merged merges completed "
    "completes struck strikes won wins sold sells sell selling joined joins valued committed commits "
    "pledged pledges plans planned filed files listed hired owns owned operates operated controls "
    "controlled received receives obtained obtains teamed inked inks expanded expands deepened doubled "
    "tripled debuted reported reports confirmed declined pay pays paid paying licensed licenses entered enters";
const char kAuxiliaries[] =
    "has have had will would also is was are were just already recently reportedly previously quietly "
    "officially formally jointly finally successfully today yesterday could may might has been";
const char kOrgNouns[] =
    "startup company firm maker chipmaker carmaker automaker developer provider lender bank insurer "
    "operator fund investor conglomerate giant unicorn rival rivals competitor supplier manufacturer "
    "carrier retailer subsidiary unit owner parent lab laboratory outfit business producer utility "
    "hyperscaler partner backer acquirer buyer bidder shareholder vendor contractor brand studio "
    "publisher broadcaster network telco miner agency regulator watchdog platform marketplace exchange "
    "group";
const char kOrgPlurals[] =
    "clients customers companies firms investors backers partners players rivals competitors providers "
    "startups banks lenders funds labs hyperscalers suppliers makers chipmakers groups brands tenants "
    "buyers bidders shareholders participants names peers giants vendors operators carriers automakers "
    "insurers developers manufacturers publishers";
const char kProductNouns[] =
    "platform chip chips model models processor processors accelerator accelerators GPU GPUs CPU CPUs "
    "TPU TPUs app apps assistant chatbot software tool system engine device devices phone phones "
    "smartphone smartphones headset glasses robot robots car cars vehicle browser suite framework agent "
    "agents family series console satellite satellites supercomputer superchip superchips server servers "
    "service";
const char kConnectors[] = "of de du van von der den del da di dos das bin al";
const char kExchanges[] =
    "NYSE Nasdaq LSE TSX TSE HKEX HKG SEHK TYO KRX KOSPI KOSDAQ SIX ETR FRA XETRA ASX NSE BSE SGX "
    "Euronext EPA AMS BIT BME OTC OTCQX AMEX";
const char kListLeads[] = "including includes include like notably namely";
const char kPrepIn[] = "invested invest invests investing investment investments stake stakes shares interest position bet";
const char kPrepWith[] =
    "agreement agreements deal deals partnership partnered partnering pact alliance venture talks "
    "negotiations discussions collaboration contract contracts merger merge merged merging arrangement "
    "ties relationship teamed";
const char kPrepBy[] = "led backed acquired bought owned funded financed controlled";
const char kPrepFrom[] =
    "investment investments funding financing backing capital money commitment commitments stake offer "
    "bid loan loans raised raises raise raising secured secures received receives";
const char kPrepOf[] =
    "acquisition purchase takeover owner parent shareholder unit subsidiary division spinoff rival backer "
    "sale shares stock offer offers bid bids";
const char kPayVerbs[] = "pay pays paid paying";
const char kDirectObjects[] =
    "acquire acquired acquires acquiring buy buys bought buying purchase purchased purchasing sued sue "
    "suing joined joins backed funded financed";

} // namespace

struct EntityExtractor::Item
{
    enum Kind { Known, Unknown, Ticker };
    Kind kind = Unknown;
    qsizetype first = 0; // token indexes, inclusive
    qsizetype last = 0;
    qsizetype entry = -1;
    int words = 0;
    bool decided = false;
    EntityType type = EntityType::Organisation;
    bool weak = false; // a person only if the text does not name it a company elsewhere
    bool fromMemory = false; // decided by a name the text taught earlier
    bool dottedLegalForm = false; // followed by an abbreviated legal form ("N.V.", "S.p.A.", "A/S")
    QString name; // for decided unknown items and versioned products
    QString partOf;

    bool isOrg() const { return (kind == Known || decided) && type == EntityType::Organisation; }
};

// Per-call state; extract() builds one, so concurrent calls share nothing
// but the read-only extractor.
struct EntityExtractor::Scan
{
    const EntityExtractor &ex;
    QStringView text;
    TokenBuffer toks;
    std::vector<Item> items;
    QList<EntityMention> out;
    std::vector<Pending> pending;
    QHash<quint64, Memory> memory;
    // Bit min(n, 63) set when a key of n units is remembered: a name of
    // another length cannot be one, and skips the hash and the look-up.
    quint64 memoryLengths = 0;
    bool mayRemember(QStringView w) const { return (memoryLengths >> std::min<qsizetype>(w.size(), 63)) & 1u; }

    Scan(const EntityExtractor &e, QStringView t) : ex(e), text(t) { }

    qsizetype size() const { return qsizetype(toks.size()); }
    QStringView view(qsizetype i) const { return text.sliced(toks[i].start, toks[i].end - toks[i].start); }
    QStringView span(qsizetype a, qsizetype b) const
    {
        return text.sliced(toks[a].start, toks[b].end - toks[a].start);
    }
    // One unsigned compare covers both ends (i < 0 wraps to a huge size_t).
    bool inRange(qsizetype i) const { return size_t(i) < toks.size(); }
    quint32 flags(qsizetype i) const { return inRange(i) ? toks[i].flags : 0u; }
    bool isWord(qsizetype i) const { return flags(i) & TWord; }
    bool isLowerWord(qsizetype i) const { return isWord(i) && !(flags(i) & THasUpper); }
    bool isCap(qsizetype i) const
    {
        const quint32 f = flags(i);
        return (f & TWord) && ((f & TUpperFirst) || ((f & TDigitFirst) && (f & THasUpper)));
    }
    // Inlined: the rules ask these of neighbouring tokens all the time.
    Q_ALWAYS_INLINE bool isPunct(qsizetype i, char16_t c) const
    {
        if (!inRange(i))
            return false;
        const quint32 f = toks[i].flags;
        return !(f & (TWord | TPossessive)) && (f >> kPunctShift) == c;
    }
    bool isPossessive(qsizetype i) const { return flags(i) & TPossessive; }
    // Inlined test before matchVersioned(): few words end in a digit.
    bool endsInDigit(qsizetype i) const { return QChar::isDigit(char32_t(text[toks[i].end - 1].unicode())); }
    // Inlined (the rules ask it of many tokens); the first lookup of a token
    // is out of line in lookUp().
    Q_ALWAYS_INLINE qint32 lexIndex(qsizetype i)
    {
        const qint32 lex = toks[i].lex;
        return lex == kLexNotLooked ? lookUp(i) : lex;
    }
    qint32 lookUp(qsizetype i)
    {
        Tok &t = toks[i];
        t.lex = (t.flags & TWord) ? ex.lookupIndex(view(i), text.size() - t.start) : kLexNone;
        return t.lex;
    }
    Q_ALWAYS_INLINE quint32 classes(qsizetype i)
    {
        if (!inRange(i))
            return 0;
        const qint32 lex = lexIndex(i);
        return lex >= 0 ? ex.m_lexInfo[size_t(lex)] & ~kHasAliases : 0u;
    }
    // w in lower case; a literal's length is known at compile time (a
    // QStringView built from it would count it at run time).
    template<size_t N>
    bool wordIs(qsizetype i, const char16_t (&w)[N]) const
    {
        return isWord(i) && equalsFolded(view(i), QStringView(w, qsizetype(N - 1)));
    }

    void run();
    qsizetype line(qsizetype from);
    // A ticker where token i stands: "(KIWI)", "NASDAQ: KIWI". Its shape is
    // tested inline (most capitalised words hold a lower-case letter).
    bool tickerContext(qsizetype i) const
    {
        return (flags(i) & (TWord | THasLower)) == TWord && toks[i].end - toks[i].start <= 6 && tickerAround(i);
    }
    bool tickerAround(qsizetype i) const;
    bool tokenMatches(qsizetype i, const AliasToken &a, bool first) const;
    // The tokens of the longest gazetteer alias starting at token i (0 when
    // none), its index in *aliasIndex. Whether any alias starts with the
    // word is told inline: most capitalised words start none.
    qsizetype matchAlias(qsizetype i, qsizetype *aliasIndex)
    {
        const qint32 lex = lexIndex(i);
        return lex >= 0 && (ex.m_lexInfo[size_t(lex)] & kHasAliases) ? matchAliasOf(i, ex.m_lexEntries[size_t(lex)], aliasIndex)
                                                                      : 0;
    }
    qsizetype matchAliasOf(qsizetype i, const LexEntry &le, qsizetype *aliasIndex);
    qsizetype matchVersioned(qsizetype i, qsizetype *entry) const;
    void buildItems();
    void classify(Item &item, qsizetype index);
    bool personEvidence(const Item &item, bool *weak);
    bool orgEvidence(const Item &item, qsizetype index);
    // "N.V.", "S.A.", "S.p.A." at token k. Inlined: after nearly every name
    // stands something else, which its first token tells.
    bool dottedLegalFormAt(qsizetype k) const
    {
        return isCap(k) && (flags(k) & TSpace) && toks[k].end - toks[k].start == 1 && isPunct(k + 1, u'.')
            && dottedLettersAt(k);
    }
    bool dottedLettersAt(qsizetype k) const;
    // "A/S", "S/A", "K/S" at token k: the token after it, or k when there is none.
    qsizetype slashedLegalFormEnd(qsizetype k) const
    {
        const auto letter = [this](qsizetype t) { return isCap(t) && toks[t].end - toks[t].start == 1; };
        return letter(k) && isPunct(k + 1, u'/') && !(flags(k + 1) & TSpace) && letter(k + 2)
                && !(flags(k + 2) & TSpace)
            ? k + 3
            : k;
    }
    void unifyShortNames();
    void productEvidence(Item &item, qsizetype index);
    void mergeWithKnown();
    void propagate();
    void flush();
    // `keyString`: key as a QString to share, when the caller holds one.
    void remember(qsizetype learnedAt, QStringView key, const QString &name, EntityType type,
                  const QString &partOf, bool known, const QString *keyString = nullptr);
    void resolvePending();
    QString unknownName(const Item &item);
};

bool EntityExtractor::Scan::tickerAround(qsizetype i) const
{
    if (isPunct(i - 1, u'(') && isPunct(i + 1, u')'))
        return true;
    if (isPunct(i - 1, u':') && isWord(i - 2) && (ex.classesOf(view(i - 2)) & Exchange))
        return true;
    return false;
}

// Inlined into its one caller, matchAlias(): a call per alias token cost
// more than the test itself.
Q_ALWAYS_INLINE bool EntityExtractor::Scan::tokenMatches(qsizetype i, const AliasToken &a, bool first) const
{
    const Tok &t = toks[i];
    if (a.word != bool(t.flags & TWord))
        return false;
    const QStringView w = view(i);
    if (!a.word) {
        if (t.flags & TPossessive)
            return a.text.size() == 2 && isApostrophe(a.text.at(0).unicode());
        return w == a.text;
    }
    if (a.exact)
        return w == a.text;
    // The first token was found through its lexicon entry, which already
    // compared it with the same folded word.
    if (!(first && a.foldedAsEntry) && !equalsFolded(w, a.folded))
        return false;
    if (a.upper && !(t.flags & THasUpper))
        return false; // "apple", "oracle", "arm" are words, not names
    if (first && a.upper && !(t.flags & (TUpperFirst | TDigitFirst)))
        return false;
    // Shouting a short mixed-case name is more often another word ("ARM").
    if (!(t.flags & THasLower) && a.shortMixed)
        return false;
    return true;
}

qsizetype EntityExtractor::Scan::matchAliasOf(qsizetype i, const LexEntry &le, qsizetype *aliasIndex)
{
    const qsizetype n = size();
    quint64 nextKey = 0; // the next token's key, once an alias asks (1 when it is no word: no key is 1)
    for (qsizetype ai : le.aliases) {
        const Alias &a = ex.m_aliases.at(ai);
        const qsizetype len = a.tokens.size();
        if (i + len > n)
            continue;
        if (a.secondKey) {
            if (!nextKey) {
                const Tok &t = toks[i + 1];
                if (!(t.flags & TWord))
                    nextKey = 1;
                else if (!packedKeyOf(text.utf16() + t.start, t.end - t.start, text.size() - t.start, &nextKey))
                    nextKey = lexKey(view(i + 1));
            }
            if (nextKey != a.secondKey)
                continue;
        }
        if (a.ticker && !tickerContext(i))
            continue;
        bool ok = true;
        for (qsizetype k = 0; k < len && ok; ++k) {
            const AliasToken &at = a.tokens.at(k);
            if (k > 0) {
                const bool glued = !(toks[i + k].flags & TSpace);
                if (glued != at.glued)
                    ok = false;
            }
            ok = ok && tokenMatches(i + k, at, k == 0);
        }
        if (!ok)
            continue;
        // A name glued to a following word piece is another word ("Metaverse"
        // is one token anyway; "Intel-inside" is fine, "AT&Tx" is not).
        *aliasIndex = ai;
        return len;
    }
    return 0;
}

// "Xeon6", "GPT-5": a listed product with a version number.
qsizetype EntityExtractor::Scan::matchVersioned(qsizetype i, qsizetype *entry) const
{
    const QStringView w = view(i);
    qsizetype cut = w.size();
    while (cut > 0 && w.at(cut - 1).isDigit())
        --cut;
    if (cut == w.size() || cut < 3)
        return 0;
    const QStringView base = w.first(cut);
    const LexEntry *le = ex.lookup(base);
    if (!le)
        return 0;
    for (qsizetype ai : le->aliases) {
        const Alias &a = ex.m_aliases.at(ai);
        if (a.tokens.size() != 1 || a.ticker)
            continue;
        const Gazetteer::Entry &e = ex.m_gazetteer.entries().at(a.entry);
        if (e.type != EntityType::Product)
            continue;
        const QString &at = a.tokens.first().text;
        if (a.tokens.first().exact ? base == at : equalsFolded(base, a.tokens.first().folded)) {
            *entry = a.entry;
            return 1;
        }
    }
    return 0;
}

void EntityExtractor::Scan::run()
{
    const qsizetype n = text.size();
    qsizetype from = 0;
    while (from < n) {
        from = line(from) + 1;
    }
    const qsizetype before = out.size();
    resolvePending();
    if (out.size() == before)
        return;
    const auto byStart = [](const EntityMention &a, const EntityMention &b) { return a.start < b.start; };
    // Both parts come out in text order, so merging them is enough; sorting
    // shuffled the already ordered mentions (and moved their strings) at
    // length. Only where a start repeats could the merge order differ from
    // the sort's, so that case still sorts.
    const auto mid = out.begin() + before;
    const auto strictlyIncreasing = [](auto from, auto to) {
        return std::adjacent_find(from, to, [](const EntityMention &a, const EntityMention &b) {
                   return a.start >= b.start;
               }) == to;
    };
    bool distinct = strictlyIncreasing(out.begin(), mid) && strictlyIncreasing(mid, out.end());
    for (auto a = out.begin(), b = mid; distinct && a != mid && b != out.end();) {
        if (a->start == b->start)
            distinct = false;
        else if (a->start < b->start)
            ++a;
        else
            ++b;
    }
    if (distinct)
        std::inplace_merge(out.begin(), mid, out.end(), byStart);
    else
        std::sort(out.begin(), out.end(), byStart);
}

qsizetype EntityExtractor::Scan::line(qsizetype from)
{
    quint32 wordFlags = 0;
    const qsizetype end = tokenizeLine(text, from, toks, &wordFlags, [this](qsizetype prev) {
        // "Inc.", "Mr.", "U.S." do not end a sentence.
        const Tok &t = toks[prev];
        if ((t.flags & (TWord | TUpperFirst)) != (TWord | TUpperFirst) || t.end - t.start > 4)
            return true;
        if (t.end - t.start == 1)
            return false;
        // Not committed yet, so looked up here, where the text goes on.
        const qint32 lex = ex.lookupIndex(view(prev), text.size() - t.start);
        return lex < 0 || !(ex.m_lexInfo[size_t(lex)] & (Honorific | LegalSuffix));
    });
    if (!(wordFlags & THasUpper))
        return end;
    items.clear();
    toks.setSentinel(Tok{text.size(), text.size(), TWord | THasUpper, kLexNone});
    buildItems();
    if (items.empty())
        return end;
    mergeWithKnown();
    for (qsizetype k = 0; k < qsizetype(items.size()); ++k) {
        if (items[k].kind == Item::Unknown)
            classify(items[k], k);
    }
    propagate();
    // "Goldman Sachs Alternatives" in a list of investors: a unit of the
    // listed company rather than a company of its own called "Alternatives".
    for (qsizetype k = 0; k + 1 < qsizetype(items.size()); ++k) {
        Item &a = items[k];
        Item &b = items[k + 1];
        if (a.kind != Item::Known || a.type != EntityType::Organisation || b.kind != Item::Unknown || !b.decided
            || b.type != EntityType::Organisation || b.first != a.last + 1 || !(flags(b.first) & TSpace)
            || !b.partOf.isEmpty())
            continue;
        b.partOf = ex.m_gazetteer.entries().at(a.entry).name;
        b.first = a.first;
        b.words += 1;
        b.name = unknownName(b);
        items.erase(items.begin() + k);
    }
    flush();
    return end;
}

void EntityExtractor::Scan::buildItems()
{
    const qsizetype n = size();
    qsizetype i = 0;
    qsizetype numberWord = -1; // the last capitalised number word passed over
    while (i < n) {
        // Only words holding a capital start an item: a tight loop over the
        // others, which line() ends with a sentinel holding one.
        const Tok *t = &toks[i];
        while ((~t->flags & (TWord | THasUpper)) != 0)
            ++t;
        i = t - toks.begin();
        if (i >= n)
            break;
        const quint32 f = toks[i].flags;
        // "(NASDAQ: KIWI)": the exchange is not an entity of the article.
        if (isPunct(i + 1, u':') && (classes(i) & Exchange)) {
            ++i;
            continue;
        }
        qsizetype ai = -1;
        qsizetype len = matchAlias(i, &ai);
        // "US$5bn", "HK$" are currencies, not places.
        if (len > 0 && isPunct(i + len, u'$') && !(flags(i + len) & TSpace))
            len = 0;
        if (len > 0) {
            Item it;
            it.kind = Item::Known;
            it.first = i;
            it.last = i + len - 1;
            it.entry = ex.m_aliases.at(ai).entry;
            const Gazetteer::Entry &e = ex.m_gazetteer.entries().at(it.entry);
            it.type = e.type;
            // "GPT-5" when only "GPT" is listed.
            if (e.type == EntityType::Product && len == 1 && isPunct(i + 1, u'-') && !(flags(i + 1) & TSpace)
                && (flags(i + 2) & TDigitFirst) && !(flags(i + 2) & TSpace)) {
                it.last = i + 2;
                it.name = span(i, i + 2).toString();
            }
            // "Deutsche Telekom AG", "Nvidia Corp." keep the listed name.
            if (e.type == EntityType::Organisation) {
                while (isCap(it.last + 1) && (flags(it.last + 1) & TSpace)
                       && (classes(it.last + 1) & LegalSuffix) && !(classes(it.last + 1) & OrgWord)) {
                    ++it.last;
                    if (isPunct(it.last + 1, u'.') && !(flags(it.last + 1) & TSpace) && view(it.last).size() <= 4
                        && !isAllCaps(view(it.last)))
                        ++it.last;
                }
            }
            // "Novo Nordisk A/S": the legal form is read past, never a name of its own
            const qsizetype next
                = e.type == EntityType::Organisation ? slashedLegalFormEnd(it.last + 1) : it.last + 1;
            it.dottedLegalForm = next > it.last + 1;
            items.push_back(std::move(it));
            i = next;
            continue;
        }
        qsizetype entry = -1;
        if (endsInDigit(i) && matchVersioned(i, &entry)) {
            Item it;
            it.kind = Item::Known;
            it.first = it.last = i;
            it.entry = entry;
            it.type = EntityType::Product;
            it.name = view(i).toString();
            items.push_back(std::move(it));
            ++i;
            continue;
        }
        if (!isCap(i)) {
            ++i;
            continue;
        }
        // "REITs", "SPACs": the plural of an abbreviation is a common noun.
        if (const QStringView w = view(i); w.size() >= 3 && w.size() <= 6 && w.endsWith(u's') && isAllCaps(w.chopped(1))) {
            ++i;
            continue;
        }
        const quint32 c = classes(i);
        if (tickerContext(i) && !(c & (Stop | NameTail)) && view(i).size() <= 5) {
            Item it;
            it.kind = Item::Ticker;
            it.first = it.last = i;
            items.push_back(std::move(it));
            ++i;
            continue;
        }
        // "… and Three will invest": a capitalised number word inside a sentence,
        // a lower-case word after it, is a name; its evidence decides the rest.
        const bool numberName = (c & NumberWord) && !(f & TSentence) && isLowerWord(i + 1);
        if ((c & (Stop | NameTail | LegalSuffix | Title)) && !numberName) {
            // "New" opens names as number words do ("New Era Energy", "Seven West Media").
            if ((c & NumberWord) || wordIs(i, u"new"))
                numberWord = i;
            ++i;
            continue;
        }
        if ((c & Demonym) && !(i + 1 < n && isWord(i + 1) && isCap(i + 1) && (flags(i + 1) & TSpace))) {
            ++i;
            continue;
        }
        if ((f & TSentence) && !(c & GivenName)
            && ((c & Adverb) || (view(i).size() > 4 && view(i).endsWith(QLatin1String("ly"))))) {
            ++i;
            continue;
        }
        // A run of capitalised words on one line.
        Item it;
        it.kind = Item::Unknown;
        it.first = it.last = i;
        it.words = 1;
        qsizetype k = i + 1;
        while (k < n) {
            const quint32 fk = toks[k].flags;
            if ((fk & TWord) && (fk & TSpace) && isCap(k)) {
                if (view(k).size() == 1
                    && ((isPunct(k + 1, u'.') && dottedLegalFormAt(k)) || slashedLegalFormEnd(k) > k))
                    break; // "Kiwi Labs N.V.", "Kiwi Wind A/S"
                const quint32 ck = classes(k);
                if (ck & NameTail) { // "Kiwi AI" ends here
                    it.last = k;
                    ++it.words;
                    ++k;
                    break;
                }
                // A longer common word inside a name that ends like a company
                // ("Better Tomorrow Ventures", "Sixth Street Partners") belongs to it.
                if ((ck & (Stop | Title)) && !(ck & (LegalSuffix | OrgWord))
                    && !((ck & Stop) && view(k).size() >= 5 && k + 1 < n && isWord(k + 1) && isCap(k + 1)
                         && (flags(k + 1) & TSpace) && (classes(k + 1) & (OrgWord | LegalSuffix))))
                    break;
                qsizetype dummy;
                if (matchAlias(k, &dummy) > 0)
                    break;
                it.last = k;
                ++it.words;
                ++k;
                continue;
            }
            // "Louisville Gas and Electric Company": "and" inside a name that ends in
            // "Company", when the words before it do not end like a company themselves.
            if (wordIs(k, u"and") && isCap(k + 1) && (flags(k + 1) & TSpace) && !(classes(it.last) & (OrgWord | LegalSuffix))) {
                qsizetype end = k + 1;
                while (end < k + 3 && isCap(end + 1) && (flags(end + 1) & TSpace) && !wordIs(end, u"company"))
                    ++end;
                if (wordIs(end, u"company") && end > k + 1) {
                    it.words += int(end - k);
                    it.last = end;
                    k = end + 1;
                    break;
                }
            }
            // "Clayton, Dubilier & Rice", "Skadden, Arps, Slate, Meagher & Flom": partners' names
            // joined by commas up to a final "&" are one firm.
            if (isPunct(k, u',') && it.words == 1) {
                qsizetype j = k;
                int names = 0;
                while (names < 4 && isPunct(j, u',') && isCap(j + 1) && (flags(j + 1) & TSpace) && !(classes(j + 1) & Stop)) {
                    j += 2;
                    ++names;
                }
                if (names > 0 && isPunct(j, u'&') && isCap(j + 1) && !(classes(j + 1) & Stop)) {
                    it.last = j + 1;
                    it.words += names + 1;
                    k = j + 2;
                    continue;
                }
            }
            // "Procter & Gamble", "AT&T"
            if (isPunct(k, u'&') && isCap(k + 1) && !(classes(k + 1) & Stop)) {
                it.last = k + 1;
                ++it.words;
                k += 2;
                continue;
            }
            // "Rolls-Royce"
            if (isPunct(k, u'-') && !(fk & TSpace) && isCap(k + 1) && !(flags(k + 1) & TSpace)) {
                it.last = k + 1;
                k += 2;
                continue;
            }
            // Initials ("Jane Q. Doe") and abbreviated suffixes ("Kiwi Inc.").
            if (isPunct(k, u'.') && !(fk & TSpace)) {
                const QStringView prev = view(it.last);
                if (isWord(it.last) && prev.size() == 1 && isCap(k + 1) && (flags(k + 1) & TSpace)) {
                    it.last = k;
                    ++k;
                    continue;
                }
                // "Kiwi Inc." but not the full stop after "Kiwi SA."
                if (isWord(it.last) && (classes(it.last) & LegalSuffix) && !isAllCaps(view(it.last))
                    && view(it.last).size() <= 4)
                    it.last = k;
                break;
            }
            // "Department of the Interior", "Bank of the West"
            if (wordIs(k, u"of") && wordIs(k + 1, u"the") && isCap(k + 2) && (flags(k + 2) & TSpace)
                && !(classes(k + 2) & Stop) && (classes(it.last) & Institution)) {
                it.last = k + 2;
                it.words += 3;
                k += 3;
                continue;
            }
            // "Bank of Kiwi", "Ursula von der Leyen"
            if ((fk & TWord) && !(fk & THasUpper) && (classes(k) & Connector) && isCap(k + 1)
                && (flags(k + 1) & TSpace)) {
                const bool of = view(k) == QLatin1String("of");
                if (of && !(classes(it.last) & (Institution | OrgWord)))
                    break;
                it.last = k + 1;
                it.words += 2;
                k += 2;
                continue;
            }
            break;
        }
        const qsizetype slashedEnd = slashedLegalFormEnd(it.last + 1);
        it.dottedLegalForm = dottedLegalFormAt(it.last + 1) || slashedEnd > it.last + 1;
        // "Seven West Media", "Two Sigma Investments Ltd": the number word
        // just passed over opens a name that ends like a company.
        const bool endsLikeCompany = it.dottedLegalForm || (classes(it.last) & OrgWord)
                                     || (isCap(it.last + 1) && (classes(it.last + 1) & LegalSuffix));
        if (numberWord >= 0 && numberWord == it.first - 1 && endsLikeCompany) {
            it.first = numberWord;
            ++it.words;
        }
        items.push_back(std::move(it));
        i = slashedEnd;
    }
}

// An unlisted organisation found by a short name ("invest $4 billion in
// Kiwi" in the headline, "Signal Falcon") and named in full elsewhere in the
// article ("Kiwi Robotics", "Signal Falcon Systems", or a listed "Schneider
// Electric") is one organisation: every mention takes the full name, when
// only one full name starts with the short one.
void EntityExtractor::Scan::unifyShortNames()
{
    // Organisation names of several words, listed or not, sorted: the names
    // that begin with a shorter name and a space follow that name directly
    // (a space sorts before every other character of a name).
    std::vector<const EntityMention *> longer;
    std::vector<EntityMention *> shorter; // unlisted names that may be short forms
    std::vector<EntityMention *> acronyms; // listed units' short forms in capitals, as written ("GCP")
    longer.reserve(size_t(out.size()));
    shorter.reserve(size_t(out.size()));
    // A short name can only take a longer one that has a space right after
    // it: one bit per (length, first unit, last unit) of every part of a
    // longer name before one of its spaces. Most short names are no such
    // part, and skip the sort and the search (an empty name always looks).
    quint64 prefixBits[64] = {};
    const auto prefixBit = [](qsizetype n, char16_t first, char16_t last) {
        return unsigned(((quint64(n) << 32 | quint64(first) << 16 | last) * 0x9E3779B97F4A7C15ULL) >> 52);
    };
    // Most mentions share their name's data with others of the same name
    // (the gazetteer's, the text's memory's): a name read already is not
    // read again.
    struct Read
    {
        const char16_t *data = nullptr;
        qsizetype size = -1;
        bool space = false;
    };
    Read read[16];
    for (EntityMention &m : out) {
        if (m.type != EntityType::Organisation)
            continue;
        const char16_t *d = reinterpret_cast<const char16_t *>(m.name.constData());
        const qsizetype n = m.name.size();
        Read &r = read[(quintptr(d) >> 4) & 15];
        if (r.data != d || r.size != n) {
            r = Read{d, n, n > 0 && d[0] == u' '};
            for (qsizetype k = 1; k < n; ++k) {
                if (d[k] == u' ') {
                    const unsigned bit = prefixBit(k, d[0], d[k - 1]);
                    prefixBits[bit >> 6] |= quint64(1) << (bit & 63);
                    r.space = true;
                }
            }
        }
        if (r.space)
            longer.push_back(&m);
        if (!m.known)
            shorter.push_back(&m);
        else if (const QStringView written = text.sliced(m.start, m.end - m.start);
                 !m.partOf.isEmpty() && written.size() <= 5 && written != m.name && isAllCaps(written))
            acronyms.push_back(&m);
    }
    if (longer.empty())
        return;
    // An unlisted company named with a listed short form ("GCP Applied
    // Technologies" beside the cloud's "GCP") owns that short form in this
    // article: its later "GCP" is the company, not the cloud.
    for (EntityMention *m : acronyms) {
        const QStringView written = text.sliced(m->start, m->end - m->start);
        const EntityMention *owner = nullptr;
        for (const EntityMention *l : longer) {
            if (!l->known && l->name.size() > written.size() && l->name.startsWith(written)
                && l->name.at(written.size()) == u' ') {
                if (owner && owner->name != l->name) {
                    owner = nullptr;
                    break;
                }
                owner = l;
            }
        }
        if (owner) {
            m->name = owner->name;
            m->partOf = owner->partOf;
            m->known = false;
        }
    }
    const auto mayBeShort = [&](const QString &name) {
        if (name.isEmpty())
            return true;
        const unsigned bit = prefixBit(name.size(), name.front().unicode(), name.back().unicode());
        return ((prefixBits[bit >> 6] >> (bit & 63)) & 1u) != 0;
    };
    shorter.erase(std::remove_if(shorter.begin(), shorter.end(), [&](const EntityMention *m) { return !mayBeShort(m->name); }),
                  shorter.end());
    if (shorter.empty())
        return;
    const auto byName = [](const EntityMention *a, const EntityMention *b) { return a->name < b->name; };
    std::sort(longer.begin(), longer.end(), byName);
    // A name met again finds what it found before, while no longer name
    // changed in between (a short name that has a space is a longer one
    // too; its change can change what another name finds).
    struct Found
    {
        QString name; // shared, not copied: the mention's own name may change
        const EntityMention *only;
    };
    // The one longer name that begins with `name` and a space, or none when several do.
    const auto onlyLonger = [&longer](QStringView name) -> const EntityMention * {
        auto it = std::lower_bound(longer.begin(), longer.end(), name,
                                   [](const EntityMention *a, QStringView key) { return QStringView(a->name) < key; });
        while (it != longer.end() && (*it)->name == name)
            ++it;
        const EntityMention *only = nullptr;
        for (; it != longer.end() && (*it)->name.size() > name.size() && (*it)->name.startsWith(name)
               && (*it)->name.at(name.size()) == u' ';
             ++it) {
            if (only && only->name != (*it)->name)
                return nullptr;
            only = *it;
        }
        return only;
    };
    std::vector<Found> found;
    for (EntityMention *m : shorter) {
        const QStringView name(m->name);
        const auto known
            = std::find_if(found.cbegin(), found.cend(), [name](const Found &f) { return QStringView(f.name) == name; });
        const EntityMention *only = known != found.cend() ? known->only : onlyLonger(name);
        if (known == found.cend())
            found.push_back(Found{m->name, only});
        if (!only)
            continue;
        if (name.contains(u' '))
            found.clear(); // m is a longer name too, and changes
        m->name = only->name;
        m->partOf = only->partOf;
        m->known = only->known;
    }
}

bool EntityExtractor::Scan::dottedLettersAt(qsizetype k) const
{
    // letters and full stops, the letters a legal form ("NV", "SpA")
    QString letters; // one letter before each full stop
    while (isWord(k) && view(k).size() == 1 && isPunct(k + 1, u'.') && letters.size() < 6) {
        letters += view(k);
        k += 2;
        if (!isWord(k) || (flags(k) & TSpace))
            break;
    }
    return letters.size() >= 2 && (ex.classesOf(letters) & LegalSuffix);
}

// A listed organisation or place followed by capitalised words: "Nvidia
// Corp." is Nvidia; "Google Ventures", "Qatar Airways" are organisations.
void EntityExtractor::Scan::mergeWithKnown()
{
    for (qsizetype k = 0; k + 1 < qsizetype(items.size()); ++k) {
        Item &a = items[k];
        Item &b = items[k + 1];
        // "Development Bank of Japan", "Agricultural Bank of China": capitalised words
        // before a listed "Bank of X" / "Ministry of X" open a longer, unlisted name.
        if (a.kind == Item::Unknown && b.kind == Item::Known && b.type == EntityType::Organisation
            && b.first == a.last + 1 && a.words >= 1 && a.words <= 3 && (flags(b.first) & TSpace)
            && isWord(b.first) && (classes(b.first) & Institution) && wordIs(b.first + 1, u"of")) {
            a.last = b.last;
            a.words += b.last - b.first + 1;
            a.decided = true;
            a.type = EntityType::Organisation;
            a.name = unknownName(a);
            items.erase(items.begin() + k + 1);
            continue;
        }
        if (a.kind != Item::Known || b.kind != Item::Unknown || b.first != a.last + 1)
            continue;
        if (a.type != EntityType::Organisation && a.type != EntityType::Place)
            continue;
        if (!(flags(b.first) & TSpace))
            continue;
        bool allLegal = true;
        for (qsizetype t = b.first; t <= b.last; ++t) {
            if (isWord(t) && !(classes(t) & LegalSuffix))
                allLegal = false;
        }
        qsizetype lastWord = b.last;
        while (lastWord > b.first && !isWord(lastWord))
            --lastWord;
        const Gazetteer::Entry &e = ex.m_gazetteer.entries().at(a.entry);
        // "Qualcomm Technologies", "Vodafone Group": the listed company itself.
        const bool oneOrgWord = b.words == 1 && (classes(b.first) & OrgWord);
        if ((allLegal || oneOrgWord) && a.type == EntityType::Organisation) {
            a.last = b.last;
        } else if (classes(lastWord) & (LegalSuffix | OrgWord)) {
            b.first = a.first;
            b.words += 1;
            b.decided = true;
            b.type = EntityType::Organisation;
            // "GCP Applied Technologies": a listed unit's short form in capitals
            // ("GCP", a cloud) is only the opening of another company's name; a
            // group's ("SBI Life Insurance") names a company of the group.
            const QStringView written = span(a.first, a.last);
            const bool shortForm = written.size() <= 5 && written != e.name && isAllCaps(written) && !e.partOf.isEmpty();
            b.partOf = a.type == EntityType::Organisation && !shortForm ? e.name : QString();
            b.name = unknownName(b);
            a.kind = Item::Unknown;
            a.words = 0; // swallowed: dropped below
        } else {
            continue;
        }
        if (a.kind == Item::Known)
            items.erase(items.begin() + k + 1);
        else
            items.erase(items.begin() + k);
        --k;
    }
}

QString EntityExtractor::Scan::unknownName(const Item &item)
{
    // Drop a trailing legal form ("Kiwi Robotics Ltd." → "Kiwi Robotics").
    qsizetype last = item.last;
    while (last > item.first) {
        if (!isWord(last)) {
            --last;
            continue;
        }
        const quint32 c = classes(last); // the token's own look-up, kept
        if ((c & LegalSuffix) && !(c & OrgWord) && last > item.first) {
            --last;
            while (last > item.first && (isPunct(last, u',') || isPunct(last, u'.')))
                --last;
            continue;
        }
        break;
    }
    return span(item.first, last).toString();
}

bool EntityExtractor::Scan::personEvidence(const Item &item, bool *weak)
{
    *weak = false;
    if (item.dottedLegalForm)
        return false;
    const qsizetype f = item.first;
    const qsizetype l = item.last;
    const int w = item.words;
    const quint32 firstC = classes(f);
    qsizetype lw = l;
    while (lw > f && !isWord(lw))
        --lw;
    const quint32 lastC = classes(lw);
    if (lastC & (LegalSuffix | OrgWord))
        return false;
    if (w == 1 && (firstC & (OrgWord | Institution)))
        return false;

    // "CEO Jane Doe", "Mr. Doe", "chief executive, Jane Doe"
    qsizetype p = f - 1;
    if (isPunct(p, u'.') || isPunct(p, u','))
        --p;
    if (isWord(p) && (classes(p) & Title)) {
        // One word only after "Mr" or an acronym ("CEO Nadella"), not after
        // a capitalised heading word ("Executive Statements").
        if (w >= 2 || (classes(p) & Honorific) || (isAllCaps(view(p)) && view(p).size() <= 4))
            return w <= 4;
    }
    if ((firstC & GivenName) && w >= 2 && w <= 4)
        return true;
    if (w < 2 || w > 3)
        return false;
    // "Jane Doe, chief executive of…", "Jane Doe (Kiwi CEO)"
    if (isPunct(l + 1, u',') || isPunct(l + 1, u'(')) {
        for (qsizetype k = l + 2; k < size() && k <= l + 7; ++k) {
            if (isWord(k) && (classes(k) & Title))
                return true;
            if (isPossessive(k) || isPunct(k, u'-') || isPunct(k, u'\'') || isPunct(k, u'\u2019') || isCap(k))
                continue;
            if (wordIs(k, u"the") || wordIs(k, u"its") || wordIs(k, u"a") || wordIs(k, u"an") || wordIs(k, u"their")
                || wordIs(k, u"his") || wordIs(k, u"her") || wordIs(k, u"former") || wordIs(k, u"co")
                || wordIs(k, u"then") || wordIs(k, u"deputy") || wordIs(k, u"vice"))
                continue;
            break;
        }
    }
    // "Jane Doe said", "said Jane Doe": companies speak too ("Kiwi Labs
    // said"), so this only counts if the text never names it a company.
    *weak = (isLowerWord(l + 1) && (classes(l + 1) & SpeechVerb)) || (isLowerWord(f - 1) && (classes(f - 1) & SpeechVerb));
    return *weak;
}

bool EntityExtractor::Scan::orgEvidence(const Item &item, qsizetype index)
{
    if (item.dottedLegalForm)
        return true;
    const qsizetype f = item.first;
    const qsizetype l = item.last;
    const int w = item.words;
    qsizetype lw = l;
    while (lw > f && !isWord(lw))
        --lw;
    const quint32 firstC = classes(f);
    const quint32 lastC = classes(lw);
    if (w >= 2 && (lastC & (LegalSuffix | OrgWord)))
        return true;
    if (w >= 3 && (firstC & Institution)) {
        for (qsizetype k = f; k <= l; ++k) {
            if (wordIs(k, u"of"))
                return true;
        }
    }
    if (w == 1 && (firstC & (OrgWord | Institution)))
        return false;
    if (w > 5)
        return false;

    // "Kiwi raised", "Kiwi has agreed to…", and past an aside: "Kiwi, which dropped its bid for X, has agreed to…",
    // "Kiwi, based in Leeds, raised…"
    qsizetype k = l + 1;
    if (isPunct(k, u',')
        && (wordIs(k + 1, u"which") || wordIs(k + 1, u"based") || wordIs(k + 1, u"headquartered")
            || wordIs(k + 1, u"founded"))) {
        qsizetype j = k + 2;
        while (j < size() && j <= k + 40 && !isPunct(j, u',') && !isPunct(j, u'.'))
            ++j;
        if (isPunct(j, u','))
            k = j + 1;
    }
    for (int skip = 0; skip < 2 && isLowerWord(k) && (classes(k) & Auxiliary) && !(classes(k) & DealVerb); ++skip)
        ++k;
    if (isLowerWord(k) && (classes(k) & DealVerb))
        return true;
    // "Kiwi, the Paris-based startup", "Kiwi, a chipmaker"
    if (isPunct(l + 1, u',') && (wordIs(l + 2, u"the") || wordIs(l + 2, u"a") || wordIs(l + 2, u"an"))) {
        for (qsizetype j = l + 3; j < size() && j <= l + 8; ++j) {
            if (isPunct(j, u',') || isPunct(j, u'.'))
                break;
            if (isLowerWord(j) && ((classes(j) & OrgNoun) || view(j) == QLatin1String("based")))
                return true;
        }
    }
    // "Tata Motors' JLR unit", "Alphabet's Waymo subsidiary": a named part of a company
    if (isLowerWord(l + 1)
        && (wordIs(l + 1, u"unit") || wordIs(l + 1, u"subsidiary") || wordIs(l + 1, u"division")
            || wordIs(l + 1, u"affiliate"))
        && (isPossessive(f - 1) || ((isPunct(f - 1, u'\'') || isPunct(f - 1, u'\u2019')) && isWord(f - 2)
                                    && !(flags(f - 1) & TSpace) && view(f - 2).endsWith(u's'))))
        return true;
    // "The combined company, Kiwi, will…", "its parent, Kiwi Holdings,": a name in apposition to a company noun
    if (isPunct(f - 1, u',') && isPunct(l + 1, u',') && isLowerWord(f - 2) && (classes(f - 2) & OrgNoun)) {
        for (qsizetype d = f - 3; d >= f - 5 && isWord(d); --d) {
            if (wordIs(d, u"the") || wordIs(d, u"its") || wordIs(d, u"their") || wordIs(d, u"a") || wordIs(d, u"an"))
                return true;
        }
    }
    // "Kiwi (KIWI)", "Kiwi (NASDAQ: KIWI)"
    if (index + 1 < qsizetype(items.size()) && items[index + 1].kind == Item::Ticker && isPunct(l + 1, u'('))
        return true;
    // "acquired Kiwi", "AI startup Kiwi", "stake in Kiwi", "led by Kiwi"
    const qsizetype p = f - 1;
    if (isLowerWord(p)) {
        const quint32 pc = classes(p);
        if (pc & (DirectObject | OrgNoun))
            return true;
        // "will pay Vesalius an upfront fee"; not a currency before its amount ("pay Rs. 80 billion").
        if (pc & PayVerb) {
            const qsizetype amount = isPunct(l + 1, u'.') ? l + 2 : l + 1;
            if (inRange(l + 1) && !(flags(amount) & TDigitFirst))
                return true;
        }
        quint32 need = 0;
        const QStringView prep = view(p);
        if (prep == QLatin1String("in"))
            need = PrepIn;
        else if (prep == QLatin1String("with"))
            need = PrepWith;
        else if (prep == QLatin1String("by"))
            need = PrepBy;
        else if (prep == QLatin1String("from"))
            need = PrepFrom;
        else if (prep == QLatin1String("of") || prep == QLatin1String("for"))
            need = PrepOf | Title;
        else if (prep == QLatin1String("at"))
            need = Title; // "chief executive of Kiwi", "an analyst at Kiwi"
        if (need) {
            qsizetype q = p - 1;
            if (isLowerWord(q) && view(q).endsWith(QLatin1String("ly")))
                --q; // "invested heavily in"
            // "invest $500 million in Kiwi": the sum between the verb and its preposition
            // (compared in place: a QString per word to look up in a set cost an allocation)
            const auto isScale = [](QStringView w) {
                static const QLatin1String scales[] = {QLatin1String("million"), QLatin1String("billion"),
                                                       QLatin1String("trillion"), QLatin1String("bn"),
                                                       QLatin1String("mn"), QLatin1String("m"),
                                                       QLatin1String("crore"), QLatin1String("lakh")};
                return std::any_of(std::begin(scales), std::end(scales), [w](QLatin1String s) { return w == s; });
            };
            for (int skipped = 0; skipped < 4 && q > 0 && (!isWord(q) || isScale(view(q)) || view(q).front().isDigit());
                 ++skipped)
                --q;
            if (isWord(q) && (isLowerWord(q) || (need & Title)) && (classes(q) & need))
                return true;
        }
    }
    return false;
}

// "Nvidia's Kepler chips", "Kiwi's new Falcon platform", "Nvidia Rubin GPUs"
void EntityExtractor::Scan::productEvidence(Item &item, qsizetype index)
{
    if (index == 0 || item.words > 3)
        return;
    const qsizetype after = item.last + 1;
    if (!isLowerWord(after) && !(isWord(after) && (classes(after) & ProductNoun) && isAllCaps(view(after))))
        return;
    if (!(classes(after) & ProductNoun))
        return;
    const Item &maker = items[index - 1];
    if (!maker.isOrg())
        return;
    qsizetype p = item.first - 1;
    if (isLowerWord(p) && !(classes(p) & DirectObject))
        --p; // one adjective: "custom", "new", "next-generation" (its last piece)
    if (isPunct(p, u'-') && isLowerWord(p - 1))
        p -= 2;
    if (isPossessive(p))
        --p;
    if (p != maker.last)
        return;
    item.decided = true;
    item.type = EntityType::Product;
    item.name = span(item.first, item.last).toString();
    item.partOf = maker.kind == Item::Known ? ex.m_gazetteer.entries().at(maker.entry).name : maker.name;
}

void EntityExtractor::Scan::classify(Item &item, qsizetype index)
{
    if (item.decided || item.words == 0)
        return;
    // A name the text already settled (repeated company names are most of
    // the capitalised words of an article): no need to weigh evidence again.
    if (!memory.isEmpty() && item.words <= 3) {
        const QStringView w = span(item.first, item.last);
        const auto it = mayRemember(w) ? memory.constFind(foldHash(w)) : memory.cend();
        if (it != memory.cend() && w == it->key && it->type == EntityType::Organisation && !it->known) {
            item.decided = true;
            item.fromMemory = true;
            item.type = it->type;
            item.name = it->name;
            item.partOf = it->partOf;
            return;
        }
    }
    bool weak = false;
    if (personEvidence(item, &weak) && !(weak && orgEvidence(item, index))) {
        item.weak = weak;
        item.decided = true;
        item.type = EntityType::Person;
        item.name = span(item.first, item.last).toString();
        return;
    }
    if (orgEvidence(item, index)) {
        item.decided = true;
        item.type = EntityType::Organisation;
        item.name = unknownName(item);
        return;
    }
    productEvidence(item, index);
}

// Lists and pairs: "Kiwi and Microsoft announced", "clients such as A, B and C".
void EntityExtractor::Scan::propagate()
{
    const qsizetype n = qsizetype(items.size());
    // Tokens between two neighbouring items that make them a list.
    auto joined = [this](qsizetype a, qsizetype b) {
        const qsizetype gap = b - a - 1;
        if (gap == 1)
            return isPunct(a + 1, u',') || wordIs(a + 1, u"and") || wordIs(a + 1, u"or") || isPunct(a + 1, u'&');
        if (gap == 2)
            return isPunct(a + 1, u',') && (wordIs(a + 2, u"and") || wordIs(a + 2, u"or"));
        return false;
    };
    bool changed = true;
    while (changed) {
        changed = false;
        for (qsizetype k = 0; k < n; ++k) {
            Item &it = items[k];
            if (it.kind != Item::Unknown || it.decided || it.words == 0 || it.words > 4)
                continue;
            // The chain of items joined to this one; it is a list only if
            // some joint is "and"/"or" ("A, B and C"): a comma alone is as
            // often an apposition ("Jane Doe, Kiwi's chief").
            qsizetype lo = k;
            while (lo > 0 && items[lo - 1].kind != Item::Ticker && joined(items[lo - 1].last, items[lo].first))
                --lo;
            qsizetype hi = k;
            while (hi + 1 < n && items[hi + 1].kind != Item::Ticker && joined(items[hi].last, items[hi + 1].first))
                ++hi;
            bool listLike = false;
            bool anyOrg = false;
            for (qsizetype j = lo; j <= hi; ++j) {
                anyOrg = anyOrg || (j != k && items[j].isOrg());
                if (j == lo)
                    continue;
                const bool loneComma = items[j].first - items[j - 1].last == 2 && isPunct(items[j - 1].last + 1, u',');
                listLike = listLike || !loneComma;
            }
            bool org = listLike && anyOrg;
            if (!org) {
                // Walk to the head of the list and look at what leads it.
                qsizetype h = k;
                while (h > 0 && items[h - 1].kind != Item::Ticker && joined(items[h - 1].last, items[h].first))
                    --h;
                const qsizetype lead = items[h].first - 1;
                if (isLowerWord(lead)) {
                    const bool suchAs = wordIs(lead, u"as") && wordIs(lead - 1, u"such");
                    if (suchAs || (classes(lead) & ListLead)) {
                        const qsizetype noun = suchAs ? lead - 2 : lead - 1;
                        if (isLowerWord(noun) && (classes(noun) & OrgPlural))
                            org = true;
                    }
                }
            }
            if (org) {
                it.decided = true;
                it.type = EntityType::Organisation;
                it.name = unknownName(it);
                changed = true;
            }
        }
    }
    // Tickers take the name of the organisation before them.
    for (qsizetype k = 1; k < n; ++k) {
        Item &t = items[k];
        if (t.kind != Item::Ticker)
            continue;
        const Item &o = items[k - 1];
        qsizetype open = t.first - 1;
        if (isPunct(open, u':'))
            open -= 2;
        if (!isPunct(open, u'(') || o.last != open - 1 || !o.isOrg())
            continue;
        t.decided = true;
        t.type = EntityType::Organisation;
        if (o.kind == Item::Known) {
            const Gazetteer::Entry &e = ex.m_gazetteer.entries().at(o.entry);
            t.name = e.name;
            t.partOf = e.partOf;
        } else {
            t.name = o.name;
            t.partOf = o.partOf;
        }
    }
}

// The key is copied only when the name is new: most names are met again and
// again, and a QString cut from a name per mention was an allocation each.
void EntityExtractor::Scan::remember(qsizetype learnedAt, QStringView key, const QString &name, EntityType type,
                                     const QString &partOf, bool known, const QString *keyString)
{
    const quint64 h = foldHash(key);
    if (memory.contains(h))
        return;
    memory.insert(h, Memory{learnedAt, keyString ? *keyString : key.toString(), name, type, partOf, known});
    memoryLengths |= quint64(1) << std::min<qsizetype>(key.size(), 63);
}

void EntityExtractor::Scan::flush()
{
    // Items end here (the next line builds its own), so their names move on.
    // A mention is built in its place in `out`, not moved there.
    for (Item &it : items) {
        if (it.words == 0 && it.kind == Item::Unknown)
            continue;
        const qsizetype start = toks[it.first].start;
        const qsizetype end = toks[it.last].end;
        if (it.kind == Item::Known) {
            const Gazetteer::Entry &e = ex.m_gazetteer.entries().at(it.entry);
            EntityMention &m = out.emplaceBack();
            m.start = start;
            m.end = end;
            m.name = it.name.isEmpty() ? e.name : it.name;
            m.type = e.type;
            m.partOf = it.name.isEmpty() ? e.partOf : (e.type == EntityType::Product ? e.partOf : e.name);
            m.known = true;
            if (e.type == EntityType::Person) {
                const qsizetype space = e.name.lastIndexOf(u' ');
                if (space > 0)
                    remember(start, QStringView(e.name).sliced(space + 1), e.name, e.type, e.partOf, true);
            }
            // "the United States government", "the UK Government": a state as a party to a deal.
            const qsizetype next = it.last + 1;
            if (e.type == EntityType::Place && next < qsizetype(toks.size()) && isWord(next) && (flags(next) & TSpace)
                && view(next).compare(QLatin1String("government"), Qt::CaseInsensitive) == 0) {
                m.end = toks[next].end;
                m.name = e.name + QStringLiteral(" government");
                m.type = EntityType::Organisation;
                m.partOf.clear();
            }
            const auto sf = e.type == EntityType::Product ? ex.m_shortForms.constFind(it.entry) : ex.m_shortForms.cend();
            if (sf != ex.m_shortForms.cend()) {
                for (const QString &s : *sf)
                    remember(start, s, e.name, e.type, e.partOf, true, &s);
            }
            continue;
        }
        if (!it.decided) {
            if (it.kind == Item::Unknown && it.words <= 3)
                pending.push_back(Pending{start, end, it.words == 1 && (flags(it.first) & TSentence)});
            continue;
        }
        if (it.weak) {
            pending.push_back(Pending{start, end, false, true,
                                      EntityMention{std::move(it.name), it.type, start, end, std::move(it.partOf), false}});
            continue;
        }
        EntityMention &m = out.emplaceBack();
        m.start = start;
        m.end = end;
        m.name = std::move(it.name);
        m.type = it.type;
        m.partOf = std::move(it.partOf);
        m.known = false;
        if (it.kind == Item::Unknown && !it.fromMemory) {
            if (it.type == EntityType::Person && it.words >= 2) {
                remember(start, view(it.last), m.name, it.type, QString(), false);
                // "Della Valle" after "Margherita Della Valle"
                const qsizetype space = m.name.indexOf(u' ');
                if (it.words >= 3 && space > 0)
                    remember(start, QStringView(m.name).sliced(space + 1), m.name, it.type, QString(), false);
            } else if (it.type == EntityType::Organisation) {
                remember(start, m.name, m.name, it.type, m.partOf, false, &m.name);
                const qsizetype space = m.name.indexOf(u' ');
                if (space >= 3 && !(classes(it.first) & (OrgWord | Institution | GivenName)))
                    remember(start, QStringView(m.name).first(space), m.name, it.type, m.partOf, false);
            }
        }
    }
}

// Capitalised names with no evidence of their own, met again after the text
// named them fully ("Nadella" after "Satya Nadella", "Kiwi" after "Kiwi Labs").
// A word opening a sentence before that takes the name only when the text
// taught that very name ("Vonovia" in the headline, "Vonovia SE" below), not
// a part of a longer one (an opening "Better" before "Better Tomorrow").
void EntityExtractor::Scan::resolvePending()
{
    for (const Pending &p : pending) {
        const QStringView w = text.sliced(p.start, p.end - p.start);
        const auto it = !mayRemember(w) ? memory.cend() : memory.constFind(foldHash(w));
        if (it == memory.cend() || w != it->key
            || (p.sentenceStart && p.start < it->learnedAt && it->key != it->name)) {
            if (p.hasFallback)
                out.append(p.fallback);
            continue;
        }
        EntityMention m;
        m.start = p.start;
        m.end = p.end;
        m.name = it->name;
        m.type = it->type;
        m.partOf = it->partOf;
        m.known = it->known;
        out.append(std::move(m));
    }
}

EntityExtractor::EntityExtractor(Gazetteer gazetteer)
    : m_gazetteer(std::move(gazetteer))
{
    addWords(kStopWords, Stop);
    addWords(kNameTails, NameTail);
    addWords(kNumberWords, NumberWord);
    addWords(kDemonyms, Demonym);
    addWords(kAdverbs, Adverb);
    addWords(kLegalSuffixes, LegalSuffix);
    addWords(kOrgWords, OrgWord);
    addWords(kInstitutions, Institution);
    addWords(kTitles, Title);
    addWords(kHonorifics, Title | Honorific);
    addWords(kSpeechVerbs, SpeechVerb);
    addWords(kDealVerbs, DealVerb);
    addWords(kAuxiliaries, Auxiliary);
    addWords(kOrgNouns, OrgNoun);
    addWords(kOrgPlurals, OrgPlural);
    addWords(kProductNouns, ProductNoun);
    addWords(kConnectors, Connector);
    addWords(kExchanges, Exchange);
    addWords(kListLeads, ListLead);
    addWords(kPrepIn, PrepIn);
    addWords(kPrepWith, PrepWith);
    addWords(kPrepBy, PrepBy);
    addWords(kPrepFrom, PrepFrom);
    addWords(kPrepOf, PrepOf);
    addWords(kDirectObjects, DirectObject);
    addWords(kPayVerbs, PayVerb);
    for (const QString &g : m_gazetteer.givenNames()) {
        LexEntry &e = m_lexicon[foldHash(g)];
        if (e.folded.isEmpty())
            e.folded = g.toCaseFolded();
        e.classes |= GivenName;
    }

    const QList<Gazetteer::Entry> &entries = m_gazetteer.entries();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Gazetteer::Entry &e = entries.at(i);
        addAlias(e.name, i, false);
        for (const QString &a : e.aliases)
            addAlias(a, i, false);
        for (const QString &t : e.tickers)
            addAlias(t, i, true);
        if (e.type != EntityType::Product)
            continue;
        // "Google Gemini" → "Gemini", once the full name was seen.
        QStringList names = e.aliases;
        names.prepend(e.name);
        for (const QString &name : std::as_const(names)) {
            const qsizetype space = name.indexOf(u' ');
            if (space <= 0)
                continue;
            const QString rest = name.mid(space + 1);
            if (rest.size() < 4 || !rest.at(0).isUpper() || m_gazetteer.find(rest))
                continue;
            const QString firstRest = rest.section(u' ', 0, 0);
            if (classesOf(firstRest) & (Stop | NameTail | ProductNoun))
                continue;
            m_shortForms[i].append(rest);
        }
    }
    // Longest aliases first, so "Goldman Sachs Asset Management" beats "Goldman Sachs".
    for (LexEntry &le : m_lexicon) {
        std::stable_sort(le.aliases.begin(), le.aliases.end(), [this](qsizetype a, qsizetype b) {
            return m_aliases.at(a).tokens.size() > m_aliases.at(b).tokens.size();
        });
        for (qsizetype ai : std::as_const(le.aliases)) {
            AliasToken &first = m_aliases[ai].tokens.first();
            first.foldedAsEntry = first.folded == le.folded;
        }
    }
    freezeLexicon();
}

void EntityExtractor::freezeLexicon()
{
    m_lexEntries.clear();
    m_lexEntries.reserve(size_t(m_lexicon.size()));
    m_lexInfo.clear();
    m_lexInfo.reserve(size_t(m_lexicon.size()));
    size_t size = 16;
    int bits = 4;
    while (size < size_t(m_lexicon.size()) * 2) {
        size *= 2;
        ++bits;
    }
    m_lexSlots.assign(size, LexSlot{});
    m_longWordBits.assign(size_t(1) << (kLongWordBitsLog2 - 6), 0);
    m_lexMask = size - 1;
    m_lexShift = 64 - bits;
    for (auto it = m_lexicon.cbegin(); it != m_lexicon.cend(); ++it) {
        const quint64 key = lexKey(it->folded);
        quint64 i = (key * 0x9E3779B97F4A7C15ULL) >> m_lexShift;
        while (m_lexSlots[i].index >= 0)
            i = (i + 1) & m_lexMask;
        m_lexSlots[i] = LexSlot{key, qint32(m_lexEntries.size())};
        quint32 bit;
        if (it->folded.size() > 8 && longWordBit(reinterpret_cast<const char16_t *>(it->folded.constData()), it->folded.size(), &bit))
            m_longWordBits[bit >> 6] |= quint64(1) << (bit & 63);
        m_lexInfo.push_back(it->classes | (it->aliases.isEmpty() ? 0u : kHasAliases));
        m_lexEntries.push_back(it.value());
    }
    m_lexicon.clear(); // every lookup goes to the frozen table from now on
}

void EntityExtractor::addWords(const char *words, quint32 classes)
{
    const QString all = QString::fromLatin1(words);
    for (QStringView w : QStringView(all).split(u' ', Qt::SkipEmptyParts)) {
        LexEntry &e = m_lexicon[foldHash(w)];
        if (e.folded.isEmpty())
            e.folded = w.toString().toCaseFolded();
        e.classes |= classes;
    }
}

void EntityExtractor::addAlias(const QString &text, qsizetype entry, bool ticker)
{
    TokenBuffer toks;
    quint32 wordFlags = 0;
    tokenizeLine(text, 0, toks, &wordFlags, [](qsizetype) { return true; });
    if (toks.empty() || !(toks.front().flags & TWord))
        return;
    Alias alias;
    alias.entry = entry;
    alias.ticker = ticker;
    for (size_t k = 0; k < toks.size(); ++k) {
        const Tok &t = toks[k];
        AliasToken at;
        at.text = text.mid(t.start, t.end - t.start);
        at.folded = at.text.toCaseFolded();
        at.word = t.flags & TWord;
        at.glued = k > 0 && !(t.flags & TSpace);
        if (at.word) {
            const bool shortCaps = !(t.flags & THasLower) && at.text.size() <= 5;
            const bool lowerFirst = k == 0 && !(t.flags & (TUpperFirst | TDigitFirst));
            at.exact = shortCaps || lowerFirst || ticker;
            at.upper = at.text.at(0).isUpper() || at.text.at(0).isDigit();
            at.shortMixed = at.text.size() < 4 && !isAllCaps(at.text);
        }
        alias.tokens.append(at);
    }
    if (alias.tokens.size() > 1 && alias.tokens.at(1).word)
        alias.secondKey = lexKey(alias.tokens.at(1).folded);
    const QString &first = alias.tokens.first().text;
    LexEntry &le = m_lexicon[foldHash(first)];
    if (le.folded.isEmpty())
        le.folded = first.toCaseFolded();
    // The same alias twice (name repeated as alias) would only cost time.
    for (qsizetype ai : std::as_const(le.aliases)) {
        const Alias &o = m_aliases.at(ai);
        if (o.entry == entry && o.ticker == ticker && o.tokens.size() == alias.tokens.size()) {
            bool same = true;
            for (qsizetype k = 0; k < o.tokens.size() && same; ++k)
                same = o.tokens.at(k).text == alias.tokens.at(k).text;
            if (same)
                return;
        }
    }
    le.aliases.append(m_aliases.size());
    m_aliases.append(alias);
}

template<bool Hashed>
Q_ALWAYS_INLINE qint32 EntityExtractor::probe(quint64 key, QStringView word) const
{
    for (quint64 i = (key * 0x9E3779B97F4A7C15ULL) >> m_lexShift;; i = (i + 1) & m_lexMask) {
        const LexSlot &slot = m_lexSlots[i];
        if (slot.key == key) {
            // A hashed key is confirmed against the word (a packed one is the word).
            if (Hashed && !equalsFolded(word, m_lexEntries[size_t(slot.index)].folded))
                return -1;
            return slot.index;
        }
        if (slot.index < 0)
            return -1;
    }
}

qint32 EntityExtractor::lookupIndex(QStringView word, qsizetype readable) const
{
    // Most words looked up have 1 to 8 units, all ASCII.
    quint64 key;
    if (packedKeyOf(word.utf16(), word.size(), readable, &key)) {
        Q_ASSERT(key == lexKey(word));
        return probe<false>(key, word);
    }
    return lookupIndexSlow(word);
}

// Out of line, so that the usual path above saves no registers.
Q_NEVER_INLINE qint32 EntityExtractor::lookupIndexSlow(QStringView word) const
{
    quint32 bit;
    if (word.size() > 8 && longWordBit(word.utf16(), word.size(), &bit) && !((m_longWordBits[bit >> 6] >> (bit & 63)) & 1u))
        return -1;
    const quint64 key = lexKey(word);
    return key & kHashedKey ? probe<true>(key, word) : probe<false>(key, word);
}

const EntityExtractor::LexEntry *EntityExtractor::lookup(QStringView word) const
{
    if (m_lexSlots.empty()) { // still building (the constructor asks too)
        const auto it = m_lexicon.constFind(foldHash(word));
        if (it == m_lexicon.cend() || it->folded.size() != word.size() || !equalsFolded(word, it->folded))
            return nullptr;
        return &*it;
    }
    const qint32 i = lookupIndex(word);
    return i >= 0 ? &m_lexEntries[size_t(i)] : nullptr;
}

quint32 EntityExtractor::classesOf(QStringView word) const
{
    // Case-insensitive: the rules themselves check case where it matters
    // (a lower-case "may" is never looked at as a name).
    if (!m_lexSlots.empty()) {
        const qint32 i = lookupIndex(word);
        return i >= 0 ? m_lexInfo[size_t(i)] & ~kHasAliases : 0u;
    }
    const LexEntry *e = lookup(word);
    return e ? e->classes : 0u;
}

QList<EntityMention> EntityExtractor::extract(const QString &text) const
{
    Scan scan(*this, text);
    scan.toks.reserve(256);
    scan.out.reserve(text.size() / 64);
    scan.run();
    scan.unifyShortNames();
    return std::move(scan.out);
}

} // namespace DealScope
