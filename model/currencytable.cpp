// SPDX-License-Identifier: GPL-3.0-or-later
#include "currencytable.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>
#include <vector>

namespace DealScope {

namespace {

struct Sign
{
    std::u16string_view text; // lengths known at compile time: no strlen per lookup
    const char *code;
};

// Longest forms first: "US$" must win over "$".
const Sign kSigns[] = {
    {u"U.S.$", "USD"}, {u"US$", "USD"}, {u"USD$", "USD"}, {u"AU$", "AUD"}, {u"A$", "AUD"},
    {u"CA$", "CAD"}, {u"C$", "CAD"}, {u"HK$", "HKD"}, {u"NZ$", "NZD"}, {u"SG$", "SGD"},
    {u"S$", "SGD"}, {u"NT$", "TWD"}, {u"R$", "BRL"}, {u"MX$", "MXN"}, {u"CN\u00A5", "CNY"},
    {u"RMB\u00A5", "CNY"}, {u"Rs.", "INR"}, {u"Rs", "INR"}, {u"RM", "MYR"},
    // "$US1 billion", "$A9.6 billion": the sign before the country, Australian style
    {u"$US", "USD"}, {u"$AU", "AUD"}, {u"$A", "AUD"}, {u"$NZ", "NZD"},
    {u"$", "USD"}, {u"\u20AC", "EUR"}, {u"\u00A3", "GBP"}, {u"\u00A5", "JPY"},
    {u"\uFFE5", "JPY"}, {u"\u20B9", "INR"}, {u"\u20A9", "KRW"}, {u"\u20BD", "RUB"},
    {u"\u20BA", "TRY"}, {u"\u20AA", "ILS"}, {u"\u20A6", "NGN"}, {u"\u20B1", "PHP"},
};

struct Code
{
    const char *text;
    const char *code;
};

const Code kCodes[] = {
    {"USD", "USD"}, {"EUR", "EUR"}, {"GBP", "GBP"}, {"JPY", "JPY"}, {"INR", "INR"},
    {"CNY", "CNY"}, {"RMB", "CNY"}, {"CHF", "CHF"}, {"AUD", "AUD"}, {"CAD", "CAD"},
    {"HKD", "HKD"}, {"SGD", "SGD"}, {"NZD", "NZD"}, {"KRW", "KRW"}, {"MYR", "MYR"},
    {"BRL", "BRL"}, {"ZAR", "ZAR"}, {"SAR", "SAR"}, {"AED", "AED"}, {"SEK", "SEK"},
    {"NOK", "NOK"}, {"DKK", "DKK"}, {"MXN", "MXN"}, {"TWD", "TWD"}, {"RUB", "RUB"},
    {"TRY", "TRY"}, {"ILS", "ILS"}, {"IDR", "IDR"}, {"THB", "THB"}, {"PLN", "PLN"},
    {"NGN", "NGN"}, {"QAR", "QAR"}, {"KWD", "KWD"}, {"EGP", "EGP"}, {"VND", "VND"},
    {"CZK", "CZK"}, {"HUF", "HUF"}, {"PHP", "PHP"}, {"CLP", "CLP"}, {"COP", "COP"},
    {"ARS", "ARS"}, {"PKR", "PKR"}, {"BDT", "BDT"}, {"KES", "KES"},
};

struct Word
{
    const char *word;      // lower-case name after the number
    const char *qualifier; // lower-case word before the name, or nullptr
    const char *code;
};

// Qualified forms first so "hong kong dollars" is not read as US dollars.
const Word kWords[] = {
    {"dollars", "australian", "AUD"}, {"dollars", "canadian", "CAD"}, {"dollars", "kong", "HKD"},
    {"dollars", "singapore", "SGD"}, {"dollars", "zealand", "NZD"}, {"dollars", "taiwan", "TWD"},
    {"dollars", "taiwanese", "TWD"}, {"dollars", "us", "USD"}, {"dollars", "american", "USD"},
    {"francs", "swiss", "CHF"}, {"reais", "brazilian", "BRL"}, {"pesos", "mexican", "MXN"},
    {"rupees", "pakistani", "PKR"}, {"kronor", "swedish", "SEK"}, {"kroner", "norwegian", "NOK"},
    {"kroner", "danish", "DKK"}, {"dollars", nullptr, "USD"}, {"dollar", nullptr, "USD"},
    {"euros", nullptr, "EUR"}, {"euro", nullptr, "EUR"}, {"pounds", nullptr, "GBP"},
    {"sterling", nullptr, "GBP"}, {"yen", nullptr, "JPY"}, {"yuan", nullptr, "CNY"},
    {"renminbi", nullptr, "CNY"}, {"rupees", nullptr, "INR"}, {"rupee", nullptr, "INR"},
    {"ringgit", nullptr, "MYR"}, {"won", nullptr, "KRW"}, {"rand", nullptr, "ZAR"},
    {"riyals", nullptr, "SAR"}, {"dirhams", nullptr, "AED"}, {"reais", nullptr, "BRL"},
    {"kronor", nullptr, "SEK"}, {"lira", nullptr, "TRY"}, {"rubles", nullptr, "RUB"},
    {"roubles", nullptr, "RUB"}, {"baht", nullptr, "THB"}, {"rupiah", nullptr, "IDR"},
    {"shekels", nullptr, "ILS"}, {"zloty", nullptr, "PLN"}, {"naira", nullptr, "NGN"},
    {"dong", nullptr, "VND"},
};

// Compares up to the terminator without strlen: most calls fail on the
// first character, and the figure scanner calls this for many words.
bool equalsAscii(QStringView s, const char *ascii)
{
    const qsizetype n = s.size();
    qsizetype i = 0;
    for (; ascii[i]; ++i) {
        if (i >= n || s[i].unicode() != char16_t(ascii[i]))
            return false;
    }
    return i == n;
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The signs by first unit, each list in table order (longest forms
// first): a capital or a sign is compared only with the signs that start
// with it.
struct SignsByFirst
{
    SignsByFirst()
    {
        for (size_t i = 0; i < std::size(kSigns); ++i) {
            const char16_t first = kSigns[i].text.front();
            (first < 128 ? ascii[first] : other).push_back(quint8(i));
        }
    }
    const std::vector<quint8> &candidates(char16_t first) const { return first < 128 ? ascii[first] : other; }
    std::array<std::vector<quint8>, 128> ascii;
    std::vector<quint8> other; // the currency glyphs, few
};

// Most signs in text are a lone glyph ("$5bn", "€300m"): for a first unit
// that is a sign of its own, the second units that longer signs go on with
// ("$US", "$A") tell at once when no longer sign can match. Slots by the
// unit's low byte; a slot two first units share is left to the list.
struct LoneSignSlot
{
    char16_t first = 0;
    bool shared = false;
    int count = 0;
    std::array<char16_t, 4> seconds{};
    const char *code = nullptr; // the lone sign's code
};
using LoneSigns = std::array<LoneSignSlot, 256>;

LoneSigns buildLoneSigns()
{
    LoneSigns table{};
    for (const Sign &sign : kSigns) {
        LoneSignSlot &slot = table[sign.text.front() & 0xFF];
        if (slot.first && slot.first != sign.text.front())
            slot.shared = true;
        slot.first = sign.text.front();
        if (sign.text.size() == 1 && !isAsciiLetter(sign.text.front())) {
            if (!slot.code)
                slot.code = sign.code;
        } else if (sign.text.size() > 1) {
            const auto end = slot.seconds.begin() + slot.count;
            if (std::find(slot.seconds.begin(), end, sign.text[1]) != end)
                continue;
            if (slot.count == int(slot.seconds.size()))
                slot.shared = true; // too many to test: the list decides
            else
                slot.seconds[size_t(slot.count++)] = sign.text[1];
        }
    }
    return table;
}

// The lone sign's code when the units at pos can start no longer sign.
const char *loneSignAt(const LoneSigns &table, QStringView text, qsizetype pos)
{
    const char16_t first = text[pos].unicode();
    const LoneSignSlot &slot = table[first & 0xFF];
    if (slot.first != first || slot.shared || !slot.code)
        return nullptr;
    const char16_t second = pos + 1 < text.size() ? text[pos + 1].unicode() : u'\0';
    for (int i = 0; i < slot.count; ++i) {
        if (slot.seconds[size_t(i)] == second)
            return nullptr;
    }
    return slot.code;
}

} // namespace

QList<QStringView> CurrencyTable::letterSigns()
{
    QList<QStringView> signs;
    for (const Sign &sign : kSigns) {
        if (isAsciiLetter(sign.text.front()))
            signs.append(QStringView(sign.text.data(), qsizetype(sign.text.size())));
    }
    return signs;
}

const char *CurrencyTable::symbolAt(QStringView text, qsizetype pos, qsizetype *length)
{
    static const LoneSigns lone = buildLoneSigns();
    if (const char *code = loneSignAt(lone, text, pos)) {
        *length = 1;
        return code;
    }
    static const SignsByFirst byFirst;
    const char16_t first = text[pos].unicode();
    for (const quint8 index : byFirst.candidates(first)) {
        const Sign &sign = kSigns[index];
        if (sign.text.front() != first || pos + qsizetype(sign.text.size()) > text.size())
            continue;
        const QStringView s(sign.text.data(), qsizetype(sign.text.size()));
        // the first unit matched; signs are a few units long, so comparing
        // the rest here costs less than a library call
        bool same = true;
        for (qsizetype k = 1; k < s.size() && same; ++k)
            same = text[pos + k] == s[k];
        if (!same)
            continue;
        if (isAsciiLetter(s.front().unicode()) || isAsciiLetter(s.back().unicode())) {
            // A letter prefix ("Rs", "RM", "US$") is a currency only when it
            // starts a word; "Rs", "RM" and "$US" also need a number right after.
            if (isAsciiLetter(s.front().unicode()) && pos > 0 && QChar(text[pos - 1]).isLetterOrNumber())
                continue;
            const qsizetype after = pos + s.size();
            if (s.back() != u'$' && s.back() != u'\u00A5') {
                qsizetype q = after;
                if (q < text.size() && (text[q] == u' ' || text[q] == u'\u00A0'))
                    ++q;
                if (q >= text.size() || !text[q].isDigit())
                    continue;
            }
        }
        *length = s.size();
        return sign.code;
    }
    return nullptr;
}

QList<const char *> CurrencyTable::nameOpeners()
{
    QList<const char *> words;
    for (const Word &w : kWords) {
        words.append(w.qualifier ? w.qualifier : w.word);
        if (w.qualifier)
            words.append(w.word);
    }
    return words;
}

QString CurrencyTable::codeString(const char *code)
{
    // every code the lookups return is a row's code in kCodes; each text
    // ends in a zero, as QStringLiteral's do, for readers of constData()
    static const auto texts = [] {
        std::array<std::array<char16_t, 4>, std::size(kCodes)> t{};
        for (size_t i = 0; i < t.size(); ++i) {
            for (size_t k = 0; k < 3; ++k)
                t[i][k] = char16_t(kCodes[i].code[k]);
        }
        return t;
    }();
    for (size_t i = 0; i < std::size(kCodes); ++i) {
        if (qstrcmp(kCodes[i].code, code) == 0)
            return QString::fromRawData(reinterpret_cast<const QChar *>(texts[i].data()), 3);
    }
    return QString::fromLatin1(code);
}

const char *CurrencyTable::isoCode(QStringView word)
{
    if (word.size() != 3)
        return nullptr;
    for (const Code &c : kCodes) {
        if (equalsAscii(word, c.text))
            return c.code;
    }
    return nullptr;
}

namespace {

// The currency words by first letter, each list in table order (qualified
// forms first): a word after a number is compared only with the few names
// that start like it.
struct WordsByInitial
{
    WordsByInitial()
    {
        for (size_t i = 0; i < std::size(kWords); ++i)
            lists[size_t(kWords[i].word[0] - 'a')].push_back(quint8(i));
    }
    std::array<std::vector<quint8>, 26> lists;
};

} // namespace

const char *CurrencyTable::currencyWord(QStringView word, QStringView qualifier, bool *usesQualifier)
{
    *usesQualifier = false;
    static const WordsByInitial byInitial;
    const char16_t first = word.isEmpty() ? u'\0' : word.front().unicode();
    if (first < u'a' || first > u'z')
        return nullptr; // every name is lower-case ASCII
    for (const quint8 index : byInitial.lists[size_t(first - u'a')]) {
        const Word &w = kWords[index];
        if (!equalsAscii(word, w.word))
            continue;
        if (w.qualifier) {
            if (equalsAscii(qualifier, w.qualifier)) {
                *usesQualifier = true;
                return w.code;
            }
            continue;
        }
        return w.code;
    }
    return nullptr;
}

} // namespace DealScope
