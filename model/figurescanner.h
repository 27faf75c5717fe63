// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "currencytable.h"
#include "figure.h"
#include "figurekeywords.h"
#include "figuretext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>
#include <utility>

namespace DealScope {

// Internal to FigureExtractor: one scan of one text for figures, appended to
// `out` in text order (retractions are marked afterwards by the extractor).
// Per-call state only; the keyword table it reads is shared and read-only.
// The small readers below stay in the header so the scanner's loops inline them.
class FigureScanner
{
public:
    FigureScanner(QStringView text, const QDate &articleDate, QList<Figure> &out)
        : m_s(text), m_n(text.size()), m_date(articleDate), m_out(out), m_kw(FigureKeywords::instance())
    {
    }

    void run();

private:
    using Kw = FigureKeywords::Kw;
    using Entry = FigureKeywords::Entry;

    struct Num
    {
        qsizetype start = 0;
        qsizetype end = 0;
        double value = 0;
        double mantissa = 0; // the digits written, decimals included ("4.357": 4357)
        int decimals = 0;    // digits after the decimal point
        bool ok = false;
        bool isWord = false;
        bool plainInt = false; // digits only: no separators, no decimals
        int digits = 0;
    };

    struct Scale
    {
        double mult = 1;
        qsizetype end = -1;
        bool found() const { return end >= 0; }
    };

    enum class UnitKind { None, Money, Pence, Percent, Points, Power, Duration };

    struct Unit
    {
        UnitKind kind = UnitKind::None;
        double mult = 1;
        const char *code = nullptr;
        qsizetype end = -1;
    };

    // The word right after a number or its scale, past one space or hyphen.
    struct WordAfter
    {
        qsizetype at;     // where the number (or scale) ends
        qsizetype q;      // the word's start
        qsizetype e;      // its end: ASCII letters only, q when none
        bool glued;       // no space or hyphen before it
        bool word;        // a whole word, not glued to more letters or digits
        uint64_t code;    // codeOf(q, e)
        const Entry *kw;  // its keyword, for a whole word
    };

    // One side of a quantity: [currency] number [scale] [unit].
    struct Side
    {
        qsizetype start = 0;
        qsizetype end = 0;
        const char *code = nullptr;
        Num num;
        Scale scale;
        Unit unit;
        WordAfter unitWord; // where the unit was looked for; set by parseSide() once it has a number
    };

    // one unsigned compare covers both ends (i < 0 wraps to a huge size_t)
    char16_t at(qsizetype i) const { return size_t(i) < size_t(m_n) ? m_s[i].unicode() : u'\0'; }
    const char16_t *text() const { return reinterpret_cast<const char16_t *>(m_s.utf16()); }
    qsizetype wordEnd(qsizetype p) const
    {
        return FigureText::letterRunEnd(reinterpret_cast<const char16_t *>(m_s.utf16()), p, m_n);
    }
    // [b, e) holds ASCII letters only (wordEnd(), letterRunEnd() or a walk
    // back over isAsciiLetter() found it): | 0x20 lowers them.
    uint64_t codeOf(qsizetype b, qsizetype e) const
    {
        if (e - b > FigureText::kMaxWord || e <= b || FigureText::isLetter(at(e)))
            return 0;
        return FigureText::packLetters(reinterpret_cast<const char16_t *>(m_s.utf16()), b, e);
    }
    // The same for a word found by isLetter(), which may hold other letters.
    uint64_t codeOfLetters(qsizetype b, qsizetype e) const
    {
        if (e - b > FigureText::kMaxWord || e <= b || FigureText::isLetter(at(e)))
            return 0;
        uint64_t code = 0;
        for (qsizetype i = b; i < e; ++i)
            code = code * 27 + uint64_t(FigureText::lower(m_s[i].unicode()) - u'a' + 1);
        return code;
    }
    const Entry *keywordAt(qsizetype b, qsizetype *e) const
    {
        *e = wordEnd(b);
        return m_kw.mayBeKeyword(text() + b, text() + *e) ? m_kw.find(codeOf(b, *e)) : nullptr;
    }
    // Skips one run of horizontal spaces (at most a few characters).
    qsizetype skipSpace(qsizetype p) const
    {
        qsizetype q = p;
        while (q < m_n && q - p < 3 && FigureText::isHSpace(m_s[q].unicode()))
            ++q;
        return q;
    }
    bool hasSpace(qsizetype p) const { return p < m_n && FigureText::isHSpace(m_s[p].unicode()); }

