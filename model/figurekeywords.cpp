// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurekeywords.h"

#include "currencytable.h"

#include <string>

namespace DealScope {

using namespace FigureText;

const FigureKeywords &FigureKeywords::instance()
{
    static const FigureKeywords table;
    return table;
}

FigureKeywords::FigureKeywords()
{
    const char *ones[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                          "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                          "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < 20; ++i)
        add(ones[i], Kw::Number, i);
    const char *tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < 8; ++i)
        add(tens[i], Kw::Number, 20 + 10 * i);
    add("hundred", Kw::Hundred, 100);
    add("dozen", Kw::Dozen, 12);
    add("a", Kw::Article, 1);
    add("an", Kw::Article, 1);
    add("half", Kw::Half, 0.5);
    add("thousand", Kw::Scale, 1e3);
    add("million", Kw::Scale, 1e6);
    add("billion", Kw::Scale, 1e9);
    add("trillion", Kw::Scale, 1e12);
    add("lakh", Kw::Scale, 1e5);
    add("lakhs", Kw::Scale, 1e5);
    add("crore", Kw::Scale, 1e7);
    add("crores", Kw::Scale, 1e7);
    add("bn", Kw::Scale, 1e9);
    add("bln", Kw::Scale, 1e9);
    add("bil", Kw::Scale, 1e9);
    add("mn", Kw::Scale, 1e6);
    add("mln", Kw::Scale, 1e6);
    add("tn", Kw::Scale, 1e12);
    add("trn", Kw::Scale, 1e12);
    const char *months[] = {"january", "february", "march", "april", "may", "june", "july",
                            "august", "september", "october", "november", "december"};
    for (int i = 0; i < 12; ++i)
        add(months[i], Kw::Month, i + 1);
    const char *abbrev[] = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const int abbrevMonth[] = {1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12};
    for (int i = 0; i < 11; ++i)
        add(abbrev[i], Kw::Month, abbrevMonth[i]);
    add("sept", Kw::Month, 9);
    const char *days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int i = 0; i < 7; ++i)
        add(days[i], Kw::Weekday, i + 1);
    add("tens", Kw::Vague, 10);
    add("dozens", Kw::Vague, 12);
    add("hundreds", Kw::Vague, 100);
    add("thousands", Kw::Vague, 1e3);
    add("millions", Kw::Vague, 1e6);
    add("billions", Kw::Vague, 1e9);
    add("trillions", Kw::Vague, 1e12);
    add("yesterday", Kw::RelDay, -1);
    add("today", Kw::RelDay, 0);
    add("tomorrow", Kw::RelDay, 1);
    add("last", Kw::RelDir, -1);
    add("this", Kw::RelDir, 0);
    add("next", Kw::RelDir, 1);
    add("week", Kw::RelUnit, 1);
    add("month", Kw::RelUnit, 2);
    add("year", Kw::RelUnit, 3);
    add("coming", Kw::Coming, 0);
    add("months", Kw::AheadUnit, 2);
    add("weeks", Kw::AheadUnit, 1);
    add("years", Kw::AheadUnit, 3);
    add("end", Kw::DatePrefix, 12);
    add("mid", Kw::DatePrefix, 6);
    add("percent", Kw::Percent, 1);
    add("pct", Kw::Percent, 1);
    add("per", Kw::Per, 1);
    add("percentage", Kw::Percentage, 1);
    add("watts", Kw::PowerWord, 1);
    add("watt", Kw::PowerWord, 1);
    add("kilowatts", Kw::PowerWord, 1e3);
    add("kilowatt", Kw::PowerWord, 1e3);
    add("megawatts", Kw::PowerWord, 1e6);
    add("megawatt", Kw::PowerWord, 1e6);
    add("gigawatts", Kw::PowerWord, 1e9);
    add("gigawatt", Kw::PowerWord, 1e9);
    add("terawatts", Kw::PowerWord, 1e12);
    add("terawatt", Kw::PowerWord, 1e12);
    add("yrs", Kw::Duration, 1);
    add("yr", Kw::Duration, 1);
    add("days", Kw::Duration, 1 / 365.25);
    add("day", Kw::Duration, 1 / 365.25);
    add("decades", Kw::Duration, 10);
    add("decade", Kw::Duration, 10);
    add("quarters", Kw::Duration, 0.25);
    // Currency prefixes written in letters ("US$5bn", "CHF 2bn", "A$9.6bil",
    // "Rs 500 crore") pass mayOpenFigure() too, so the scanner skips every other
    // word with one table test: a one-letter capital, two or three capitals (an
    // ISO code or a sign), and the letters of the signs that have lower case.
    for (char16_t first = u'A'; first <= u'Z'; ++first) {
        m_opens[openerSlot(first, u'\0')] |= 1u << 1;
        markEnd(first, first, 1);
        for (char16_t second = u'A'; second <= u'Z'; ++second) {
            m_opens[openerSlot(first, second)] |= (1u << 2) | (1u << 3);
            markEnd(first, second, 2); // the last letter, any capital
            markEnd(first, second, 3);
        }
    }
    for (const QStringView sign : CurrencyTable::letterSigns()) {
        qsizetype letters = 0;
        while (letters < sign.size() && isAsciiLetter(sign[letters].unicode()))
            ++letters;
        if (letters >= 1 && letters < 16) {
            m_opens[openerSlot(sign[0].unicode(), letters > 1 ? sign[1].unicode() : u'\0')] |= uint16_t(1u << letters);
            markEnd(sign[0].unicode(), sign[letters - 1].unicode(), size_t(letters));
        }
    }
    // mayOpenWord() reads the unit after a one-letter word as its second letter
    spreadOneLetterBits(m_opens);
}

