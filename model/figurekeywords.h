// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figuretext.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace DealScope {

namespace FigureText {

enum class Kw : uint8_t {
    None,
    Number,     // value: 0..90
    Hundred,
    Dozen,
    Article,    // "a", "an": a number only before a scale ("a billion")
    Half,
    Scale,      // value: multiplier
    Month,      // value: 1..12, needs a capital
    Weekday,    // value: 1..7 (Qt's dayOfWeek), needs a capital
    Vague,      // "hundreds", "tens", "billions": value = the lower end
    RelDay,     // "yesterday" -1, "today" 0, "tomorrow" +1
    RelDir,     // "last" -1, "this" 0, "next" +1
    RelUnit,    // "week" 1, "month" 2, "year" 3
    Coming,
    AheadUnit,  // "months", "weeks", "years" (before "ahead")
    DatePrefix, // "end", "mid" glued to a year ("end-2026"), value: month
    Percent,    // "percent", "pct"
    Per,        // "per" (cent)
    Percentage, // "percentage" (points)
    PowerWord,  // value: watts
    Duration,   // value: years per unit
};

struct Entry
{
    uint64_t code = 0;
    Kw kind = Kw::None;
    double value = 0;
};

// An ASCII letter's index with its case kept: capitals 0-25, lower case 26-51.
constexpr size_t caseKeptLetter(char16_t c) { return c >= u'a' ? size_t(c - u'a') + 26 : size_t(c - u'A'); }

// Slot of a word's first letter (0-51) and its second letter (1-52, or 0 for
// a one-letter word), case kept for both, in FigureKeywords' opener table.
constexpr size_t keywordOpenerSlot(char16_t first, char16_t second)
{
    const size_t s = !second ? 0 : second >= u'a' ? size_t(second - u'a') + 1 : size_t(second - u'A') + 27;
    return caseKeptLetter(first) * 53 + s;
}
using OpenerSlots = std::array<uint16_t, 52 * 53>;

// Copies each first letter's one-letter bit (bit 1 of its slot without a
// second letter) into all its slots: a reader that takes the unit after a
// one-letter word as its second letter then needs no test of the length.
inline void spreadOneLetterBits(OpenerSlots &table)
{
    for (size_t first = 0; first < 52; ++first) {
        const uint16_t one = table[first * 53] & uint16_t(1u << 1);
        for (size_t second = 1; second < 53; ++second)
            table[first * 53 + second] |= one;
    }
}

// keywordOpenerSlot() in two table loads for ASCII letters: the first
// letter's part and the second letter's part, added.
struct OpenerSlotParts
{
    constexpr OpenerSlotParts()
    {
        for (char16_t c = 0; c < 128; ++c) {
            if (isAsciiLetter(c)) {
                first[c] = uint16_t(keywordOpenerSlot(c, u'\0'));
                second[c] = uint16_t(keywordOpenerSlot(u'A', c));
            }
        }
    }
    uint16_t first[128] = {};
    uint16_t second[128] = {};
};
inline constexpr OpenerSlotParts kSlotParts;

} // namespace FigureText

// Internal to FigureExtractor (used by FigureScanner): the words that take
// part in figures (number words, scales, months, units...), packed base-27
// into one integer each, in a fixed open-addressing table, and per first two
// letters the lengths of the keywords that can open a figure.
class FigureKeywords
{
public:
    using Kw = FigureText::Kw;
    using Entry = FigureText::Entry;

    // The one table, built on first use (thread-safe).
    static const FigureKeywords &instance();

    // Whether the ASCII letter word [b, e) can be a keyword that opens a
    // figure or a currency prefix ("US$", "CHF", "Rs"), judged on its first
    // two letters and its length only: the main loop skips all other words
    // ("the", "to", "The", "deal") without packing or looking them up.
    using Openers = FigureText::OpenerSlots;
    // The same judged on a word's first letter (case kept), its last letter
    // and its length, asked only for the words mayOpenWord() let through:
    // "that", "have" or "first" share their first two letters and length with
    // a keyword ("this", "half", "fifty") but not their last letter.
    using OpenerEnds = std::array<uint16_t, 52 * 26>;
    static bool mayOpenFigure(const Openers &opens, const char16_t *b, const char16_t *e)
    {
        const qsizetype len = e - b;
        return len < 64 && mayOpenWord(opens, b[0], len > 1 ? b[1] : u'\0', size_t(len));
    }
    // first and last: ASCII letters
    static bool mayEndOpener(const OpenerEnds &ends, char16_t first, char16_t last, size_t len)
    {
        return len < 16 && (ends[FigureText::caseKeptLetter(first) * 26 + size_t((last | 0x20) - u'a')] >> len) & 1;
    }
    // The same for a word of `len` letters that starts with the letter
    // `first` and goes on with `second` (any unit: for a one-letter word the
    // unit after it), without a branch on the length: one-letter words ("a",
    // "I") among longer ones mispredicted that branch. A one-letter opener's
    // bit is in every slot of its first letter, so `second` needs no mask.
    // `len` is below 64 (a block's word): the 16 length bits read as 64 say
    // no for 16 to 63 letters without a test of their own.
    static bool mayOpenWord(const Openers &opens, char16_t first, char16_t second, size_t len)
    {
        const size_t slot = size_t(FigureText::kSlotParts.first[first]) + FigureText::kSlotParts.second[second & 127];
        return (uint64_t(opens[slot]) >> len) & 1;
    }
    const Openers &openers() const { return m_opens; }
    const OpenerEnds &openerEnds() const { return m_ends; }

    // Whether the ASCII letter word [b, e) may be in the table at all, from
    // its first two letters (either case) and its length: most words after a
    // number are none, and are then neither packed nor looked up.
    bool mayBeKeyword(const char16_t *b, const char16_t *e) const
    {
        const size_t len = size_t(e - b);
        if (len == 0 || len >= 16)
            return false;
        return (m_anyWord[FigureText::foldedPairSlot(b[0], len > 1 ? b[1] : u'\0')] >> len) & 1;
    }

    const Entry *find(uint64_t code) const
    {
        if (!code)
            return nullptr;
        for (size_t i = slot(code);; i = (i + 1) & (kSize - 1)) {
            if (m_table[i].code == code)
                return &m_table[i];
            if (m_table[i].code == 0)
                return nullptr;
        }
    }

private:
    static constexpr size_t kSize = 512;
    static size_t slot(uint64_t code) { return size_t((code * 0x9E3779B97F4A7C15ULL) >> 55) & (kSize - 1); }
    FigureKeywords();
    void add(const char *word, Kw kind, double value);
    static size_t openerSlot(char16_t first, char16_t second) { return FigureText::keywordOpenerSlot(first, second); }
    void markOpener(const char *word, Kw kind);
    std::array<Entry, kSize> m_table{};
    Openers m_opens{}; // per first two letters: a bit for each keyword length
    OpenerEnds m_ends{}; // per first and last letter: the same
    void markEnd(char16_t first, char16_t last, size_t length)
    {
        m_ends[FigureText::caseKeptLetter(first) * 26 + size_t((last | 0x20) - u'a')] |= uint16_t(1u << length);
    }
    std::array<uint16_t, FigureText::kFoldedPairSlots> m_anyWord{}; // the same for every keyword, any case
};

} // namespace DealScope