    qsizetype prevWordStart(qsizetype p, bool first, qsizetype *end) const;
    qsizetype prevWord(qsizetype p, bool first, uint64_t *code) const;
    // Up to `max` (at most 3) words before `start`, nearest first; the start
    // of the last one in *firstStart. Read once per place (see m_before).
    int prevWords(qsizetype start, uint64_t *codes, int max, qsizetype *firstStart = nullptr) const;
    // Where a quarter or half naming the months of the year at `year` starts
    // ("Q3 ", "the second half of "), with those months; -1 when none does.
    qsizetype periodBefore(qsizetype year, int *firstMonth, int *lastMonth) const;
    // `money`: the number follows a currency, so "43, 474" is one number with a stray space.
    // parseNumber(), wordAfter(), parseScale() and parseUnit() write into a
    // default-constructed *out.
    void parseNumber(qsizetype p, bool money, Num *out) const;
    Num parseWordNumber(qsizetype p) const;
    // A capitalised word inside a run of capitalised words, not opening a sentence.
    bool insideName(qsizetype start, qsizetype end) const;
    static double powerOfTen(int exponent);
    // A number times a scale or unit, computed from its digits where that is exact.
    static double scaled(const Num &n, double factor);
    void wordAfter(qsizetype p, WordAfter *out) const;
    // `money`: the number has a currency, so a spaced capital B, M or T is its scale.
    qsizetype readDecimals(qsizetype p, double *v, Num *n) const;
    bool decimalCommaAt(qsizetype q) const;
    bool indianGroupsAt(qsizetype q) const;
    void parseScale(const WordAfter &next, bool money, Scale *out) const;
    void parseUnit(const WordAfter &next, bool hasCurrency, Unit *out) const;
    qsizetype parseCountNoun(qsizetype p, bool knownOnly, qsizetype *nounStart) const;
    bool parseSide(qsizetype p, Side *side, bool allowWords) const;
    // The currency written at p ("$", "US$", "EUR "), its length in *len.
    // Most sides open with a digit: that is told inline.
    const char *currencyPrefix(qsizetype p, qsizetype *len) const
    {
        // a glyph is no ISO code: only the table's signs are asked for it
        const char16_t c = at(p);
        if (FigureText::isCurrencyGlyph(c))
            return CurrencyTable::symbolAt(m_s, p, len);
        return FigureText::isUpper(c) ? currencyPrefixAt(p, len) : nullptr;
    }
    const char *currencyPrefixAt(qsizetype p, qsizetype *len) const;
    Qualifier qualifierBefore(qsizetype start, FigureKind kind, bool *found) const;
    bool isLabelNumber(qsizetype start) const;
    bool yearContext(qsizetype start) const;
    bool isTickerQuote(qsizetype start) const;

    qsizetype atWord(qsizetype i, qsizetype e);
    qsizetype atSign(qsizetype i);
    qsizetype tryNumeric(qsizetype pos);
    qsizetype skipAfterFailure(qsizetype skip) const;
    bool articleMayStartFigure(qsizetype wordEnd, Kw kind) const;
    qsizetype tryMonth(qsizetype pos, qsizetype wordEnd, int month);
    qsizetype tryWeekday(qsizetype pos, qsizetype wordEnd, int weekday);
    qsizetype tryRelative(qsizetype pos, qsizetype wordEnd, const Entry &kw);
    qsizetype tryVague(qsizetype pos, qsizetype wordEnd, double base);
    qsizetype tryDatePrefix(qsizetype pos, qsizetype wordEnd, int month);
    qsizetype tryDayMonth(const Num &day, qsizetype start);
    qsizetype emitDayOrMonth(qsizetype start, qsizetype p, int day, int month, bool approx);

    void finishQualifier(Figure &f, bool glyphSet);
    QString codeString(const char *code);
    bool addFigure(Figure &f);
    enum class Precision { Day, Month, Year };
    void setDate(Figure &f, const QDate &d, Precision precision);

    QStringView m_s;
    qsizetype m_n;
    QDate m_date;
    QList<Figure> &m_out;
    const FigureKeywords &m_kw;
    qsizetype m_lastEnd = 0;
    // The words before the last place prevWords() was asked about: a year
    // asks for them up to four times (its period twice, its context, "end
    // of"), and each reading walked back and packed them again.
    struct WordsBefore
    {
        qsizetype at = -1;
        int count = 0;     // words read so far
        bool done = false; // no further word before the last one read
        uint64_t codes[3];
        qsizetype starts[3];
    };
    mutable WordsBefore m_before;
    // per-call cache: one shared QString per currency code, not one per figure
    std::array<std::pair<const char *, QString>, 8> m_codes{};
};

} // namespace DealScope