void FigureKeywords::add(const char *word, Kw kind, double value)
{
    const uint64_t code = pack(word);
    size_t i = slot(code);
    while (m_table[i].code != 0)
        i = (i + 1) & (kSize - 1);
    m_table[i] = {code, kind, value};
    m_anyWord[foldedPairSlot(char16_t(word[0]), char16_t(word[1]))] |= uint16_t(1u << std::char_traits<char>::length(word));
    markOpener(word, kind);
}

void FigureKeywords::markOpener(const char *word, Kw kind)
{
    const char16_t lowerFirst = char16_t(word[0]);
    const char16_t upperFirst = char16_t(word[0] - 32);
    const char16_t second = char16_t(word[1]);
    const char16_t upperSecond = second ? char16_t(second - 32) : second;
    const size_t len = std::char_traits<char>::length(word);
    const uint16_t length = uint16_t(1u << len);
    const char16_t last = char16_t(word[len - 1]);
    switch (kind) {
    case Kw::Number:
    case Kw::Article:
    case Kw::Half:
    case Kw::Vague:
    case Kw::RelDay:
    case Kw::RelDir:
    case Kw::Coming:
    case Kw::AheadUnit:
    case Kw::DatePrefix:
        // keywords are found in any case ("TWO", "Two", "two")
        m_opens[openerSlot(lowerFirst, second)] |= length;
        m_opens[openerSlot(lowerFirst, upperSecond)] |= length;
        m_opens[openerSlot(upperFirst, second)] |= length;
        m_opens[openerSlot(upperFirst, upperSecond)] |= length;
        markEnd(lowerFirst, last, len);
        markEnd(upperFirst, last, len);
        break;
    case Kw::Month:
    case Kw::Weekday:
        // names of months and days open a date only when capitalised
        m_opens[openerSlot(upperFirst, second)] |= length;
        m_opens[openerSlot(upperFirst, upperSecond)] |= length;
        markEnd(upperFirst, last, len);
        break;
    default:
        break;
    }
}

} // namespace DealScope
