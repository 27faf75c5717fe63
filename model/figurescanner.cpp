// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurescanner.h"

#include "currencytable.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string_view>
#include <vector>

namespace DealScope {

using namespace FigureText;

namespace {

// Words before a figure that qualify it. Phrases in reading order.
struct Phrase
{
    uint64_t words[4];
    int count;
    Qualifier qualifier;
};

#define P1(a, q) {{pack(a)}, 1, Qualifier::q}
#define P2(a, b, q) {{pack(a), pack(b)}, 2, Qualifier::q}
#define P3(a, b, c, q) {{pack(a), pack(b), pack(c)}, 3, Qualifier::q}

// Longest phrases first so "no more than" wins over "more than".
const Phrase kQualifierPhrases[] = {
    P3("no", "more", "than", UpperBound), P3("not", "more", "than", UpperBound),
    P3("as", "much", "as", UpperBound), P3("as", "many", "as", UpperBound), P3("as", "high", "as", UpperBound),
    P3("no", "less", "than", LowerBound), P3("not", "less", "than", LowerBound),
    P3("in", "excess", "of", LowerBound), P3("a", "minimum", "of", LowerBound),
    P3("a", "maximum", "of", UpperBound), P3("just", "shy", "of", Approx), P3("more", "or", "less", Approx),
    P2("up", "to", UpperBound), P2("capped", "at", UpperBound), P2("at", "most", UpperBound),
    P2("less", "than", UpperBound), P2("fewer", "than", UpperBound), P2("maximum", "of", UpperBound),
    P2("not", "exceeding", UpperBound), P2("at", "least", LowerBound), P2("more", "than", LowerBound),
    P2("greater", "than", LowerBound), P2("north", "of", LowerBound), P2("upwards", "of", LowerBound),
    P2("minimum", "of", LowerBound), P2("close", "to", Approx), P2("just", "over", Approx),
    P2("just", "under", Approx),
    P1("under", UpperBound), P1("below", UpperBound), P1("over", LowerBound), P1("above", LowerBound),
    P1("exceeding", LowerBound), P1("exceeds", LowerBound), P1("exceeded", LowerBound),
    P1("surpassing", LowerBound), P1("topping", LowerBound), P1("beyond", LowerBound),
    P1("roughly", Approx), P1("approximately", Approx), P1("approx", Approx), P1("about", Approx),
    P1("around", Approx), P1("nearly", Approx), P1("almost", Approx), P1("some", Approx),
    P1("estimated", Approx), P1("circa", Approx), P1("near", Approx), P1("approaching", Approx),
    P1("early", Approx), P1("late", Approx), P1("mid", Approx),
};

#undef P1
#undef P2
#undef P3

// The qualifier phrases grouped by a hash of their last word, each group in
// list order: most words next to a figure find an empty group with one
// multiply, and the others compare only the phrases that end like them.
inline unsigned phraseBit(uint64_t code) { return unsigned((code * 0x9E3779B97F4A7C15ULL) >> 56); }
struct PhraseEnds
{
    PhraseEnds()
    {
        for (size_t i = 0; i < std::size(kQualifierPhrases); ++i) {
            const Phrase &ph = kQualifierPhrases[i];
            groups[phraseBit(ph.words[ph.count - 1])].push_back(quint8(i));
        }
    }
    std::array<std::vector<quint8>, 256> groups;
};
const std::vector<quint8> &phrasesEndingLike(uint64_t code)
{
    static const PhraseEnds ends;
    return ends.groups[phraseBit(code)];
}

// Whether the ASCII letter word [b, e) may end a qualifier phrase, from its
// first two letters and its length: two words in three next to a figure end
// none ("the", "for", "raised"), and are then neither packed nor looked up.
// b[1] is read even for a one-letter word (the unit after it).
bool mayEndPhrase(const char16_t *b, const char16_t *e)
{
    // per first two letters (either case, the opener table's slots): a bit
    // for each length; one-letter words' bits in every slot of their letter,
    // as the unit after such a word is read as its second letter
    static const auto ends = [] {
        OpenerSlots t{};
        for (const Phrase &ph : kQualifierPhrases) {
            // unpack the base-27 digits of the last word, last letter first
            char16_t letters[kMaxWord];
            int len = 0;
            for (uint64_t code = ph.words[ph.count - 1]; code; code /= 27)
                letters[len++] = char16_t(u'a' + code % 27 - 1);
            const char16_t first = letters[len - 1];
            const char16_t second = len > 1 ? letters[len - 2] : u'\0';
            for (const char16_t f : {first, char16_t(first - 32)}) {
                for (const char16_t s : {second, char16_t(second ? second - 32 : 0)})
                    t[keywordOpenerSlot(f, s)] |= uint16_t(1u << len);
            }
        }
        spreadOneLetterBits(t);
        return t;
    }();
    const size_t len = size_t(e - b);
    const size_t slot = size_t(kSlotParts.first[b[0]]) + kSlotParts.second[b[1] & 127];
    return len < 16 && (ends[slot] >> len) & 1;
}

// A set of packed words: open addressing over 256 slots, zero for an empty
// one. The lists below are asked per figure, and a linear search of the
// counted nouns cost up to 110 compares.
using CodeSet = std::array<uint64_t, 256>;
inline size_t codeSlot(uint64_t code) { return size_t((code * 0x9E3779B97F4A7C15ULL) >> 56); }

template <typename Codes>
CodeSet buildCodeSet(const Codes &codes)
{
    CodeSet set{};
    for (const uint64_t code : codes) {
        size_t i = codeSlot(code);
        while (set[i] && set[i] != code)
            i = (i + 1) % set.size();
        set[i] = code;
    }
    return set;
}

bool inCodeSet(const CodeSet &set, uint64_t code)
{
    if (!code)
        return false;
    for (size_t i = codeSlot(code);; i = (i + 1) % set.size()) {
        if (set[i] == code)
            return true;
        if (!set[i])
            return false;
    }
}

// Whether a word (its packed code) can open a currency name after a number:
// CurrencyTable's names and qualifiers, "hong" ("Hong Kong dollars") and
// "pence", in a set built once. Most words after a number open none and
// are then neither lower-cased nor looked up one by one.
bool mayOpenCurrencyName(uint64_t code)
{
    static const CodeSet set = [] {
        QList<const char *> words = CurrencyTable::nameOpeners();
        words << "hong" << "pence";
        std::vector<uint64_t> codes;
        for (const char *w : std::as_const(words))
            codes.push_back(pack(w));
        return buildCodeSet(codes);
    }();
    return inCodeSet(set, code);
}

constexpr uint64_t kIn = pack("in");
constexpr uint64_t kThe = pack("the");
constexpr uint64_t kFrom = pack("from");
constexpr uint64_t kBetween = pack("between");
constexpr uint64_t kAnd = pack("and");
constexpr uint64_t kTo = pack("to");
constexpr uint64_t kOf = pack("of");
constexpr uint64_t kOr = pack("or");
constexpr uint64_t kOver = pack("over");
constexpr uint64_t kNot = pack("not");

// Words after which a bare four-digit number is a year.
const uint64_t kYearContext[] = {
    pack("in"), pack("since"), pack("by"), pack("from"), pack("until"), pack("till"), pack("through"),
    pack("thru"), pack("during"), pack("of"), pack("for"), pack("before"), pack("after"), pack("around"),
    pack("circa"), pack("early"), pack("late"), pack("mid"), pack("end"), pack("start"), pack("beginning"),
    pack("fiscal"), pack("spring"), pack("summer"), pack("autumn"), pack("fall"), pack("winter"),
    pack("between"), pack("to"), pack("year"), pack("and"), pack("into"), pack("as"), pack("within"),
};

// Nouns counted in deal reporting; a number before one of them is a count
// even with a few words in between ("500,000 Nvidia H100 chips").
const uint64_t kCountNouns[] = {
    pack("chips"), pack("processors"), pack("accelerators"), pack("servers"), pack("racks"), pack("nodes"),
    pack("employees"), pack("workers"), pack("staff"), pack("jobs"), pack("people"), pack("users"),
    pack("customers"), pack("clients"), pack("subscribers"), pack("members"), pack("shares"), pack("stores"),
    pack("shops"), pack("branches"), pack("offices"), pack("centers"), pack("centres"), pack("datacenters"),
    pack("datacentres"), pack("factories"), pack("plants"), pack("sites"), pack("facilities"),
    pack("companies"), pack("firms"), pack("startups"), pack("banks"), pack("deals"), pack("units"),
    pack("vehicles"), pack("cars"), pack("aircraft"), pack("planes"), pack("jets"), pack("homes"),
    pack("houses"), pack("devices"), pack("phones"), pack("smartphones"), pack("handsets"), pack("patents"),
    pack("engineers"), pack("researchers"), pack("developers"), pack("scientists"), pack("investors"),
    pack("countries"), pack("cities"), pack("markets"), pack("stations"), pack("towers"), pack("satellites"),
    pack("agents"), pack("apps"), pack("products"), pack("partners"), pack("contracts"), pack("locations"),
    pack("restaurants"), pack("hospitals"), pack("schools"), pack("students"), pack("patients"),
    pack("households"), pack("passengers"), pack("layoffs"), pack("roles"), pack("positions"),
    pack("seats"), pack("licenses"), pack("licences"), pack("downloads"), pack("transactions"),
    pack("orders"), pack("accounts"), pack("tokens"), pack("parameters"), pack("cores"), pack("wafers"),
    pack("robots"), pack("machines"), pack("clusters"), pack("warehouses"), pack("ships"), pack("trucks"),
    pack("batteries"), pack("turbines"), pack("chargers"), pack("cameras"), pack("sensors"),
    pack("residents"), pack("viewers"), pack("visitors"), pack("followers"), pack("brands"),
    pack("outlets"), pack("properties"), pack("buildings"), pack("hotels"), pack("airports"),
    pack("drones"), pack("games"), pack("titles"), pack("models"), pack("gpus"), pack("cpus"),
};

// Plural-looking words after a number that are not counted things.
const uint64_t kNotCountNouns[] = {
    pack("times"), pack("points"), pack("cents"), pack("others"), pack("hours"), pack("minutes"),
    pack("seconds"), pack("basis"), pack("ones"), pack("pounds"), pack("dollars"), pack("euros"),
    pack("does"), pack("goes"), pack("perhaps"), pack("sometimes"), pack("always"), pack("towards"),
    pack("afterwards"), pack("besides"), pack("whereas"), pack("its"), pack("yards"), pack("metres"),
    pack("meters"), pack("miles"), pack("kilometres"), pack("kilometers"), pack("tonnes"), pack("tons"),
    pack("barrels"), pack("acres"), pack("gallons"), pack("litres"), pack("liters"), pack("degrees"),
    pack("runs"), pack("goals"), pack("wins"), pack("says"), pack("adds"), pack("makes"), pack("takes"),
};

// Adjectives allowed between a number and a known counted noun.
const uint64_t kCountFillers[] = {
    pack("new"), pack("more"), pack("additional"), pack("active"), pack("paying"), pack("monthly"),
    pack("daily"), pack("data"), pack("retail"), pack("full"), pack("time"), pack("part"),
    pack("existing"), pack("advanced"), pack("custom"), pack("its"), pack("their"), pack("of"),
    pack("high"), pack("end"), pack("ai"), pack("permanent"), pack("global"), pack("corporate"),
};

const CodeSet kYearContextSet = buildCodeSet(kYearContext);
const CodeSet kCountNounSet = buildCodeSet(kCountNouns);
const CodeSet kNotCountNounSet = buildCodeSet(kNotCountNouns);
const CodeSet kCountFillerSet = buildCodeSet(kCountFillers);

// Dates are formatted by hand: QString::arg and QDate::toString parse a
// format for every figure, and dense articles hold thousands of dates.
inline char16_t *putDigits(char16_t *p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        p[i] = char16_t(u'0' + value % 10);
    return p + width;
}

QString monthString(int year, int month)
{
    if (year < 0 || year > 9999)
        return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
    char16_t buf[7];
    char16_t *p = putDigits(buf, year, 4);
    *p++ = u'-';
    putDigits(p, month, 2);
    return QString(reinterpret_cast<const QChar *>(buf), 7);
}

// The years news text names, written once: figures then share them
// without an allocation each (the static data is never freed or changed;
// each text ends in a zero, as QStringLiteral's do).
constexpr int kFirstListedYear = 1800;
constexpr int kListedYears = 500;

QString yearString(int year)
{
    if (year >= kFirstListedYear && year < kFirstListedYear + kListedYears) {
        static const auto years = [] {
            std::array<std::array<char16_t, 5>, kListedYears> texts{};
            for (int y = 0; y < kListedYears; ++y)
                putDigits(texts[size_t(y)].data(), kFirstListedYear + y, 4);
            return texts;
        }();
        return QString::fromRawData(reinterpret_cast<const QChar *>(years[size_t(year - kFirstListedYear)].data()), 4);
    }
    if (year < 0 || year > 9999)
        return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    char16_t buf[4];
    putDigits(buf, year, 4);
    return QString(reinterpret_cast<const QChar *>(buf), 4);
}

// "2025-11-03", as QDate::toString(Qt::ISODate) writes it.
QString dayString(const QDate &d)
{
    // one calendar conversion: year(), month() and day() each make their own
    int year = 0, month = 0, day = 0;
    d.getDate(&year, &month, &day);
    if (!d.isValid() || year < 0 || year > 9999)
        return d.toString(Qt::ISODate);
    char16_t buf[10];
    char16_t *p = putDigits(buf, year, 4);
    *p++ = u'-';
    p = putDigits(p, month, 2);
    *p++ = u'-';
    putDigits(p, day, 2);
    return QString(reinterpret_cast<const QChar *>(buf), 10);
}

} // namespace

QString FigureScanner::codeString(const char *code)
{
    for (auto &entry : m_codes) {
        if (entry.first == code)
            return entry.second;
        if (!entry.first) {
            entry = {code, CurrencyTable::codeString(code)};
            return entry.second;
        }
    }
    return CurrencyTable::codeString(code);
}

// The word that ends at p (after at most a few spaces; the word next to a
// figure may also touch it): its start, and its end in *end; -1 when there
// is none. Inlined: it runs for nearly every figure.
Q_ALWAYS_INLINE qsizetype FigureScanner::prevWordStart(qsizetype p, bool first, qsizetype *end) const
{
    qsizetype q = p;
    while (q > 0 && isHSpace(m_s[q - 1].unicode()) && p - q < 3)
        --q;
    if (q == p && !first)
        return -1; // words must be separated by spaces
    const qsizetype b = letterRunStart(text(), q);
    if (b == q || (b > 0 && isAlnum(m_s[b - 1].unicode())))
        return -1;
    *end = q;
    return b;
}

// The same word's start, and its code in *code; -1 when it has none.
Q_ALWAYS_INLINE qsizetype FigureScanner::prevWord(qsizetype p, bool first, uint64_t *code) const
{
    qsizetype e = 0;
    const qsizetype b = prevWordStart(p, first, &e);
    if (b < 0)
        return -1;
    *code = codeOf(b, e);
    return *code ? b : -1;
}

qsizetype FigureScanner::periodBefore(qsizetype year, int *firstMonth, int *lastMonth) const
{
    // "Q3 2025", "H2 2025", "2H 2025": a token of two characters and one space.
    const qsizetype t = year - 3;
    if (t >= 0 && isHSpace(at(year - 1)) && !isAlnum(at(t - 1))) {
        const char16_t a = at(t), b = at(t + 1);
        int quarter = 0, half = 0;
        if (a == u'Q' && b >= u'1' && b <= u'4')
            quarter = b - u'0';
        else if (a == u'H' && (b == u'1' || b == u'2'))
            half = b - u'0';
        else if ((a == u'1' || a == u'2') && b == u'H')
            half = a - u'0';
        if (quarter) {
            *firstMonth = 3 * quarter - 2;
            *lastMonth = 3 * quarter;
            return t;
        }
        if (half) {
            *firstMonth = 6 * half - 5;
            *lastMonth = 6 * half;
            return t;
        }
    }
    // "the third quarter of 2025", "the second half of 2026"
    // the third word back is read only after "of" ("the third quarter of")
    uint64_t words[3];
    qsizetype from = -1;
    if (prevWords(year, words, 2, &from) < 2)
        return -1;
    const int unitAt = words[0] == kOf ? 1 : 0;
    if (unitAt && prevWords(year, words, 3, &from) < 3)
        return -1;
    static const uint64_t ordinals[] = {pack("first"), pack("second"), pack("third"), pack("fourth")};
    int ordinal = 0;
    for (int i = 0; i < 4; ++i)
        if (words[unitAt + 1] == ordinals[i])
            ordinal = i + 1;
    if (!ordinal)
        return -1;
    const qsizetype start = from; // where the ordinal starts
    if (words[unitAt] == pack("quarter")) {
        *firstMonth = 3 * ordinal - 2;
        *lastMonth = 3 * ordinal;
        return start;
    }
    if (words[unitAt] == pack("half") && ordinal <= 2) {
        *firstMonth = 6 * ordinal - 5;
        *lastMonth = 6 * ordinal;
        return start;
    }
    return -1;
}

int FigureScanner::prevWords(qsizetype start, uint64_t *codes, int max, qsizetype *firstStart) const
{
    Q_ASSERT(max <= int(std::size(m_before.codes)));
    WordsBefore &w = m_before;
    if (w.at != start) {
        w.at = start;
        w.count = 0;
        w.done = false;
    }
    while (w.count < max && !w.done) {
        const qsizetype b = prevWord(w.count ? w.starts[w.count - 1] : start, w.count == 0, &w.codes[w.count]);
        if (b < 0)
            w.done = true;
        else
            w.starts[w.count++] = b;
    }
    const int count = std::min(w.count, max);
    std::copy_n(w.codes, count, codes);
    if (firstStart && count > 0)
        *firstStart = w.starts[count - 1];
    return count;
}

// parseNumber(), wordAfter(), parseScale() and parseUnit() run for every figure and are
// inlined into parseSide(): as calls they cost about 1 % of the figures' instructions each.
Q_ALWAYS_INLINE void FigureScanner::parseNumber(qsizetype p, bool money, Num *out) const
{
    if (!isDigit(at(p))) {
        *out = parseWordNumber(p);
        return;
    }
    Num &n = *out;
    n.start = p;
    double v = 0;
    qsizetype q = p;
    bool separators = false;
    while (q < m_n) {
        const char16_t c = m_s[q].unicode();
        if (isDigit(c)) {
            v = v * 10 + (c - u'0');
            ++n.digits;
            ++q;
        } else if ((c == u',' || c == u'\u2009' || c == u'\u202F') // "3,000"; "3 000" with a thin space
                   && n.digits > 0 && isDigit(at(q + 1)) && isDigit(at(q + 2)) && isDigit(at(q + 3))
                   && !isDigit(at(q + 4))) {
            separators = true;
            ++q;
        } else if (c == u',' && n.digits > 0 && indianGroupsAt(q)) {
            separators = true; // "Rs 1,11,236 crore": pairs of digits before the last three
            ++q;
        } else if (money && c == u',' && at(q + 1) == u' ' && n.digits > 0 && n.digits <= 3 && isDigit(at(q + 2))
                   && isDigit(at(q + 3)) && isDigit(at(q + 4)) && !isDigit(at(q + 5))) {
            separators = true; // "Rs 43, 474 crore": a stray space after the group comma of a sum
            q += 2;
        } else {
            break;
        }
    }
    n.plainInt = !separators;
    if (at(q) == u'.' && isDigit(at(q + 1))) {
        q = readDecimals(q + 1, &v, &n);
        if (at(q) == u'.' && isDigit(at(q + 1))) { // "1.4.2" is a version
            n.end = q;
            return;
        }
    } else if (!separators && at(q) == u',' && decimalCommaAt(q)) { // the comma told inline: most numbers have none
        q = readDecimals(q + 1, &v, &n); // "£1,2 billion" written with a decimal comma
    }
    n.end = q;
    n.mantissa = v;
    // One division by an exact power of ten: the double nearest to what is
    // written (adding 0.3 + 0.05 + 0.007 drifted in the last bits).
    n.value = n.decimals > 0 ? v / powerOfTen(n.decimals) : v;
    n.ok = true;
}

// The digits after a decimal mark at p, appended to v: the position after them.
// Inlined, so that parseNumber() keeps v in a register (a call took its address).
Q_ALWAYS_INLINE qsizetype FigureScanner::readDecimals(qsizetype p, double *v, Num *n) const
{
    while (isDigit(at(p))) {
        *v = *v * 10 + (m_s[p].unicode() - u'0');
        ++n->decimals;
        ++p;
    }
    n->plainInt = false;
    return p;
}

// Indian digit grouping from the comma at q: ",dd" once or more, then ",ddd"
// and no further digit ("1,11,236", "12,34,56,789").
bool FigureScanner::indianGroupsAt(qsizetype q) const
{
    int pairs = 0;
    while (at(q) == u',' && isDigit(at(q + 1)) && isDigit(at(q + 2)) && at(q + 3) == u',') {
        ++pairs;
        q += 3;
    }
    return pairs > 0 && at(q) == u',' && isDigit(at(q + 1)) && isDigit(at(q + 2)) && isDigit(at(q + 3))
        && !isDigit(at(q + 4));
}

// A comma then one or two digits and a scale of millions or more ("1,2 billion",
// "2,5bn"): a decimal comma, never a thousands group (which has three digits).
bool FigureScanner::decimalCommaAt(qsizetype q) const
{
    if (at(q) != u',' || !isDigit(at(q + 1)))
        return false;
    qsizetype r = q + (isDigit(at(q + 2)) ? 3 : 2);
    if (isDigit(at(r)))
        return false;
    if (isHSpace(at(r)))
        ++r;
    qsizetype e = r;
    const Entry *w = keywordAt(r, &e);
    return w && w->kind == Kw::Scale && w->value >= 1e6;
}

Q_ALWAYS_INLINE double FigureScanner::powerOfTen(int exponent)
{
    static const double powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    return exponent >= 0 && exponent <= 22 ? powers[exponent] : std::pow(10.0, exponent);
}

double FigureScanner::scaled(const Num &n, double factor)
{
    // "4.357 billion" is 4357 × 10^6, exactly, not 4.357 × 10^9 (4356999999.999999).
    if (n.decimals > 0 && n.decimals <= 22) {
        const double exponentLeft = factor / powerOfTen(n.decimals);
        if (exponentLeft >= 1 && exponentLeft == std::floor(exponentLeft))
            return n.mantissa * exponentLeft;
        return n.mantissa * factor / powerOfTen(n.decimals);
    }
    return n.value * factor;
}

FigureScanner::Num FigureScanner::parseWordNumber(qsizetype p) const
{
    Num n;
    n.start = p;
    n.isWord = true;
    qsizetype e;
    const Entry *w = keywordAt(p, &e);
    if (!w)
        return n;
    auto nextWord = [&](qsizetype from, qsizetype *b, qsizetype *end) -> const Entry * {
        qsizetype q = from;
        if (at(q) == u'-' || isHSpace(at(q)))
            ++q;
        else
            return nullptr;
        *b = q;
        return keywordAt(q, end);
    };
    qsizetype b, e2;
    if (w->kind == Kw::Article || w->kind == Kw::Half) {
        // "a billion", "a dozen", "a hundred", "half a billion"
        double v = w->value;
        qsizetype end = e;
        const Entry *next = nextWord(e, &b, &e2);
        if (w->kind == Kw::Half) {
            if (!next || next->kind != Kw::Article)
                return n;
            end = e2;
            next = nextWord(e2, &b, &e2);
        }
        if (!next)
            return n;
        if (next->kind == Kw::Dozen || next->kind == Kw::Hundred) {
            n.value = v * next->value;
            n.end = e2;
            n.ok = true;
        } else if (next->kind == Kw::Scale && next->value >= 1e3) {
            n.value = v;
            n.end = end; // the scale is parsed by the caller
            n.ok = true;
        }
        return n;
    }
    if (w->kind != Kw::Number)
        return n;
    double v = w->value;
    qsizetype end = e;
    const Entry *next = nextWord(end, &b, &e2);
    if (v >= 20 && next && next->kind == Kw::Number && next->value < 10 && next->value > 0) {
        v += next->value;
        end = e2;
        next = nextWord(end, &b, &e2);
    }
    if (next && next->kind == Kw::Hundred) {
        v *= 100;
        end = e2;
        // "two hundred and fifty", "three hundred twenty-five"
        qsizetype save = end;
        next = nextWord(end, &b, &e2);
        if (isHSpace(at(end)) && codeOf(end + 1, wordEnd(end + 1)) == kAnd)
            next = nextWord(wordEnd(end + 1), &b, &e2);
        if (next && next->kind == Kw::Number && next->value > 0) {
            double rest = next->value;
            end = e2;
            next = nextWord(end, &b, &e2);
            if (rest >= 20 && next && next->kind == Kw::Number && next->value < 10 && next->value > 0) {
                rest += next->value;
                end = e2;
            }
            v += rest;
        } else {
            end = save;
        }
        next = nextWord(end, &b, &e2);
    }
    if (next && next->kind == Kw::Dozen) {
        v *= 12;
        end = e2;
    }
    n.value = v;
    n.end = end;
    n.ok = true;
    return n;
}

// The word after a number is read once, for both the scale and the unit.
Q_ALWAYS_INLINE void FigureScanner::wordAfter(qsizetype p, WordAfter *out) const
{
    WordAfter &next = *out;
    next.at = p;
    next.q = p;
    next.glued = true;
    // "$5-billion", with a non-breaking or soft hyphen too
    const char16_t c = at(p);
    if (isHSpace(c) || ((c == u'-' || c == u'\u2011' || c == u'\u00AD') && isAsciiLetter(at(p + 1)))) {
        next.q = p + 1;
        next.glued = false;
    }
    next.e = wordEnd(next.q);
    next.word = next.e != next.q && !isAlnum(at(next.e));
    next.code = codeOf(next.q, next.e);
    next.kw = next.word ? m_kw.find(next.code) : nullptr;
}

Q_ALWAYS_INLINE void FigureScanner::parseScale(const WordAfter &next, bool money, Scale *out) const
{
    Scale &s = *out;
    if (!next.word)
        return;
    const qsizetype q = next.q;
    const qsizetype e = next.e;
    const bool glued = next.glued;
    const qsizetype len = e - q;
    const char16_t c0 = m_s[q].unicode();
    if (len == 1) {
        // "$5m", "€2k", "$1.4T", ">$360B": single letters glued on, or a capital
        // B, M or T apart after a sum of money ("$300 B to Oracle")
        if (!glued && !(money && (c0 == u'B' || c0 == u'M' || c0 == u'T') && at(e) != u'&'))
            return;
        switch (c0) {
        case u'k': case u'K': s.mult = 1e3; break;
        case u'm': case u'M': s.mult = 1e6; break;
        case u'b': case u'B': s.mult = 1e9; break;
        case u'T': s.mult = 1e12; break;
        default: return;
        }
        s.end = e;
        return;
    }
    // "Rs 43,574 cr", "₹4 Cr": Indian papers shorten crore after a sum
    if (money && len == 2 && (c0 == u'c' || c0 == u'C') && m_s[q + 1] == u'r') {
        s.mult = 1e7;
        s.end = e;
        return;
    }
    const Entry *w = next.kw;
    if (!w || w->kind != Kw::Scale)
        return;
    if (len <= 3 && !glued && isUpper(c0) && c0 != u'B' && c0 != u'M')
        return;
    s.mult = w->value;
    s.end = e;
    // "lakh crore", "thousand crore"
    if (w->value < 1e7 && isHSpace(at(e))) {
        qsizetype e2;
        const Entry *w2 = keywordAt(e + 1, &e2);
        if (w2 && w2->kind == Kw::Scale && w2->value == 1e7) {
            s.mult *= 1e7;
            s.end = e2;
        }
    }
}

Q_ALWAYS_INLINE void FigureScanner::parseUnit(const WordAfter &next, bool hasCurrency, Unit *out) const
{
    Unit &u = *out;
    const qsizetype p = next.at;
    if (at(p) == u'%') {
        u.kind = UnitKind::Percent;
        u.end = p + 1;
        return;
    }
    const bool glued = next.glued;
    const qsizetype q = next.q;
    if (at(q) == u'%' && !glued && at(p) != u'-') {
        u.kind = UnitKind::Percent;
        u.end = q + 1;
        return;
    }
    const qsizetype e = next.e;
    if (!next.word)
        return;
    const QStringView word = m_s.mid(q, e - q);
    // Power abbreviations are case-sensitive: "GW" but not "gw" in prose.
    if (word.size() <= 2) {
        // lengths known at compile time: no qustrlen per comparison
        static const struct { std::u16string_view text; double mult; } power[] = {
            {u"W", 1}, {u"kW", 1e3}, {u"KW", 1e3}, {u"MW", 1e6}, {u"GW", 1e9}, {u"TW", 1e12}};
        // compared inline: a library call per unit cost more than the test
        const auto same = [&word](std::u16string_view text) {
            return word.size() == qsizetype(text.size()) && word[0].unicode() == text[0]
                && (text.size() < 2 || word[1].unicode() == text[1]);
        };
        // every abbreviation above ends in "W": other words skip the table
        if (word.back() == u'W') {
            for (const auto &pw : power) {
                if (same(pw.text)) {
                    u.kind = UnitKind::Power;
                    u.mult = pw.mult;
                    u.end = e;
                    return;
                }
            }
        }
        if (glued && !hasCurrency && same(u"p")) {
            u.kind = UnitKind::Pence;
            u.code = "GBP";
            u.end = e;
            return;
        }
        if (glued && same(u"pc")) { // British papers: "rose 3.5pc"
            u.kind = UnitKind::Percent;
            u.end = e;
            return;
        }
        if (same(u"pp")) {
            u.kind = UnitKind::Points;
            u.end = e;
            return;
        }
    }
    if (!hasCurrency && word.size() == 3 && isUpper(word[0].unicode())) {
        if (const char *code = CurrencyTable::isoCode(word)) {
            u.kind = UnitKind::Money;
            u.code = code;
            u.end = e;
            return;
        }
    }
    if (const Entry *w = next.kw) {
        switch (w->kind) {
        case Kw::Percent:
            u.kind = UnitKind::Percent;
            u.end = e;
            return;
        case Kw::Per:
            if (isHSpace(at(e)) && m_s.mid(e + 1).startsWith(u"cent") && !isAlnum(at(e + 5))) {
                u.kind = UnitKind::Percent;
                u.end = e + 5;
            }
            return;
        case Kw::Percentage:
            if (isHSpace(at(e)) && m_s.mid(e + 1).startsWith(u"point")) {
                qsizetype e2 = wordEnd(e + 1);
                if (e2 - (e + 1) <= 6) {
                    u.kind = UnitKind::Points;
                    u.end = e2;
                }
            }
            return;
        case Kw::PowerWord:
            u.kind = UnitKind::Power;
            u.mult = w->value;
            u.end = e;
            return;
        case Kw::Duration:
            u.kind = UnitKind::Duration;
            u.mult = w->value;
            u.end = e;
            return;
        case Kw::RelUnit:
        case Kw::AheadUnit: {
            // year(s), month(s), week(s) as durations, but not "year-old"
            if (at(e) == u'-' && m_s.mid(e + 1).startsWith(u"old"))
                return;
            if (isHSpace(at(e)) && m_s.mid(e + 1).startsWith(u"old") && !isAlnum(at(e + 4)))
                return;
            const int unit = int(w->value);
            u.kind = UnitKind::Duration;
            u.mult = unit == 3 ? 1.0 : unit == 2 ? 1.0 / 12 : 7 / 365.25;
            u.end = e;
            return;
        }
        default:
            break;
        }
    }
    if (!hasCurrency && mayOpenCurrencyName(next.code)) {
        // "dollars", "Australian dollars", "Hong Kong dollars", "pence"
        if (word.size() <= 12) {
            // lower-cased copies on the stack: no QString per word
            char16_t buf[3][16];
            qsizetype lens[3] = {};
            qsizetype starts[3], ends[3];
            int words = 0;
            qsizetype r = q;
            for (; words < 3; ++words) {
                const qsizetype we = wordEnd(r);
                if (we == r || we - r > 15 || isAlnum(at(we)))
                    break;
                for (qsizetype i = r; i < we; ++i)
                    buf[words][i - r] = lower(m_s[i].unicode());
                lens[words] = we - r;
                starts[words] = r;
                ends[words] = we;
                if (!isHSpace(at(we)))
                    {
                        ++words;
                        break;
                    }
                r = we + 1;
            }
            Q_UNUSED(starts);
            for (int i = 0; i < words; ++i) {
                const QStringView w(buf[i], lens[i]);
                const QStringView prev = i > 0 ? QStringView(buf[i - 1], lens[i - 1]) : QStringView();
                bool usesQualifier = false;
                const char *c = CurrencyTable::currencyWord(w, prev, &usesQualifier);
                if (c && (i == 0 || (usesQualifier && i == 1) || (usesQualifier && i == 2))) {
                    if (i == 2 && QStringView(buf[0], lens[0]) != QLatin1String("hong"))
                        break;
                    u.kind = UnitKind::Money;
                    u.code = c;
                    u.end = ends[i];
                    return;
                }
                if (i == 0 && w == QLatin1String("pence")) {
                    u.kind = UnitKind::Pence;
                    u.code = "GBP";
                    u.end = ends[0];
                    return;
                }
            }
        }
    }
}

qsizetype FigureScanner::parseCountNoun(qsizetype p, bool knownOnly, qsizetype *nounStart) const
{
    qsizetype q = p;
    qsizetype prevStart = -1;
    for (int token = 0; token < 4; ++token) {
        if (!isHSpace(at(q)))
            return -1;
        ++q;
        // a token: letters, digits and '/' ("GB200/GB300")
        qsizetype e = q;
        bool digit = false, slash = false;
        while (e < m_n) {
            const char16_t c = m_s[e].unicode();
            if (isDigit(c))
                digit = true;
            else if (c == u'/' || c == u'-')
                slash = true;
            else if (!isLetter(c))
                break;
            ++e;
        }
        if (e == q)
            return -1;
        const char16_t first = m_s[q].unicode();
        const qsizetype len = e - q;
        if (!digit && !slash) {
            const uint64_t code = codeOfLetters(q, e);
            // "GPUs", "CPUs", "TPUs", "ASICs": an acronym made plural
            bool acronym = len >= 3 && m_s[e - 1] == u's' && isUpper(first) && isUpper(m_s[e - 2].unicode());
            if (acronym) {
                for (qsizetype i = q; i < e - 1; ++i)
                    acronym = acronym && isUpper(m_s[i].unicode());
            }
            if (acronym || (code && inCodeSet(kCountNounSet, code) && !isUpper(first))) {
                *nounStart = q;
                // "data centers": a modifier that forms one noun with it
                if (prevStart >= 0 && codeOfLetters(prevStart, q - 1) == pack("data"))
                    *nounStart = prevStart;
                return e;
            }
            if (token == 0 && !knownOnly && !isUpper(first) && code && len >= 5 && m_s[e - 1] == u's'
                && m_s[e - 2] != u's' && m_s[e - 2] != u'u' && m_s[e - 2] != u'i' && m_s[e - 2] != u'\''
                && !inCodeSet(kNotCountNounSet, code) && !m_kw.find(code)) {
                *nounStart = q;
                return e;
            }
            // allowed fillers: capitalised names and a few adjectives
            if (!(isUpper(first) || (code && inCodeSet(kCountFillerSet, code))))
                return -1;
            if (code && m_kw.find(code))
                return -1;
        } else if (!digit) {
            // "full-time": a hyphenated filler
            if (isUpper(first))
                return -1;
        } else if (!slash && len >= 3 && m_s[e - 1] == u's' && isUpper(first)
                   && (isDigit(m_s[e - 2].unicode()) || isUpper(m_s[e - 2].unicode()))) {
            // "100,000 H100s", "MI300Xs": a chip model made plural counts the chips
            *nounStart = q;
            return e;
        }
        prevStart = q;
        q = e;
    }
    return -1;
}

const char *FigureScanner::currencyPrefixAt(qsizetype p, qsizetype *len) const
{
    const char16_t c = at(p);
    if (const char *code = CurrencyTable::symbolAt(m_s, p, len))
        return code;
    if (isUpper(c) && isUpper(at(p + 1)) && isUpper(at(p + 2)) && !isLetter(at(p + 3)) && !isAlnum(at(p - 1))) {
        // "USD 5bn", "CHF 2.1 billion", "EUR5m"
        qsizetype q = p + 3;
        if (isHSpace(at(q)))
            ++q;
        if (isDigit(at(q))) {
            if (const char *code = CurrencyTable::isoCode(m_s.mid(p, 3))) {
                *len = 3;
                return code;
            }
        }
    }
    return nullptr;
}

bool FigureScanner::parseSide(qsizetype p, Side *side, bool allowWords) const
{
    side->start = p;
    qsizetype q = p;
    qsizetype len = 0;
    if (const char *code = currencyPrefix(q, &len)) {
        side->code = code;
        q += len;
        if (isHSpace(at(q)) && isDigit(at(q + 1)))
            ++q;
        if (!isDigit(at(q)) && !allowWords)
            return false;
    }
    if (!isDigit(at(q)) && !allowWords)
        return false;
    // The parts are read into *side in place: copies of structs built just
    // before stalled on store forwarding.
    parseNumber(q, side->code != nullptr, &side->num);
    if (!side->num.ok)
        return false;
    q = side->num.end;
    // glued letters that are no unit make an identifier ("3D", "5G", "10x")
    wordAfter(q, &side->unitWord);
    parseScale(side->unitWord, side->code != nullptr, &side->scale);
    // the unit follows the scale, or is the word that was no scale
    if (side->scale.found()) {
        q = side->scale.end;
        wordAfter(q, &side->unitWord);
    }
    parseUnit(side->unitWord, side->code != nullptr, &side->unit);
    if (side->unit.end >= 0)
        q = side->unit.end;
    side->end = q;
    return true;
}

// Inlined into its one caller, finishQualifier().
Q_ALWAYS_INLINE Qualifier FigureScanner::qualifierBefore(qsizetype start, FigureKind kind, bool *found) const
{
    *found = false;
    uint64_t codes[3]; // codes[k]: the k-th word back from the figure
    // Read the word next to the figure alone first: nearly always no phrase
    // ends with it, and the words further back need not be read at all.
    qsizetype nextEnd = 0;
    qsizetype p = prevWordStart(start, true, &nextEnd);
    if (p < 0 || !mayEndPhrase(text() + p, text() + nextEnd))
        return Qualifier::Exact;
    codes[0] = codeOf(p, nextEnd);
    if (!codes[0])
        return Qualifier::Exact;
    const std::vector<quint8> &candidates = phrasesEndingLike(codes[0]);
    if (candidates.empty())
        return Qualifier::Exact;
    // The words further back are read only as far as a candidate phrase
    // still matches: after "of" or "to", the word before them rejects
    // nearly every phrase.
    int count = 1;
    const auto haveWord = [&](int k) {
        while (count <= k && p >= 0) {
            p = prevWord(p, false, &codes[count]);
            if (p >= 0)
                ++count;
        }
        return k < count;
    };
    for (const quint8 index : candidates) {
        const Phrase &ph = kQualifierPhrases[index];
        // the word next to the figure first: it rejects nearly every phrase
        if (ph.words[ph.count - 1] != codes[0])
            continue;
        bool match = true;
        for (int k = 1; k < ph.count && match; ++k)
            match = haveWord(k) && codes[k] == ph.words[ph.count - 1 - k];
        if (!match)
            continue;
        // "over eight years" is a period, "in early 2026" a date
        if (kind == FigureKind::Duration && ph.count == 1 && codes[0] == kOver)
            continue;
        if (kind == FigureKind::Date && ph.qualifier != Qualifier::Approx)
            continue;
        if (kind != FigureKind::Date
            && (codes[0] == pack("early") || codes[0] == pack("late") || codes[0] == pack("mid")))
            continue;
        *found = true;
        return ph.qualifier;
    }
    return Qualifier::Exact;
}

bool FigureScanner::isLabelNumber(qsizetype start) const
{
    // "Section 230", "Windows 11", "Boeing 737": a bare number after a
    // capitalised word that is not a preposition or a month.
    qsizetype q = start;
    if (!isHSpace(at(q - 1)))
        return false;
    --q;
    qsizetype b = q;
    while (b > 0 && isLetter(m_s[b - 1].unicode()))
        --b;
    if (b == q || !isUpper(m_s[b].unicode()))
        return false;
    const uint64_t code = codeOfLetters(b, q);
    if (code && (inCodeSet(kYearContextSet, code) || code == kThe))
        return false;
    if (const Entry *w = m_kw.find(code)) {
        if (w->kind == Kw::Month)
            return false;
    }
    // a capital after a sentence end is just the sentence's first word
    qsizetype c = b - 1;
    while (c >= 0 && isHSpace(m_s[c].unicode()))
        --c;
    if (c < 0 || m_s[c] == u'.' || m_s[c] == u'\n' || m_s[c] == u'!' || m_s[c] == u'?' || m_s[c] == u'"'
        || m_s[c] == u'\u201C') {
        // "About 500 employees", "Some 3,000 drivers": a qualifier opens the sentence
        for (const Phrase &ph : kQualifierPhrases) {
            if (ph.words[0] == code)
                return false;
        }
        return !(code && (m_kw.find(code) || inCodeSet(kCountFillerSet, code)));
    }
    return true;
}

bool FigureScanner::yearContext(qsizetype start) const
{
    if (at(start - 1) == u'(')
        return true;
    uint64_t codes[1];
    if (prevWords(start, codes, 1) == 1)
        return inCodeSet(kYearContextSet, codes[0]);
    return false;
}

bool FigureScanner::isTickerQuote(qsizetype start) const
{
    // "NVDA +2.4%": a live quote after a ticker, market data not a figure
    const char16_t sign = at(start - 1);
    if (sign != u'+' && sign != u'-' && sign != u'\u2212' && sign != u'\u25B2' && sign != u'\u25BC')
        return false;
    qsizetype q = start - 2;
    while (q >= 0 && (isHSpace(m_s[q].unicode()) || m_s[q] == u')' || m_s[q] == u':'))
        --q;
    qsizetype b = q;
    while (b >= 0 && isUpper(m_s[b].unicode()))
        --b;
    return q - b >= 1 && q - b <= 5 && !isLetter(at(b));
}

void FigureScanner::finishQualifier(Figure &f, bool glyphSet)
{
    if (f.qualifier == Qualifier::Range || f.qualifier == Qualifier::Vague || glyphSet)
        return;
    bool found = false;
    const Qualifier q = qualifierBefore(f.start, f.kind, &found);
    if (found) {
        f.qualifier = q;
        return;
    }
    // "or more", "or so", "or less" after the figure
    qsizetype e = f.end;
    if (isHSpace(at(e)) && at(e + 1) == u'o' && at(e + 2) == u'r' && isHSpace(at(e + 3))) {
        const qsizetype b = e + 4;
        const qsizetype we = wordEnd(b);
        const uint64_t code = codeOf(b, we);
        if (code == pack("more") || code == pack("above"))
            f.qualifier = Qualifier::LowerBound;
        else if (code == pack("so"))
            f.qualifier = Qualifier::Approx;
        else if (code == pack("less") || code == pack("fewer") || code == pack("below"))
            f.qualifier = Qualifier::UpperBound;
    } else if (at(e) == u'-' && at(e + 1) == u'p' && wordEnd(e + 1) == e + 5 && codeOf(e + 1, e + 5) == pack("plus")) {
        f.qualifier = Qualifier::LowerBound; // "a $10bn-plus deal"
    }
}

// Moves f's strings into the list (no copy); its offsets stay readable.
bool FigureScanner::addFigure(Figure &f)
{
    if (f.start < m_lastEnd || f.end <= f.start)
        return false;
    m_lastEnd = f.end;
    m_out.append(std::move(f));
    return true;
}

void FigureScanner::setDate(Figure &f, const QDate &d, Precision precision)
{
    f.kind = FigureKind::Date;
    switch (precision) {
    case Precision::Day:
        f.unit = QStringLiteral("day");
        f.date = dayString(d);
        break;
    case Precision::Month: {
        int year = 0, month = 0;
        d.getDate(&year, &month, nullptr);
        f.unit = QStringLiteral("month");
        f.date = monthString(year, month);
        break;
    }
    case Precision::Year:
        f.unit = QStringLiteral("year");
        f.date = yearString(d.year());
        break;
    }
}

// Where the scan goes on after no figure started at a place: past the rest
// of a token such as "a.m." or "3.5x".
qsizetype FigureScanner::skipAfterFailure(qsizetype skip) const
{
    while (skip < m_n && (isAlnum(m_s[skip].unicode()) || m_s[skip] == u'.') && isAlnum(at(skip + 1)))
        ++skip;
    return skip;
}

// "a" and "half" start a figure only before a scale or a count word ("a
// billion", "half a million"): they are common, and the next word alone
// rules nearly all of them out without parsing a figure.
bool FigureScanner::articleMayStartFigure(qsizetype wordEnd, Kw kind) const
{
    if (at(wordEnd) != u'-' && !isHSpace(at(wordEnd)))
        return false;
    qsizetype e;
    const Entry *next = keywordAt(wordEnd + 1, &e);
    if (!next)
        return false;
    if (kind == Kw::Half)
        return next->kind == Kw::Article;
    return next->kind == Kw::Dozen || next->kind == Kw::Hundred || (next->kind == Kw::Scale && next->value >= 1e3);
}

qsizetype FigureScanner::tryNumeric(qsizetype pos)
{
    qsizetype p = pos;
    Qualifier glyph = Qualifier::Exact;
    bool glyphSet = false;
    const char16_t c0 = at(p);
    // the signs all sort after the digits and "$", where nearly every figure starts
    if (c0 > u'9' && (c0 == u'~' || c0 == u'\u2248' || c0 == u'>' || c0 == u'<' || c0 == u'\u2265' || c0 == u'\u2264')) {
        glyph = (c0 == u'~' || c0 == u'\u2248') ? Qualifier::Approx
              : (c0 == u'>' || c0 == u'\u2265') ? Qualifier::LowerBound : Qualifier::UpperBound;
        glyphSet = true;
        ++p;
        if (!isDigit(at(p)) && !isCurrencyGlyph(at(p)) && !isUpper(at(p)))
            return pos + 1;
    }
    const bool wordStart = isAsciiLetter(at(p));
    Side a;
    if (!parseSide(p, &a, wordStart))
        return skipAfterFailure(std::max(a.num.end, pos + 1));
    const qsizetype numEnd = a.num.end;
    // Identifier glue: letters or digits stuck to the number that are no unit
    // ("3D", "5G", "10x", "3pm", "2019X"), or "24/7", "3:1", "1.4.2".
    auto skipToken = [&]() {
        qsizetype q = numEnd;
        while (q < m_n && (isAlnum(m_s[q].unicode()) || ((m_s[q] == u'.' || m_s[q] == u'/' || m_s[q] == u':'
                                                          || m_s[q] == u'-') && isAlnum(at(q + 1)))))
            ++q;
        return std::max(q, pos + 1);
    };
    const char16_t after = at(numEnd);
    const bool gluedUnit = a.scale.found() || (a.unit.end >= 0 && !isHSpace(at(numEnd)) && at(numEnd) != u'-');
    if (!a.num.isWord) {
        if (isLetter(after) && !gluedUnit) {
            // "1990s" a decade; "3rd November" a day
            if (a.num.plainInt && a.num.digits == 4 && after == u's' && !isAlnum(at(numEnd + 1))
                && int(a.num.value) % 10 == 0 && a.code == nullptr) {
                Figure f;
                f.kind = FigureKind::Date;
                f.start = a.start;
                f.end = numEnd + 1;
                f.unit = QStringLiteral("year");
                f.date = yearString(int(a.num.value));
                f.dateMax = yearString(int(a.num.value) + 9);
                f.qualifier = Qualifier::Range;
                addFigure(f);
                return f.end;
            }
            if (a.num.plainInt && a.num.digits <= 2 && !a.code) {
                const qsizetype r = tryDayMonth(a.num, a.start);
                if (r > 0)
                    return r;
            }
            return skipToken();
        }
        if ((after == u'/' || after == u':') && isDigit(at(numEnd + 1)))
            return skipToken();
        if (after == u'.' && isDigit(at(numEnd + 1)))
            return skipToken();
    }
    if (a.unit.kind == UnitKind::Percent && isTickerQuote(a.start))
        return a.end;

    // ISO date "2025-11-03"
    if (!a.code && a.num.plainInt && a.num.digits == 4 && at(numEnd) == u'-' && isDigit(at(numEnd + 1))
        && isDigit(at(numEnd + 2)) && at(numEnd + 3) == u'-' && isDigit(at(numEnd + 4)) && isDigit(at(numEnd + 5))
        && !isAlnum(at(numEnd + 6))) {
        const int m = (at(numEnd + 1) - u'0') * 10 + (at(numEnd + 2) - u'0');
        const int d = (at(numEnd + 4) - u'0') * 10 + (at(numEnd + 5) - u'0');
        const QDate date(int(a.num.value), m, d);
        if (date.isValid()) {
            Figure f;
            f.start = a.start;
            f.end = numEnd + 6;
            setDate(f, date, Precision::Day);
            addFigure(f);
            return f.end;
        }
        return skipToken();
    }
    // "3 November 2025", "3rd of November"
    if (!a.code && a.num.plainInt && a.num.digits <= 2 && a.unit.end < 0 && !a.scale.found()) {
        const qsizetype r = tryDayMonth(a.num, a.start);
        if (r > 0)
            return r;
    }

    // A range: "30-40%", "$10–13 billion", "$10bn to $13bn", "between 2 and 3 GW"
    Side b;
    bool range = false;
    {
        qsizetype q = a.end;
        qsizetype next = -1;
        if (isDash(at(q)) && (isDigit(at(q + 1)) || isCurrencyGlyph(at(q + 1)))) {
            next = q + 1;
        } else if (isHSpace(at(q)) && isDash(at(q + 1)) && at(q + 1) != u'-' && isHSpace(at(q + 2))) {
            next = q + 3;
        } else if (isHSpace(at(q))) {
            // without a unit, the unit's reading already found this word
            const bool known = a.unit.end < 0 && a.unitWord.q == q + 1;
            const qsizetype we = known ? a.unitWord.e : wordEnd(q + 1);
            const uint64_t code = known ? a.unitWord.code : codeOf(q + 1, we);
            // the word before the figure matters only for "to" and "and"
            uint64_t before[1];
            const bool hasBefore = (code == kTo || code == kAnd)
                && prevWords(a.start - (glyphSet ? 1 : 0), before, 1) == 1;
            const bool between = hasBefore && before[0] == kBetween;
            const bool from = hasBefore && before[0] == kFrom;
            const bool yearFrom = from && a.num.plainInt && a.num.digits == 4 && !a.code && a.unit.end < 0;
            if (((code == kTo && (!from || yearFrom)) || (code == kAnd && between)) && isHSpace(at(we)))
                next = we + 1;
        }
        if (next > 0 && (isDigit(at(next)) || isCurrencyGlyph(at(next)) || isUpper(at(next)))
            && parseSide(next, &b, false)) {
            const bool sameCurrency = !b.code || !a.code || qstrcmp(a.code, b.code) == 0;
            // "rose 8.5% to $245": a percent and a price are no range
            const bool aMoney = a.code || a.unit.kind == UnitKind::Money || a.unit.kind == UnitKind::Pence;
            const bool bMoney = b.code || b.unit.kind == UnitKind::Money || b.unit.kind == UnitKind::Pence;
            const bool unitsAgree = (a.unit.kind == UnitKind::None || b.unit.kind == UnitKind::None
                                     || a.unit.kind == b.unit.kind)
                && !(aMoney && b.unit.kind != UnitKind::None && !bMoney)
                && !(bMoney && a.unit.kind != UnitKind::None && !aMoney);
            const bool bIsYearTail = a.num.plainInt && a.num.digits == 4 && b.num.plainInt
                && (b.num.digits == 2 || b.num.digits == 4);
            if (sameCurrency && unitsAgree && !b.num.isWord && (isAlnum(at(b.num.end)) == false || b.scale.found()
                                                                  || b.unit.end >= 0))
                range = true;
            if (!range && bIsYearTail)
                range = true;
        }
    }

    const char *code = a.code ? a.code : (range && b.code) ? b.code : nullptr;
    Unit unit = a.unit;
    if (range && b.unit.kind != UnitKind::None)
        unit = b.unit;
    if (!code && (unit.kind == UnitKind::Money || unit.kind == UnitKind::Pence))
        code = unit.code;
    double scaleA = a.scale.found() ? a.scale.mult : 1;
    double scaleB = range && b.scale.found() ? b.scale.mult : scaleA;
    if (range && !a.scale.found() && b.scale.found())
        scaleA = scaleB;

    Figure f;
    f.start = glyphSet ? pos : a.start;
    f.end = range ? b.end : a.end;
    f.qualifier = glyphSet ? glyph : Qualifier::Exact;
    bool isFigure = true;
    if (code) {
        f.kind = FigureKind::Money;
        f.unit = codeString(code);
        const double penceDivisor = unit.kind == UnitKind::Pence ? 100 : 1;
        f.value = scaled(a.num, scaleA) / penceDivisor;
        if (range)
            f.valueMax = scaled(b.num, scaleB) / penceDivisor;
        if (a.num.isWord && !a.scale.found() && !(range && b.scale.found()) && a.num.value < 10)
            isFigure = unit.kind == UnitKind::Money; // "two dollars" yes, but not from a word alone
    } else if (unit.kind == UnitKind::Percent || unit.kind == UnitKind::Points) {
        f.kind = FigureKind::Percent;
        f.unit = unit.kind == UnitKind::Points ? QStringLiteral("pp") : QStringLiteral("%");
        f.value = scaled(a.num, scaleA);
        if (range)
            f.valueMax = scaled(b.num, scaleB);
    } else if (unit.kind == UnitKind::Power) {
        f.kind = FigureKind::Power;
        f.unit = QStringLiteral("W");
        f.value = scaled(a.num, scaleA * unit.mult);
        if (range)
            f.valueMax = scaled(b.num, scaleB * unit.mult);
    } else if (unit.kind == UnitKind::Duration) {
        f.kind = FigureKind::Duration;
        f.unit = QStringLiteral("years");
        f.value = a.num.value * unit.mult;
        if (range)
            f.valueMax = b.num.value * unit.mult;
        if (a.scale.found())
            isFigure = false;
    } else {
        // Bare numbers: years, year ranges, counts, or nothing.
        const bool yearLike = a.num.plainInt && a.num.digits == 4 && a.num.value >= 1900 && a.num.value <= 2100
            && !a.scale.found();
        if (yearLike && range && b.num.plainInt && (b.num.digits == 4 || b.num.digits == 2) && !b.scale.found()) {
            int y2 = int(b.num.value);
            if (b.num.digits == 2)
                y2 = int(a.num.value) / 100 * 100 + y2;
            if (y2 > a.num.value && y2 - a.num.value <= 100
                && (b.num.digits == 4 || y2 == a.num.value + 1)) {
                f.kind = FigureKind::Date;
                f.unit = QStringLiteral("year");
                f.date = yearString(int(a.num.value));
                f.dateMax = yearString(y2);
                f.qualifier = Qualifier::Range;
                f.end = b.num.end;
                finishQualifier(f, false);
                addFigure(f);
                return f.end;
            }
        }
        if (yearLike && !isAlnum(at(numEnd)) && at(numEnd) != u'+') {
            // "Q3 2025", "H2 2026", "the third quarter of 2025": months of that year
            int firstMonth = 0, lastMonth = 0;
            const qsizetype periodStart = periodBefore(a.start, &firstMonth, &lastMonth);
            if (periodStart >= 0) {
                f.kind = FigureKind::Date;
                f.unit = QStringLiteral("month");
                f.date = monthString(int(a.num.value), firstMonth);
                f.dateMax = monthString(int(a.num.value), lastMonth);
                f.qualifier = Qualifier::Range;
                f.start = periodStart;
                f.end = numEnd;
                addFigure(f);
                return f.end;
            }
        }
        if (yearLike && !isAlnum(at(numEnd))) {
            const bool plus = at(numEnd) == u'+';
            const bool paren = at(a.start - 1) == u'(' && at(numEnd) == u')';
            if (plus || paren || (yearContext(a.start) && !isLabelNumber(a.start))) {
                f.kind = FigureKind::Date;
                f.unit = QStringLiteral("year");
                f.date = yearString(int(a.num.value));
                f.start = a.start;
                f.end = numEnd + (plus ? 1 : 0);
                f.qualifier = plus ? Qualifier::LowerBound : Qualifier::Exact;
                // "end of 2026" reads as its last month
                uint64_t before[3];
                const int nb = prevWords(a.start, before, 2);
                if (nb == 2 && before[0] == kOf && before[1] == pack("end")) {
                    f.date = monthString(int(a.num.value), 12);
                    f.unit = QStringLiteral("month");
                    f.qualifier = Qualifier::Approx;
                }
                if (!plus)
                    finishQualifier(f, false);
                addFigure(f);
                return f.end;
            }
        }
        // counts: "500,000 chips", "2.5 million users"
        if (isLabelNumber(a.start) || (a.num.isWord && a.num.value < 10 && !a.scale.found()))
            return std::max(a.end, pos + 1);
        qsizetype nounStart = -1;
        // "2,000 to 3,000 people": the noun follows the second number
        const qsizetype q = range ? b.end : a.scale.found() ? a.scale.end : numEnd;
        const qsizetype nounEnd = parseCountNoun(q, false, &nounStart);
        double count = scaled(a.num, scaleA);
        // "100.000 jobs": a dot before three digits of a count groups thousands (European style)
        if (!a.scale.found() && a.num.decimals == 3 && a.num.digits <= 3 && !range)
            count = a.num.mantissa;
        if (nounEnd < 0 || count != std::floor(count) || (range && b.unit.end >= 0)) // "4.5 stars" is a rating
            return std::max(a.end, pos + 1);
        f.kind = FigureKind::Count;
        f.value = count;
        if (range)
            f.valueMax = scaled(b.num, scaleB);
        f.unit = m_s.mid(nounStart, nounEnd - nounStart).toString();
        f.end = nounEnd;
    }
    if (!isFigure)
        return std::max(a.end, pos + 1);
    if (range) {
        f.qualifier = Qualifier::Range;
    } else if (at(f.end) == u'+' && !isAlnum(at(f.end + 1))) {
        f.end += 1; // "500+ chips" is rare, "$5bn+" a lower bound
        f.qualifier = Qualifier::LowerBound;
        glyphSet = true;
    }
    finishQualifier(f, glyphSet);
    addFigure(f);
    return f.end;
}

qsizetype FigureScanner::tryDayMonth(const Num &day, qsizetype start)
{
    if (day.value < 1 || day.value > 31)
        return -1;
    qsizetype q = day.end;
    // ordinal suffix
    if (isAsciiLetter(at(q))) {
        const qsizetype e = wordEnd(q);
        const QStringView suf = m_s.mid(q, e - q);
        if (!(suf == u"st" || suf == u"nd" || suf == u"rd" || suf == u"th"))
            return -1;
        q = e;
    }
    if (!isHSpace(at(q)))
        return -1;
    ++q;
    qsizetype e = wordEnd(q);
    if (codeOf(q, e) == kOf && isHSpace(at(e))) {
        q = e + 1;
        e = wordEnd(q);
    }
    if (!isUpper(at(q)))
        return -1;
    const Entry *w = m_kw.find(codeOf(q, e));
    if (!w || w->kind != Kw::Month)
        return -1;
    qsizetype p = e;
    if (at(p) == u'.' && e - q <= 4)
        ++p;
    return emitDayOrMonth(start, p, int(day.value), int(w->value), false);
}

// After a month name (and a day when given) at `p`: an optional ", 2025".
qsizetype FigureScanner::emitDayOrMonth(qsizetype start, qsizetype p, int day, int month, bool approx)
{
    qsizetype q = p;
    if (at(q) == u',')
        ++q;
    int year = 0;
    qsizetype yearEnd = -1;
    if (isHSpace(at(q))) {
        qsizetype y = q + 1;
        if (day == 0) {
            const qsizetype we = wordEnd(y);
            if (codeOf(y, we) == kOf && isHSpace(at(we)))
                y = we + 1;
        }
        if (isDigit(at(y)) && isDigit(at(y + 1)) && isDigit(at(y + 2)) && isDigit(at(y + 3)) && !isAlnum(at(y + 4))
            && !(at(y + 4) == u',' && isDigit(at(y + 5)))) {
            year = (at(y) - u'0') * 1000 + (at(y + 1) - u'0') * 100 + (at(y + 2) - u'0') * 10 + (at(y + 3) - u'0');
            if (year >= 1800 && year <= 2200)
                yearEnd = y + 4;
            else
                year = 0;
        }
    }
    Figure f;
    f.start = start;
    f.qualifier = approx ? Qualifier::Approx : Qualifier::Exact;
    if (day > 0) {
        if (yearEnd > 0) {
            const QDate d(year, month, day);
            if (!d.isValid())
                return -1;
            f.end = yearEnd;
            setDate(f, d, Precision::Day);
        } else {
            f.end = p;
            if (at(f.end - 1) == u'.')
                --f.end;
            // No year in the text: take the article's, the nearer side of it.
            if (m_date.isValid()) {
                QDate d(m_date.year(), month, day);
                if (!d.isValid())
                    return -1;
                if (d > m_date.addDays(183))
                    d = d.addYears(-1);
                else if (d < m_date.addDays(-183))
                    d = d.addYears(1);
                setDate(f, d, Precision::Day);
            } else {
                f.kind = FigureKind::Date;
                f.unit = QStringLiteral("unresolved");
            }
        }
    } else {
        if (yearEnd < 0)
            return -1; // a bare month name is no figure
        f.end = yearEnd;
        f.kind = FigureKind::Date;
        f.unit = QStringLiteral("month");
        f.date = monthString(year, month);
    }
    finishQualifier(f, false);
    if (!addFigure(f))
        return -1;
    return f.end;
}

qsizetype FigureScanner::tryMonth(qsizetype pos, qsizetype wEnd, int month)
{
    qsizetype p = wEnd;
    if (at(p) == u'.' && wEnd - pos <= 4)
        ++p;
    // "November 3, 2025", "Nov. 3rd"
    if (isHSpace(at(p)) && isDigit(at(p + 1))) {
        Num d;
        parseNumber(p + 1, false, &d);
        if (d.ok && d.plainInt && d.digits <= 2 && d.value >= 1 && d.value <= 31) {
            qsizetype e = d.end;
            const qsizetype we = wordEnd(e);
            const QStringView suf = m_s.mid(e, we - e);
            if (suf == u"st" || suf == u"nd" || suf == u"rd" || suf == u"th")
                e = we;
            if (!isAlnum(at(e)) && !(at(e) == u'%') && !(at(e) == u',' && isDigit(at(e + 1)))
                && !(at(e) == u'.' && isDigit(at(e + 1)))) {
                const qsizetype r = emitDayOrMonth(pos, e, int(d.value), month, false);
                if (r > 0)
                    return r;
            }
        }
    }
    const qsizetype r = emitDayOrMonth(pos, wEnd, 0, month, false);
    return r > 0 ? r : wEnd;
}

qsizetype FigureScanner::tryWeekday(qsizetype pos, qsizetype wEnd, int weekday)
{
    // "Saturday 3pm", "Friday 10:30": a schedule, not the date of an event
    if (isHSpace(at(wEnd)) && isDigit(at(wEnd + 1))) {
        qsizetype q = wEnd + 1;
        while (isDigit(at(q)))
            ++q;
        if (at(q) == u':' || ((at(q) == u'a' || at(q) == u'p' || at(q) == u'A' || at(q) == u'P')
                              && (at(q + 1) == u'm' || at(q + 1) == u'M')))
            return wEnd;
    }
    Figure f;
    f.kind = FigureKind::Date;
    f.start = pos;
    f.end = wEnd;
    if (m_date.isValid()) {
        // the most recent such weekday on or before the article's date
        QDate d = m_date;
        while (d.dayOfWeek() != weekday)
            d = d.addDays(-1);
        setDate(f, d, Precision::Day);
    } else {
        f.unit = QStringLiteral("unresolved");
    }
    addFigure(f);
    return wEnd;
}

bool FigureScanner::insideName(qsizetype start, qsizetype end) const
{
    // Capitalised, not opening a sentence, and followed by another capitalised word.
    if (!isUpper(at(start)) || !isHSpace(at(end)) || !isUpper(at(end + 1)))
        return false;
    qsizetype q = start;
    while (q > 0 && (isHSpace(at(q - 1)) || at(q - 1) == u'"' || at(q - 1) == u'\u201C' || at(q - 1) == u'('))
        --q;
    if (q == 0)
        return false;
    const char16_t before = at(q - 1);
    return before != u'.' && before != u'!' && before != u'?' && before != u':' && before != u'\n';
}

qsizetype FigureScanner::tryRelative(qsizetype pos, qsizetype wEnd, const Entry &kw)
{
    Figure f;
    f.kind = FigureKind::Date;
    f.start = pos;
    f.end = wEnd;
    f.unit = QStringLiteral("unresolved");
    if (kw.kind == Kw::RelDay) {
        if (at(wEnd) == u'\'' || at(wEnd) == u'\u2019')
            return wEnd; // "today's market" describes the present, not a date
        if (insideName(pos, wEnd))
            return wEnd; // "Better Tomorrow Ventures", "the Today Show"
        if (m_date.isValid())
            setDate(f, m_date.addDays(qint64(kw.value)), Precision::Day);
        addFigure(f);
        return wEnd;
    }
    if (kw.kind == Kw::RelDir) {
        if (!isHSpace(at(wEnd)))
            return wEnd;
        qsizetype e2;
        const Entry *u = keywordAt(wEnd + 1, &e2);
        // "last May", "next March": that month before or after the article's month
        if (u && u->kind == Kw::Month && isUpper(at(wEnd + 1)) && !(isHSpace(at(e2)) && isDigit(at(e2 + 1)))) {
            f.end = e2;
            if (m_date.isValid()) {
                const int month = int(u->value);
                const int dir = int(kw.value);
                int year = m_date.year();
                if (dir < 0 && month >= m_date.month())
                    --year;
                else if (dir > 0 && month <= m_date.month())
                    ++year;
                setDate(f, QDate(year, month, 1), Precision::Month);
            }
            addFigure(f);
            return f.end;
        }
        if (!u || u->kind != Kw::RelUnit)
            return wEnd;
        uint64_t before[1];
        if (kw.value < 0 && prevWords(pos, before, 1) == 1 && before[0] == kThe)
            return e2; // "over the last year" is a period, not a date
        f.end = e2;
        const int dir = int(kw.value);
        const int unit = int(u->value);
        if (m_date.isValid()) {
            if (unit == 1) {
                setDate(f, m_date.addDays(7 * dir), Precision::Month);
                f.qualifier = Qualifier::Approx;
            } else if (unit == 2) {
                setDate(f, m_date.addMonths(dir), Precision::Month);
            } else {
                setDate(f, m_date.addYears(dir), Precision::Year);
            }
        }
        addFigure(f);
        return f.end;
    }
    // "the coming months", "the months ahead": from the article date on
    qsizetype end = -1;
    if (kw.kind == Kw::Coming) {
        if (!isHSpace(at(wEnd)))
            return wEnd;
        qsizetype e2;
        const Entry *u = keywordAt(wEnd + 1, &e2);
        if (!u || u->kind != Kw::AheadUnit)
            return wEnd;
        end = e2;
    } else if (kw.kind == Kw::AheadUnit) {
        if (!isHSpace(at(wEnd)))
            return wEnd;
        const qsizetype e2 = wordEnd(wEnd + 1);
        if (codeOf(wEnd + 1, e2) != pack("ahead"))
            return wEnd;
        end = e2;
    }
    if (end < 0)
        return wEnd;
    qsizetype theStart = pos;
    uint64_t before[1];
    if (prevWords(pos, before, 1, &theStart) == 1 && before[0] == kThe)
        f.start = theStart;
    f.end = end;
    f.qualifier = Qualifier::LowerBound;
    if (m_date.isValid())
        setDate(f, m_date, Precision::Month);
    addFigure(f);
    return end;
}

qsizetype FigureScanner::tryVague(qsizetype pos, qsizetype wEnd, double base)
{
    // "hundreds of thousands of GPUs", "billions of dollars"
    double value = base;
    qsizetype p = wEnd;
    auto ofAt = [&](qsizetype q) {
        return isHSpace(at(q)) && at(q + 1) == u'o' && at(q + 2) == u'f' && isHSpace(at(q + 3));
    };
    if (!ofAt(p))
        return wEnd;
    qsizetype e2;
    const Entry *w = keywordAt(p + 4, &e2);
    if (w && w->kind == Kw::Vague && w->value >= 1e3 && w->value > base) {
        value *= w->value;
        p = e2;
        if (!ofAt(p))
            return wEnd;
    }
    // money: "billions of dollars", "tens of millions of euros"
    const qsizetype q = p + 4;
    const qsizetype we = wordEnd(q);
    if (we > q && we - q < 15) {
        char16_t buf[16];
        for (qsizetype i = q; i < we; ++i)
            buf[i - q] = lower(m_s[i].unicode());
        bool usesQualifier = false;
        if (const char *code = CurrencyTable::currencyWord(QStringView(buf, we - q), QStringView(), &usesQualifier)) {
            Figure f;
            f.kind = FigureKind::Money;
            f.start = pos;
            f.end = we;
            f.value = value;
            f.unit = codeString(code);
            f.qualifier = Qualifier::Vague;
            addFigure(f);
            return we;
        }
    }
    qsizetype nounStart = -1;
    const qsizetype nounEnd = parseCountNoun(p + 3, true, &nounStart);
    if (nounEnd < 0)
        return wEnd;
    Figure f;
    f.kind = FigureKind::Count;
    f.start = pos;
    f.end = nounEnd;
    f.value = value;
    f.unit = m_s.mid(nounStart, nounEnd - nounStart).toString();
    f.qualifier = Qualifier::Vague;
    addFigure(f);
    return nounEnd;
}

qsizetype FigureScanner::tryDatePrefix(qsizetype pos, qsizetype wEnd, int month)
{
    // "end-2026" (last month of the year), "mid-2025"
    if (!isDash(at(wEnd)) || !isDigit(at(wEnd + 1)))
        return wEnd;
    Num y;
    parseNumber(wEnd + 1, false, &y);
    if (!y.ok || !y.plainInt || y.digits != 4 || isAlnum(at(y.end)) || y.value < 1900 || y.value > 2100)
        return wEnd;
    Figure f;
    f.kind = FigureKind::Date;
    f.start = pos;
    f.end = y.end;
    f.unit = QStringLiteral("month");
    f.date = monthString(int(y.value), month);
    f.qualifier = Qualifier::Approx;
    addFigure(f);
    return f.end;
}

// ASCII characters that can start a figure: digits, letters (number words,
// months, currency letters) and the signs "$", "~", ">", "<". One table
// load instead of a chain of comparisons for every character.
struct StartTable
{
    constexpr StartTable()
    {
        for (char16_t c = 0; c < 128; ++c)
            may[c] = isDigit(c) || isAsciiLetter(c) || c == u'$' || c == u'~' || c == u'>' || c == u'<';
    }
    bool may[128] = {};
    constexpr bool operator[](char16_t c) const { return may[c]; }
};
constexpr StartTable kMayStart;

namespace {
// The unit before i, read only where a figure may start.
inline char16_t unitBefore(const char16_t *d, qsizetype i) { return i > 0 ? d[i - 1] : u' '; }
} // namespace

// The ASCII letter word [i, e) that FigureKeywords::mayOpenFigure() let through:
// a currency prefix, a number word, a month... Returns where the scan goes on.
qsizetype FigureScanner::atWord(qsizetype i, qsizetype e)
{
    const char16_t *d = reinterpret_cast<const char16_t *>(m_s.utf16());
    const qsizetype n = m_n;
    const char16_t c = d[i];
    // The opener table judged the first two letters; the last one rules out
    // a third of the words it let through ("that", "have", "first" beside
    // "this", "half", "fifty"). Asked here, not in run(), whose loop had no
    // register left for it.
    if (!FigureKeywords::mayEndOpener(m_kw.openerEnds(), c, d[e - 1], size_t(e - i)))
        return e;
    if (isAlnum(unitBefore(d, i)) || (e < n && d[e] >= 0x80 && isLetter(d[e])))
        return e;
    const uint64_t code = e - i <= kMaxWord ? packLetters(d, i, e) : 0;
    // currency letters: "US$5bn", "Rs 500 crore", "CHF 2bn", "A$9.6bil"
    if (isUpper(c) && e - i <= 3) {
        const char16_t follow = e < n ? d[e] : u' ';
        if (follow == u'$' || follow == u'.' || follow == u'\u00A5' || isDigit(follow)
            || (isHSpace(follow) && isDigit(at(e + 1)))) {
            qsizetype len = 0;
            if (currencyPrefix(i, &len))
                return tryNumeric(i);
        }
    }
    // "Xeon6", "Thursday24": a word glued to digits is a name
    const Entry *w = code && !(e < n && isDigit(d[e])) ? m_kw.find(code) : nullptr;
    if (!w)
        return e;
    switch (w->kind) {
    case Kw::Number:
        return std::max(tryNumeric(i), e);
    case Kw::Article:
    case Kw::Half:
        // what tryNumeric() would give when the next word cannot follow
        return std::max(articleMayStartFigure(e, w->kind) ? tryNumeric(i) : skipAfterFailure(i + 1), e);
    case Kw::Month:
        return isUpper(c) ? tryMonth(i, e, int(w->value)) : e;
    case Kw::Weekday:
        return isUpper(c) ? tryWeekday(i, e, int(w->value)) : e;
    case Kw::Vague:
        return tryVague(i, e, w->value);
    case Kw::RelDay:
    case Kw::RelDir:
    case Kw::Coming:
    case Kw::AheadUnit:
        return tryRelative(i, e, *w);
    case Kw::DatePrefix:
        return tryDatePrefix(i, e, int(w->value));
    default:
        return e;
    }
}

// A digit, a currency glyph or "~", "<", ">", "≈" at i. Returns where the scan goes on.
qsizetype FigureScanner::atSign(qsizetype i)
{
    const char16_t *d = reinterpret_cast<const char16_t *>(m_s.utf16());
    const qsizetype n = m_n;
    const char16_t c = d[i];
    if (isDigit(c)) {
        const char16_t prev = unitBefore(d, i);
        // digits glued to a word or another number are identifiers
        // ("H100", "GPT-4", "555-1234", "24/7")
        const char16_t prev2 = i > 1 ? d[i - 2] : u' ';
        if (isAlnum(prev) || prev == u'.' || prev == u'#' || prev == u'_'
            || ((prev == u'-' || prev == u'/' || prev == u':' || prev == u'+') && isAlnum(prev2))) {
            while (i < n && (isAlnum(d[i]) || ((d[i] == u'.' || d[i] == u',') && isAlnum(at(i + 1)))))
                ++i;
            return i;
        }
        return tryNumeric(i);
    }
    if (isCurrencyGlyph(c) || c == u'~' || c == u'>' || c == u'<' || c == u'\u2248') {
        // "US$" and "HK$" are read from their letters; a sign glued to
        // other letters is part of a token ("GPT-4US$")
        if (isAlnum(unitBefore(d, i)))
            return i + 1;
        return tryNumeric(i);
    }
    return i + 1;
}

void FigureScanner::run()
{
    const char16_t *d = reinterpret_cast<const char16_t *>(m_s.utf16());
    const qsizetype n = m_n;
    const FigureKeywords::Openers &opens = m_kw.openers();
    qsizetype i = 0;
#if defined(__SSE2__)
    // 64 units at a time: one bit mask of the ASCII letters and one of the
    // other units a figure may start at, then only the word starts and
    // those units are visited (a loop per unit mispredicted its character
    // class tests). A word's end comes from the letter mask, so most words
    // are judged by the opener table without a scan of their letters.
    while (i + 64 <= n) {
        uint64_t letters, others;
        blockMasks(d + i, &letters, &others);
        if (!~letters) { // a word of 64 letters or more opens no figure
            i = letterRunEnd(d, i + 64, n);
            continue;
        }
        // a word starts at a letter after a non-letter; a letter at the
        // block's first unit is read as a word too, as the unit loop below
        // reads one where a figure's reader returned inside a word
        uint64_t visit = others | (letters & ~(letters << 1));
        // The block ends before a word that runs past it, which the next
        // block reads whole: a word's end is then always in the mask.
        const unsigned size = 64 - unsigned(__builtin_clzll(~letters));
        visit &= ~uint64_t(0) >> (64 - size);
        const qsizetype blockEnd = i + size;
        const uint64_t nonLetters = ~letters;
        qsizetype next = blockEnd;
        while (visit) {
            const unsigned s = unsigned(__builtin_ctzll(visit));
            const qsizetype p = i + s;
            qsizetype j;
            if ((letters >> s) & 1) {
                const qsizetype e = p + qsizetype(__builtin_ctzll(nonLetters >> s));
                // d[p + 1] is in the block: a word ends before the block does
                if (!FigureKeywords::mayOpenWord(opens, d[p], d[p + 1], size_t(e - p))) {
                    visit &= visit - 1;
                    continue;
                }
                j = atWord(p, e);
            } else {
                const char16_t c = d[p];
                if (c < 128 ? !kMayStart[c] : !(isCurrencyGlyph(c) || c == u'\u2248')) {
                    visit &= visit - 1;
                    continue;
                }
                j = atSign(p);
            }
            if (j >= blockEnd) {
                next = j;
                break;
            }
            // go on in this block from j, which is read even inside a word
            const unsigned r = unsigned(j - i);
            visit = (visit & (~uint64_t(0) << r)) | (letters & (uint64_t(1) << r));
        }
        i = next;
    }
#endif
    // The text's last units (all of it without SSE2), one at a time.
    while (i < n) {
        const char16_t c = d[i];
        // The common case first: skip characters that cannot start a figure.
        if (c < 128 && !kMayStart[c]) {
            ++i;
            continue;
        }
        if (isAsciiLetter(c)) {
            const qsizetype e = letterRunEnd(d, i + 1, n);
            // Most words neither open a figure nor can be a currency prefix
            // ("US$", "CHF 2bn"): skip them before any packing or lookup.
            // One table test decides both (a word's case and length were a
            // mispredicted branch here).
            if (!FigureKeywords::mayOpenFigure(opens, d + i, d + e)) {
                // the space after the word cannot start a figure either
                i = e < n && d[e] == u' ' ? e + 1 : e;
                continue;
            }
            i = atWord(i, e);
            continue;
        }
        i = atSign(i);
    }
}

} // namespace DealScope
