// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationextractor.h"

#include "caselesswords.h"
#include "factreconciler.h"
#include "sentencecues.h"
#include "sentencesplitter.h"

#include <QRegularExpression>
#include <QtAlgorithms>
#include <QSet>

#include <algorithm>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace DealScope {

namespace {

using Span = SentenceSplitter::Span;

QRegularExpression rx(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption);
}

// Whether PCRE2 checks each subject for invalid UTF-16 (unpaired surrogates),
// a pass over it per match: not for an article whose text holds no surrogate,
// as then neither do its stretches nor the strings built from them (set by
// extract() for the article it reads, on the thread that reads it).
thread_local QRegularExpression::MatchOptions subjectOptions = QRegularExpression::NoMatchOption;
QRegularExpressionMatch matchIn(const QRegularExpression &re, QStringView s)
{
    return re.match(s, 0, QRegularExpression::NormalMatch, subjectOptions);
}
QRegularExpressionMatchIterator matchesIn(const QRegularExpression &re, QStringView s)
{
    return re.globalMatch(s, 0, QRegularExpression::NormalMatch, subjectOptions);
}

bool has(const QString &s, const QRegularExpression &re) { return matchIn(re, s).hasMatch(); }
// The words are ones `re` cannot match without: most texts are turned away
// by a scan, before a match object is made.
bool has(const QString &s, const CaselessWords &words, const QRegularExpression &re)
{
    return words.in(s) && has(s, re);
}

// A window of a figure's sentence and which lists of a merged set occur in
// it, found by one scan: a window is asked about list after list.
struct ScannedWindow
{
    const QString &text;
    const CaselessWords &lists;
    quint64 found;
};
ScannedWindow scanned(const QString &text, const CaselessWords &lists) { return {text, lists, lists.which(text)}; }
// Whether the window holds a word of `words`.
bool holds(const ScannedWindow &w, const CaselessWords &words)
{
    const quint64 bit = w.lists.bitOf(words);
    return bit ? (w.found & bit) != 0 : words.in(w.text); // else a list the window was not scanned for
}
bool has(const ScannedWindow &w, const CaselessWords &words, const QRegularExpression &re)
{
    return holds(w, words) && has(w.text, re);
}

// Cue lists: verbs and nouns of deal reporting, never names.
// (A view of the clause: most clauses fail the precheck, and were copied for it.)
bool hasSpeculationCue(QStringView s)
{
    static const auto re = QRegularExpression(QStringLiteral(
        "\\b(could|may|might|typically|potential|potentially|possibly|perhaps|hypothetical\\w*|speculat\\w*)\\b"));
    static const CaselessWords words{"could", "may", "might", "typically", "potential*", "possibly", "perhaps", "hypothetical*", "speculat*"};
    return words.in(s) && matchIn(re, s).hasMatch();
}
// A deal said not to have happened ("regulators blocked the $N merger", "the
// $N deal collapsed", "abandoned its $N bid"): no deal to read. A contract
// lost to a rival still names a contract (tested), so "lost" is no cue.
bool hasFailedDealCue(const QString &s)
{
    static const auto re = rx(R"(\b(abandon(ed|s|ing)?|terminat(ed|es|ing)|scrap(ped|s)|fell through|falls? through|)"
                              R"(call(ed|s)? off|collaps(ed|es)|walk(ed|s)? away|reject(ed|s)|)"
                              R"(block(ed|s)|withdr(ew|awn)|failed ([^ ]+ ){0,3}(bid|deal|takeover|merger|offer|acquisition)s?)\b)");
    static const CaselessWords words{"abandon*", "terminat*", "scrap*", "fell", "falls", "fall", "call*", "collaps*",
                                     "walk*", "reject*", "block*", "withdr*", "failed"};
    return has(s, words, re);
}
// "X had agreed to a $N offer from Y, but it terminated the agreement": the clause after the
// figure's (`after` opens at the clause mark, lower case) ends the deal it names by pointing back.
const CaselessWords &butWords()
{
    static const CaselessWords words{"but"};
    return words;
}
bool endedAfterBut(const QString &after)
{
    static const auto re = rx(R"(^\W*but\s+(it|they|the (\w+ )?(company|board|companies|group|buyer|bidder))\s+((later|then|subsequently|eventually)\s+)?)"
                              R"((terminated|scrapped|abandoned|called off|walked away from|withdrew|cancel+ed|rejected)\s+)"
                              R"((the|that|this|its|their)\s+([\w-]+\s+)?(agreement|deal|offer|bid|merger|takeover|transaction)\b)");
    return has(after, butWords(), re);
}
// Stems only: a text holds one wherever a stretch of it does, so a sentence
// without one has none before any of its figures.
const CaselessWords &claimWords()
{
    static const CaselessWords words{"claim*", "boast*", "tout*", "promis*", "advertis*"};
    return words;
}
// "The two companies", "their", "the deal": a sentence that points back.
const CaselessWords &anaphorWords()
{
    static const CaselessWords words{"companies", "deal", "agreement", "partnership", "pact", "contract", "their", "both"};
    return words;
}
bool hasClaimCue(const QString &s)
{
    static const auto re = rx(R"(\b(claim|claims|claiming|claimed|boasts?|boasting|touts?|touting|promis\w+|advertis\w+)\b)");
    return has(s, claimWords(), re);
}
// The earlier-cue words with no boundary asked: a window holds a cue word
// only where its sentence holds these letters, so a sentence without them
// spares its figures the test.
const CaselessWords &earlierLetters()
{
    static const CaselessWords words{"*existing*", "*build*", "*built*", "*expan*", "*increased*",
                                     "*add*", "*top*", "*previous*", "*earlier*", "*original*", "*before*"};
    return words;
}
bool hasEarlierCue(const QString &s)
{
    static const auto re = rx(R"(\b(existing|builds? on|building on|built on|expands?|expanded|expanding|expansion of|)"
                              R"(increased by|adds? to|on top of|previous|previously|earlier|original|)"
                              R"(before (this|the|that|its|their) (latest |new |current )?(round|deal|investment|restructuring|agreement))\b)");
    static const CaselessWords words{"existing", "build*", "built", "expan*", "increased", "add*", "top", "previous*", "earlier", "original", "before"};
    return has(s, words, re);
}

struct Party
{
    QString root;
    QString name;
    qsizetype start = 0;
    qsizetype end = 0;
    bool possessive = false;
    bool viaProduct = false; // named through something it makes ("X H100 GPUs")
    QString prevWord;  // lower case word before the mention
    QString following; // lower case text after the mention (and its "'s")
    // What `following` says, read once: candidates are scored again and again.
    bool providerCue = false; // cast as a supplier (isProviderCue)
    bool buyerCue = false;    // cast as a buyer (hasBuyerAfter)
    QString mentionName;      // the entity named (a product's own name, not its maker's)
};

QString lowerSlice(const QString &text, qsizetype from, qsizetype to)
{
    from = std::max<qsizetype>(0, from);
    to = std::min(text.size(), to);
    return to > from ? text.mid(from, to - from).toLower() : QString();
}


// The first (last) n words of s, joined by single spaces: what simplifying,
// splitting at spaces and joining gives, found in one pass without a list
// of every word. Where the words stand one space apart in s the result is a
// view of s's characters, not a copy: s must outlive it.
QString firstWords(QStringView s, int n)
{
    // Mostly the words already stand one space apart after the white space
    // that opens s (a figure's head opens with a space): then they are one
    // stretch of s, copied whole instead of word by word.
    {
        qsizetype first = 0;
        while (first < s.size() && s.at(first).isSpace())
            ++first;
        qsizetype i = first, end = first;
        int taken = 0;
        while (taken < n && i < s.size() && !s.at(i).isSpace()) {
            while (i < s.size() && !s.at(i).isSpace())
                ++i;
            end = i;
            ++taken;
            if (i < s.size() && s.at(i) == u' ')
                ++i; // one plain space: the joined text keeps it as it is
            else
                break;
        }
        // Done when n words are found, or s (or its one trailing space) ends after a word;
        // an s of white space alone holds none.
        if (taken == n || end == s.size() || (i == s.size() && taken > 0))
            return QString::fromRawData(reinterpret_cast<const QChar *>(s.utf16()) + first, end - first);
    }
    QString out;
    out.reserve(s.size()); // the words never outgrow s: one allocation
    qsizetype i = 0;
    for (int taken = 0; taken < n; ++taken) {
        while (i < s.size() && s.at(i).isSpace())
            ++i;
        if (i >= s.size())
            break;
        const qsizetype start = i;
        while (i < s.size() && !s.at(i).isSpace())
            ++i;
        if (taken > 0)
            out += u' ';
        out += s.mid(start, i - start);
    }
    return out;
}

QString lastWords(const QString &s, int n)
{
    qsizetype from = s.size(); // where the n-th word from the end starts
    qsizetype i = s.size();
    for (int taken = 0; taken < n; ++taken) {
        while (i > 0 && s.at(i - 1).isSpace())
            --i;
        if (i == 0)
            break;
        while (i > 0 && !s.at(i - 1).isSpace())
            --i;
        from = i;
    }
    return firstWords(QStringView(s).mid(from), n);
}

// Where a run of ASCII white space (PCRE2's \s without Unicode properties)
// and of the characters `also` that opens s at `from` ends. The tests below
// are asked for every figure or pair of parties, where a regular expression
// cost a match object each.
qsizetype spaceRunEnd(QStringView s, qsizetype from, QStringView also)
{
    qsizetype i = from;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if ((c.unicode() < u'\t' || c.unicode() > u'\r') && c != u' ' && !also.contains(c))
            break;
        ++i;
    }
    return i;
}
// Where the emphasis marks and white space opening s end ("^[\s*_]*").
qsizetype markupEnd(QStringView s) { return spaceRunEnd(s, 0, u"*_"); }
// "^[\s*_]*$": nothing but emphasis marks and white space.
bool isMarkup(QStringView s) { return markupEnd(s) == s.size(); }
// "^[\s,&]*(and|or)?[\s,&]*$", caseless: what joins the names of a list.
bool isListJoiner(QStringView s)
{
    const QStringView separators = u",&";
    const qsizetype i = spaceRunEnd(s, 0, separators);
    if (i == s.size())
        return true;
    for (const QStringView word : {QStringView(u"and"), QStringView(u"or")}) {
        // Only ASCII letters fold to a, n, d, o or r: an ASCII caseless compare is exact.
        if (s.size() - i < word.size())
            continue;
        bool same = true;
        for (qsizetype k = 0; k < word.size() && same; ++k)
            same = (s.at(i + k).unicode() | 0x20) == word.at(k).unicode() && s.at(i + k).unicode() < 0x80;
        if (same && spaceRunEnd(s, i + word.size(), separators) == s.size())
            return true;
    }
    return false;
}

// Clause boundaries a figure's reading does not cross; a dash between two
// words ("Nokia–Ericsson", "3–5") joins them instead.
const QRegularExpression &hardStop()
{
    static const QRegularExpression re(QStringLiteral("[;:()\\[\\]\u2014]|\\s[\u2013-]\\s|\u2013\\s"));
    return re;
}

// hardStop() cannot match without one of these characters: a scan spares most windows a match.
bool isHardStopMark(QChar c)
{
    switch (c.unicode()) {
    case u';': case u':': case u'(': case u')': case u'[': case u']': case u'-': case 0x2013: case 0x2014:
        return true;
    default:
        return false;
    }
}
bool mayHaveHardStop(QStringView s)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    // Eight characters a step (it is asked of every figure's lead and head): the marks
    // are three pairs of neighbours, ( ) : ; and the two dashes, and - [ ].
    const char16_t *const d = s.utf16();
    const __m128i zero = _mm_setzero_si128();
    const __m128i one = _mm_set1_epi16(1);
    auto inPair = [&](__m128i v, char16_t first) { // v is first or first + 1
        return _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(v, _mm_set1_epi16(short(first))), one), zero);
    };
    for (; i + 8 <= s.size(); i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const __m128i pairs = _mm_or_si128(_mm_or_si128(inPair(v, u'('), inPair(v, u':')), inPair(v, 0x2013));
        const __m128i singles = _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16(u'-')),
                                             _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16(u'[')),
                                                          _mm_cmpeq_epi16(v, _mm_set1_epi16(u']'))));
        if (_mm_movemask_epi8(_mm_or_si128(pairs, singles)))
            return true;
    }
#endif
    for (; i < s.size(); ++i)
        if (isHardStopMark(s.at(i)))
            return true;
    return false;
}

// Cuts a window at the first (or last) hard clause boundary.
QString cutAfter(const QString &s)
{
    if (!mayHaveHardStop(s))
        return s;
    const auto m = matchIn(hardStop(), s);
    return m.hasMatch() ? s.left(m.capturedStart()) : s;
}
QString cutBefore(const QString &s)
{
    if (!mayHaveHardStop(s))
        return s;
    qsizetype last = -1;
    auto it = matchesIn(hardStop(), s);
    while (it.hasNext())
        last = it.next().capturedEnd();
    return last >= 0 ? s.mid(last) : s;
}

// Where the nearest of up to eight `marks` stands in [from, to) of `d`: the
// first, or the last when `backward`; -1 if none. Eight characters a step
// (SSE2): clauses are looked for around every figure.
qsizetype nearestMark(const char16_t *d, qsizetype from, qsizetype to, QStringView marks, bool backward)
{
    Q_ASSERT(!marks.isEmpty() && marks.size() <= 8);
    auto isMark = [marks](char16_t u) {
        for (const QChar m : marks)
            if (m.unicode() == u)
                return true;
        return false;
    };
#if defined(__SSE2__)
    __m128i sought[8];
    for (qsizetype m = 0; m < 8; ++m)
        sought[m] = _mm_set1_epi16(short(marks.at(m < marks.size() ? m : 0).unicode()));
    auto maskAt = [&](qsizetype at) { // bit 2k set when d[at + k] is a mark
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + at));
        __m128i hit = _mm_cmpeq_epi16(v, sought[0]);
        for (qsizetype m = 1; m < marks.size(); ++m)
            hit = _mm_or_si128(hit, _mm_cmpeq_epi16(v, sought[m]));
        return quint32(_mm_movemask_epi8(hit));
    };
    if (backward) {
        for (; to - from >= 8; to -= 8)
            if (const quint32 mask = maskAt(to - 8))
                return to - 8 + (31 - qCountLeadingZeroBits(mask)) / 2;
    } else {
        for (; to - from >= 8; from += 8)
            if (const quint32 mask = maskAt(from))
                return from + qCountTrailingZeroBits(mask) / 2;
    }
#endif
    if (backward) {
        for (qsizetype i = to - 1; i >= from; --i)
            if (isMark(d[i]))
                return i;
    } else {
        for (qsizetype i = from; i < to; ++i)
            if (isMark(d[i]))
                return i;
    }
    return -1;
}

// The stretch of the sentence around a figure up to the nearest of `marks`
// on each side (a character test: a regular expression per character cost
// a string and a match object each).
Span clauseAround(const QString &text, const Span &sentence, const Figure &f, QStringView marks)
{
    const char16_t *const d = reinterpret_cast<const char16_t *>(text.constData());
    qsizetype s = f.start, e = f.end;
    if (s > sentence.start) {
        const qsizetype before = nearestMark(d, sentence.start, s, marks, true);
        s = before < 0 ? sentence.start : before + 1;
    }
    if (e < sentence.end) {
        const qsizetype after = nearestMark(d, e, sentence.end, marks, false);
        e = after < 0 ? sentence.end : after;
    }
    return {s, e};
}

// One character lowered as QString::toLower lowers it, unless it is one that
// lowering would not keep in its place (U+0130, a surrogate).
bool lowerCharacter(char16_t u, char16_t &out)
{
    if (u < 0x80) {
        out = (u >= u'A' && u <= u'Z') ? char16_t(u | 0x20) : u;
        return true;
    }
    if (QChar::isSurrogate(u) || u == 0x0130)
        return false;
    out = char16_t(QChar::toLower(u));
    return true;
}

// Eight characters lowered side by side when all are ASCII; false (nothing written) otherwise.
bool lowerAsciiBlock(const char16_t *in, char16_t *out)
{
#if defined(__SSE2__)
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in));
    const __m128i zero = _mm_setzero_si128();
    if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_subs_epu16(v, _mm_set1_epi16(0x7F)), zero)) != 0xFFFF)
        return false;
    // ASCII only: signed compares pick the capitals, which gain 0x20.
    const __m128i capital = _mm_and_si128(_mm_cmpgt_epi16(v, _mm_set1_epi16(u'A' - 1)),
                                          _mm_cmplt_epi16(v, _mm_set1_epi16(u'Z' + 1)));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_or_si128(v, _mm_and_si128(capital, _mm_set1_epi16(0x20))));
    return true;
#else
    for (int k = 0; k < 8; ++k)
        if (in[k] >= 0x80)
            return false;
    for (int k = 0; k < 8; ++k)
        lowerCharacter(in[k], out[k]);
    return true;
#endif
}

bool isFactFigure(const Figure &f)
{
    return f.kind == FigureKind::Money || f.kind == FigureKind::Percent || f.kind == FigureKind::Power
        || f.kind == FigureKind::Count;
}

// Everything about one article that the readings of its figures share.
struct ArticleContext
{
    const ArticleExtraction *x = nullptr;
    QList<Span> sentences;
    QList<Span> paragraphs;
    QList<Party> parties;             // organisations (and what belongs to one), in text order
    QHash<QString, int> salience;     // root → mentions
    QHash<QString, int> providerScore; // root → how often the text casts it as a supplier
    // The roots cast as suppliers on balance, lower case: asked about by every money figure.
    QStringList loweredProviders;

    const QString &text() const { return x->article.text; }

    // The readings look at many short stretches of the text in lower case:
    // the text is lowered once. Qt lowers character by character, so a
    // stretch of the lowered text is the lowered stretch whenever lowering
    // kept every position (no one-to-many mapping, no surrogate pair to cut).
    // Lowered here character by character, ASCII eight at a time: the one
    // character QString::toLower maps to two (U+0130) and surrogate pairs
    // leave the text to the slow path, as a lowering that moved positions did.
    void lowerOnce()
    {
        const QString &t = text();
        const qsizetype n = t.size();
        QString out(n, Qt::Uninitialized);
        const char16_t *in = reinterpret_cast<const char16_t *>(t.constData());
        char16_t *o = reinterpret_cast<char16_t *>(out.data());
        auto lowerOne = [&](qsizetype k) {
            hasKelvinSign |= in[k] == 0x212A;
            return lowerCharacter(in[k], o[k]);
        };
        qsizetype i = 0;
        for (; i + 8 <= n; i += 8) {
            if (lowerAsciiBlock(in + i, o + i))
                continue;
            for (qsizetype k = i; k < i + 8; ++k)
                if (!lowerOne(k))
                    return; // lowerExact stays false
        }
        for (; i < n; ++i)
            if (!lowerOne(i))
                return;
        lowerExact = true;
        lowered = std::move(out);
    }
    QString lowerSlice(qsizetype from, qsizetype to) const
    {
        if (!lowerExact)
            return DealScope::lowerSlice(text(), from, to);
        from = std::max<qsizetype>(0, from);
        to = std::min(lowered.size(), to);
        // Not copied: the stretches are read, and die with the context (a change would copy it).
        return to > from ? QString::fromRawData(lowered.constData() + from, to - from) : QString();
    }
    QString lowered;
    bool lowerExact = false;
    // The one character lowered to an ASCII letter (U+212A, the Kelvin sign, to k): only
    // where it stands does a scan of the lowered text differ from one of the text.
    bool hasKelvinSign = false;

    // The word (letters) before `pos` but not before `floor`, lower case.
    QString wordBefore(qsizetype pos, qsizetype floor) const
    {
        const QString &t = text();
        qsizetype e = pos;
        while (e > floor && !t.at(e - 1).isLetterOrNumber())
            --e;
        qsizetype s = e;
        while (s > floor && t.at(s - 1).isLetter())
            --s;
        return lowerSlice(s, e);
    }

    QList<Party> partiesIn(qsizetype from, qsizetype to) const
    {
        auto inside = [from, to](const Party &p) { return p.start >= from && p.end <= to; };
        QList<Party> out;
        out.reserve(std::count_if(parties.cbegin(), parties.cend(), inside)); // one allocation
        for (const Party &p : parties)
            if (inside(p))
                out.append(p);
        return out;
    }

    QStringList rootsBySalience() const
    {
        QStringList roots = salience.keys();
        std::sort(roots.begin(), roots.end(), [this](const QString &a, const QString &b) {
            const int sa = salience.value(a), sb = salience.value(b);
            if (sa != sb)
                return sa > sb;
            return firstPosition(a) < firstPosition(b);
        });
        return roots;
    }

    qsizetype firstPosition(const QString &root) const
    {
        for (const Party &p : parties)
            if (p.root == root)
                return p.start;
        return text().size();
    }
};

// A role noun right before a name ("in startup Momenta", "with chipmaker Arm",
// "in the lender HSBC", "in Chinese robotics startup X") describes that name:
// the word that governs the party is the preposition before the description.
bool isRoleNoun(const QString &word)
{
    static const QSet<QString> nouns = {
        QStringLiteral("startup"), QStringLiteral("start-up"), QStringLiteral("rival"), QStringLiteral("lender"),
        QStringLiteral("bank"), QStringLiteral("insurer"), QStringLiteral("retailer"), QStringLiteral("firm"),
        QStringLiteral("company"), QStringLiteral("group"), QStringLiteral("giant"), QStringLiteral("conglomerate"),
        QStringLiteral("operator"), QStringLiteral("miner"), QStringLiteral("utility"), QStringLiteral("developer"),
        QStringLiteral("manufacturer"), QStringLiteral("provider"), QStringLiteral("producer"), QStringLiteral("supplier"),
        QStringLiteral("platform"), QStringLiteral("carrier"), QStringLiteral("airline"), QStringLiteral("partner"),
        QStringLiteral("peer"), QStringLiteral("competitor"), QStringLiteral("investor"), QStringLiteral("unit"),
        QStringLiteral("subsidiary"), QStringLiteral("biotech"), QStringLiteral("fintech"), QStringLiteral("unicorn"),
        QStringLiteral("designer"), QStringLiteral("manager"), QStringLiteral("owner"), QStringLiteral("vendor"),
        QStringLiteral("distributor"), QStringLiteral("specialist"), QStringLiteral("broker")};
    // "maker", "chipmaker", "drugmaker", "carmaker", "automaker": any maker. (Shorter words,
    // the prepositions and articles before most names, are none: no hash asked.)
    return word.size() >= 4 && (nouns.contains(word) || word.endsWith(u"maker"));
}
// "Canada's Enbridge", "in China's robotics startup X": a place in the possessive
// describes the name after it too. Where that place starts, if "<Place>'s " ends
// right before `pos`; else -1.
qsizetype placePossessiveBefore(const ArticleContext &ctx, qsizetype pos)
{
    const QString &t = ctx.text();
    if (pos < 4 || t.at(pos - 1) != u' ' || t.at(pos - 2) != u's' || (t.at(pos - 3) != u'\'' && t.at(pos - 3) != u'\u2019'))
        return -1;
    for (const EntityMention &e : ctx.x->entities)
        if (e.type == EntityType::Place && e.end == pos - 3)
            return e.start;
    return -1;
}
QString prevWordPastApposition(const ArticleContext &ctx, qsizetype start)
{
    const QString word = ctx.wordBefore(start, std::max<qsizetype>(0, start - 30));
    if (!isRoleNoun(word) && (word != u"s" || placePossessiveBefore(ctx, start) < 0))
        return word;
    static const QSet<QString> governing = {QStringLiteral("in"), QStringLiteral("into"), QStringLiteral("from"),
                                            QStringLiteral("by"), QStringLiteral("with"), QStringLiteral("to"),
                                            QStringLiteral("through"), QStringLiteral("via"), QStringLiteral("on")};
    // Back over the description word by word, across single spaces only (a comma or a
    // full stop ends it, an abbreviation's does not): "the", adjectives ("Chinese",
    // "autonomous-driving", "U.S.").
    const QString &t = ctx.text();
    qsizetype at = start;
    for (int words = 0; words < 5; ++words) {
        if (at < 2 || t.at(at - 1) != u' ')
            break;
        if (const qsizetype place = placePossessiveBefore(ctx, at); place >= 0) {
            at = place;
            continue;
        }
        qsizetype s = at - 1;
        while (s > 0 && (t.at(s - 1).isLetter() || t.at(s - 1) == u'-' || t.at(s - 1) == u'.'))
            --s;
        const QStringView token = QStringView(t).mid(s, at - 1 - s);
        if (token.isEmpty() || (token.endsWith(u'.') && token.count(u'.') < 2))
            break;
        const QString w = ctx.lowerSlice(s, at - 1);
        if (words > 0 && governing.contains(w))
            return w;
        at = s;
    }
    return word;
}

// What follows a party casts it as a supplier ("X will provide", "X's
// cloud") or as a buyer ("X will buy"): both lists in one scan of it.
const CaselessWords &providerAfterWords()
{
    static const CaselessWords words{"*cloud*", "*comput*", "*infrastructure*", "*services*", "*capacity*", "*chips*", "*silicon*", "*custom*", "*data*", "*servers*", "*gpus*", "*provide*", "*suppl*", "*operates*", "*host*", "*vendor*"};
    return words;
}
const CaselessWords &buyerAfterWords()
{
    static const CaselessWords words{"*consumption*", "*commit*", "*spend*", "*buy*", "*use*", "*run*", "*deploy*", "*access*", "*demand*", "*workloads*"};
    return words;
}
const CaselessWords &followingLists()
{
    static const CaselessWords lists{&providerAfterWords(), &buyerAfterWords()};
    return lists;
}

bool hasProviderAfter(const ScannedWindow &following)
{
    static const auto re = rx(R"(^\W*('s|’s)?\s*(cloud|compute|computing|infrastructure|services|capacity|chips|silicon|custom|)"
                              R"(data cent|servers|gpus|will provide|provides|to provide|will supply|supplies|operates|will host|hosts|customer)|)"
                              R"(^\W*(('s|’s)\s+)?(\w+\s+){0,3}as (a|an|the) (\w+\s+){0,3}(provider|supplier|host|vendor))");
    return has(following, providerAfterWords(), re);
}
bool hasBuyerAfter(const ScannedWindow &following)
{
    static const auto re = rx(R"(^\W*('s|’s)?\s*(consumption|commitment to|committed|commits|has committed|will spend|to spend|spends|)"
                              R"(will buy|buys|to buy|will use|to use|will run|runs|will deploy|deploys|to deploy|access|demand|workloads))");
    return has(following, buyerAfterWords(), re);
}

// A newsroom or outlet the article cites for what it reports ("told
// Reuters", "as reported by CNBC", "Bloomberg reported that", "…, the Wall
// Street Journal reported.") is not a party to the deal. "According to X"
// counts only for a name shaped like a publication ("the Financial Times"):
// companies are cited on their own deals ("according to Microsoft").
bool isCitedSource(const QString &name, QStringView before, QStringView after)
{
    static const QStringView citingBefore[] = {u"reported by", u"told", u"spoke to", u"speaking to", u"spoke with",
                                               u"speaking with", u"interview with", u"statement to", u"said to",
                                               u"confirmed to", u"citing", u"cited by", u"report by",
                                               u"report from", u"reporting by", u"report in", u"per"};
    auto endsWithWord = [](QStringView text, QStringView cue) {
        return text.endsWith(cue) && (text.size() == cue.size() || !text.at(text.size() - cue.size() - 1).isLetterOrNumber());
    };
    static const QStringView accordingTo = u"according to";
    static const QStringView citingAfter[] = {u" reported that", u" reports that", u" first reported",
                                              u" reported earlier", u" reported on", u" reported last",
                                              u" was first to report", u" has reported", u", citing",
                                              u" reported.", u" reported,", u" reported;", u" reports.",
                                              u" reports,", u" said in a report", u" reported citing"};
    // The three characters the cues end (open) with: most names stand next to none
    // of them and are spared the comparisons (every party of every article is asked).
    auto three = [](QStringView s) {
        return quint64(s.at(0).unicode()) << 32 | quint64(s.at(1).unicode()) << 16 | s.at(2).unicode();
    };
    static const QSet<quint64> beforeEndings = [&three] {
        QSet<quint64> out{three(accordingTo.right(3))};
        for (const QStringView cue : citingBefore)
            out.insert(three(cue.right(3)));
        return out;
    }();
    static const QSet<quint64> afterOpenings = [&three] {
        QSet<quint64> out;
        for (const QStringView cue : citingAfter)
            out.insert(three(cue));
        return out;
    }();
    while (!before.isEmpty() && (before.back().isSpace() || before.back() == u'('))
        before.chop(1);
    if (before.endsWith(u" the"))
        before.chop(4);
    const bool mayEndInCue = before.size() >= 3 && beforeEndings.contains(three(before.right(3)));
    if (mayEndInCue) {
        for (const QStringView cue : citingBefore)
            if (endsWithWord(before, cue))
                return true;
    }
    if (after.size() >= 3 && afterOpenings.contains(three(after))) {
        for (const QStringView cue : citingAfter)
            if (after.startsWith(cue))
                return true;
    }
    static const QSet<QString> publicationWords = {
        QStringLiteral("Journal"),  QStringLiteral("Times"),     QStringLiteral("Post"),      QStringLiteral("News"),
        QStringLiteral("Herald"),   QStringLiteral("Tribune"),   QStringLiteral("Gazette"),   QStringLiteral("Telegraph"),
        QStringLiteral("Guardian"), QStringLiteral("Economist"), QStringLiteral("Insider"),   QStringLiteral("Chronicle"),
        QStringLiteral("Observer"), QStringLiteral("Wire"),      QStringLiteral("Press"),     QStringLiteral("Magazine"),
        QStringLiteral("Review"),   QStringLiteral("Standard"),  QStringLiteral("Express"),   QStringLiteral("Daily")};
    if (!mayEndInCue || !endsWithWord(before, accordingTo))
        return false;
    return publicationWords.contains(name.mid(name.lastIndexOf(u' ') + 1));
}

bool isProviderCue(const Party &p, const ScannedWindow &following)
{
    static const QSet<QString> prepositions = {QStringLiteral("from"), QStringLiteral("through"),
                                               QStringLiteral("via"), QStringLiteral("on")};
    return prepositions.contains(p.prevWord) || hasProviderAfter(following);
}

// Where a purpose or recipient after a figure starts ("for $4 billion to gain a
// potential blockbuster", "$2 billion to Pfizer"): a hedge there is said of
// the aim, not of the figure. `to` if there is none ("$4 billion to $5 billion"
// is a range, not a purpose).
qsizetype purposeStart(const ArticleContext &ctx, qsizetype from, qsizetype to)
{
    const QString after = ctx.lowerSlice(from, to);
    for (qsizetype i = after.indexOf(u" to "); i >= 0; i = after.indexOf(u" to ", i + 1))
        if (i + 4 < after.size() && after.at(i + 4).isLetter())
            return from + i;
    return to;
}

struct Reading
{
    Metric metric = Metric::Other;
    QString part;
    bool derived = false;
    bool acquisition = false; // the price of a company bought: the buyer's stake in it
    Span offerNoun{-1, -1};   // "offer"/"bid" the sum is said of ("Y's offer of $N", "a $N bid"), in the text
};

// Where the last match of `re` in the lowered text [from, to) stands, as offsets into the text; {-1, -1} if none.
Span lastMatch(const ArticleContext &ctx, const QRegularExpression &re, qsizetype from, qsizetype to)
{
    Span found{-1, -1};
    const QString stretch = ctx.lowerSlice(from, to);
    for (QRegularExpressionMatchIterator it = matchesIn(re, stretch); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        found = {from + m.capturedStart(), from + m.capturedEnd()};
    }
    return found;
}

// The company bought, in a sentence priced as an acquisition: the first
// party after the last buying verb before the figure ("agreed to take over
// its rival X for $N"), the party before the verb in the passive ("X was
// acquired by Y for $N"), else the first party after the figure ("a $N
// takeover offer for X"). Never the buyer.
const Party *acquisitionTarget(const ArticleContext &ctx, const QList<Party> &ps, const Span &sentence, const Figure &f,
                               const Party *buyer)
{
    static const auto verb = rx(R"(\b(acquir\w*|buy|buys|buying|bought|takes? over|took over|taking over|)"
                                R"(takeover( offer| bid)? (of|for)|acquisition of|buyout of)\b)");
    // A part of the buyer's group named on its own may be what it buys (see boughtAsItself).
    auto notBuyer = [&](const Party &p) {
        return !buyer || p.root != buyer->root || (p.name != p.root && p.name != buyer->name);
    };
    const Span found = lastMatch(ctx, verb, sentence.start, f.start);
    const qsizetype verbStart = found.start, verbEnd = found.end;
    // "buy BT's and SBC's stakes in French operator Cegetel for $N": the company the stakes are in.
    static const auto stakesIn = rx(R"(\bstakes?\s+in\s+([\w-]+\s+){0,3}$)");
    static const CaselessWords stakesInWords{"stake", "stakes"};
    if (verbStart >= 0 && stakesInWords.in(ctx.lowerSlice(verbEnd, f.start))) {
        for (const Party &p : ps)
            if (p.start >= verbEnd && p.end <= f.start && notBuyer(p) && has(ctx.lowerSlice(verbEnd, p.start), stakesIn))
                return &p;
    }
    if (verbStart >= 0) {
        if (ctx.lowerSlice(verbEnd, verbEnd + 4).startsWith(QStringLiteral(" by"))) {
            const Party *target = nullptr;
            for (const Party &p : ps)
                if (p.end <= verbStart && notBuyer(p))
                    target = &p;
            return target;
        }
        for (const Party &p : ps)
            if (p.start >= verbEnd && p.end <= f.start && notBuyer(p))
                return &p;
    }
    for (const Party &p : ps)
        if (p.start >= f.end && notBuyer(p))
            return &p;
    return nullptr;
}

// The gazetteer records a company bought as part of its buyer once the deal is done
// ("Activision Blizzard" under Microsoft): in the sentence that buys it, it is still
// itself; so is a unit a stake of which its group sells. The target as its own root
// when a party before it belongs to the same group.
std::optional<Party> boughtAsItself(const Party &target, const QList<Party> &ps)
{
    if (target.name == target.root)
        return std::nullopt;
    for (const Party &p : ps)
        if (p.end <= target.start && p.root == target.root && p.name != target.name) {
            Party own = target;
            own.root = own.name;
            return own;
        }
    return std::nullopt;
}

// "invest 240 million pounds ($294 million) to upgrade its plant": where the words after a
// figure go on, past a sum restated in brackets right after it (else `pos` itself).
qsizetype pastRestatement(const ArticleContext &ctx, qsizetype pos)
{
    const QStringView after = QStringView(ctx.text()).mid(pos, std::min<qsizetype>(40, ctx.text().size() - pos));
    const qsizetype open = after.indexOf(u'(');
    if (open < 0 || !after.left(open).trimmed().isEmpty())
        return pos;
    const qsizetype close = after.indexOf(u')', open);
    const QStringView inside = after.mid(open, std::max<qsizetype>(0, close - open));
    return close > open && std::any_of(inside.cbegin(), inside.cend(), [](QChar c) { return c.isDigit(); })
        ? pos + close + 1 : pos;
}

// "will invest £11bn over ten years in 5G", "$N in its network", "$N into new plants":
// money put into a thing, no company standing after "in", goes to no investee.
// Pointers and ways of paying are no thing: "in it", "in the startup", "in the
// round", "in two tranches", "in cash", "in total" leave the investee to be found.
bool investedInThing(const ArticleContext &ctx, qsizetype pos, qsizetype sentenceEnd)
{
    static const auto inThing = rx(R"(^[^,;.()]{0,30}?\b(in|into)\s+((the|a|an|its|their|this|his|her)\s+)?([\w-]+)(\s+[\w-]+)?(\s+[\w-]+)?)");
    static const CaselessWords inWords{"in", "into"};
    static const QSet<QString> notThings = {
        QStringLiteral("it"), QStringLiteral("them"), QStringLiteral("total"), QStringLiteral("all"),
        QStringLiteral("cash"), QStringLiteral("stock"), QStringLiteral("shares"), QStringLiteral("equity"),
        QStringLiteral("tranche"), QStringLiteral("tranches"), QStringLiteral("instalments"), QStringLiteral("installments"),
        QStringLiteral("round"), QStringLiteral("funding"), QStringLiteral("financing"), QStringLiteral("series"),
        QStringLiteral("deal"), QStringLiteral("transaction"), QStringLiteral("business"), QStringLiteral("venture"),
        QStringLiteral("stake"), QStringLiteral("addition"), QStringLiteral("aggregate"), QStringLiteral("exchange"),
        QStringLiteral("return"), QStringLiteral("stages"), QStringLiteral("phases"), QStringLiteral("two"),
        QStringLiteral("three"), QStringLiteral("several"), QStringLiteral("new-money"), QStringLiteral("fresh")};
    // Nor is a time ("in 2019", "in the first quarter", "in early June"), said by the first word.
    static const QSet<QString> times = {
        QStringLiteral("early"), QStringLiteral("late"), QStringLiteral("mid"), QStringLiteral("first"),
        QStringLiteral("second"), QStringLiteral("third"), QStringLiteral("fourth"), QStringLiteral("last"),
        QStringLiteral("next"), QStringLiteral("past"), QStringLiteral("coming"), QStringLiteral("recent"),
        QStringLiteral("year"), QStringLiteral("years"), QStringLiteral("quarter"), QStringLiteral("months"),
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"), QStringLiteral("april"),
        QStringLiteral("may"), QStringLiteral("june"), QStringLiteral("july"), QStringLiteral("august"),
        QStringLiteral("september"), QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    const qsizetype end = std::min(sentenceEnd, pos + 90);
    const QString after = ctx.lowerSlice(pos, end);
    if (!inWords.in(after))
        return false;
    const QRegularExpressionMatch m = matchIn(inThing, after);
    if (!m.hasMatch())
        return false;
    for (int g = 4; g <= 6; ++g) {
        const QString word = m.captured(g).trimmed();
        const bool year = !word.isEmpty() && std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
        if ((g == 4 && (year || times.contains(word))) || notThings.contains(word) || isRoleNoun(word))
            return false;
    }
    const qsizetype thing = pos + m.capturedStart(4);
    // A capital may be a company the entity extractor does not know ("in Brevotron Infrastructure")
    // unless it names a place ("in India").
    if (ctx.text().at(thing).isUpper()
        && std::none_of(ctx.x->entities.cbegin(), ctx.x->entities.cend(),
                        [thing](const EntityMention &e) { return e.type == EntityType::Place && e.start == thing; }))
        return false;
    // A company named in what follows "in" is invested in (found as the object, or ambiguous).
    const qsizetype clauseEnd = std::min(end, pos + m.capturedEnd() + 20);
    return std::none_of(ctx.parties.cbegin(), ctx.parties.cend(),
                        [&](const Party &p) { return p.start >= thing && p.start < clauseEnd; });
}

// "** Toyota said it plans to invest …": an item of a roundup ("Deals of the day"),
// opened by "** " and naming an organisation, is a story of its own, so its readings
// borrow no party from the items around it. ("* " and "- " bullets are not: a brief
// lists one story's points that way.)
bool isRoundupItem(const ArticleContext &ctx, qsizetype paragraphStart)
{
    const qsizetype pi = SentenceSplitter::indexOf(ctx.paragraphs, paragraphStart);
    if (pi < 0)
        return false;
    const Span paragraph = ctx.paragraphs.at(pi);
    return QStringView(ctx.text()).mid(paragraph.start, paragraph.end - paragraph.start).trimmed().startsWith(u"** ")
        && std::any_of(ctx.parties.cbegin(), ctx.parties.cend(),
                       [&paragraph](const Party &p) { return paragraph.contains(p.start); });
}

// "…, and Google committed $2 billion to the startup", "… in it": a clause with its
// own subject that points at a company outside it by a pronoun or a role noun.
bool pointsOutside(const ArticleContext &ctx, const Span &clause)
{
    static const auto pointer = rx(R"(\b(in|into|to|with|from)\s+(it|them|the\s+([\w-]+\s+){0,2}?([\w-]+))\b)");
    static const CaselessWords pointerWords{"it", "them", "the"};
    const QString text = ctx.lowerSlice(clause.start, clause.end);
    if (!pointerWords.in(text))
        return false;
    for (auto it = matchesIn(pointer, text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(4) == 0 || isRoleNoun(m.captured(4)))
            return true;
    }
    return false;
}

// ", and Toyota will invest …", ", while Roche plans …", "; Infosys said …": a
// clause opened by a conjunction or a semicolon and a name followed by a verb
// has its own subject, so its parties are not those of the clause before. Where
// such clauses start (at their subject), in text order. The last name of a list
// ("A, B, and C invested") opens none, nor does a party the sentence named
// before ("X picked Y, and Y will get a $N contract": the same deal), nor a
// clause that points outside itself ("… in the retailer").
QList<qsizetype> ownSubjectClauseStarts(const ArticleContext &ctx, const Span &sentence, const QList<Party> &ps)
{
    // "(,\s*(and|while|whereas|but)|;)\s*$" by hand: asked before every party after a comma.
    auto opens = [](QStringView lead) {
        lead = lead.trimmed();
        if (lead.endsWith(u';'))
            return true;
        for (const QStringView conjunction : {QStringView(u"and"), QStringView(u"while"), QStringView(u"whereas"), QStringView(u"but")})
            if (lead.endsWith(conjunction) && lead.chopped(conjunction.size()).trimmed().endsWith(u','))
                return true;
        return false;
    };
    static const auto verbAfter = rx(R"(^\.?\s+((will|would|could|can|may|might|shall|should|must|also|has|have|had|is|was|are|were|)"
                                     R"(said|plan|sold|bought|took|won|led|paid|got|held|made|struck|sought|spent|built|kept|put)\b|)"
                                     R"((?!(plus|versus|across|unless|thus|whereas)\b)[a-z]{2,}(ed|s)\b))");
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < ps.size(); ++i) {
        const Party &p = ps.at(i);
        if (p.start <= sentence.start || p.possessive)
            continue;
        const qsizetype from = std::max(sentence.start, p.start - 12);
        const QStringView lead = QStringView(ctx.text()).mid(from, p.start - from);
        if ((!lead.contains(u',') && !lead.contains(u';')) || !opens(ctx.lowerSlice(from, p.start))
            || !has(p.following, verbAfter))
            continue;
        if (std::any_of(ps.cbegin(), ps.cbegin() + i, [&p](const Party &q) { return q.root == p.root; }))
            continue;
        if (i >= 2) {
            const Party &q = ps.at(i - 1), &r = ps.at(i - 2);
            const QStringView text(ctx.text());
            if (isListJoiner(text.mid(q.end, p.start - q.end)) && isListJoiner(text.mid(r.end, q.start - r.end)))
                continue;
        }
        starts.append(p.start);
    }
    for (qsizetype i = starts.size() - 1; i >= 0; --i)
        if (pointsOutside(ctx, {starts.at(i), i + 1 < starts.size() ? starts.at(i + 1) : sentence.end}))
            starts.removeAt(i);
    return starts;
}

// "…, and Toyota will invest ¥2 trillion in battery plants": a clause that says what
// its figure goes into names its own object; one that leaves it out ("…, while Nvidia
// will invest up to $10 billion.") shares the object of the clause before.
bool statesOwnObject(const ArticleContext &ctx, const Figure &f, qsizetype clauseEnd)
{
    static const auto object = rx(R"(^[^,;]*?\b(in|into|of|on|with|from|for)\b)");
    return has(ctx.lowerSlice(f.end, clauseEnd), object);
}

// "Vodafone owns 51% and CK Hutchison 49%", "A will own 51% of the new company and B
// 49%", "A added 600 MW, B 600 MW": a figure right after "and <Name>" (or ", <Name>"),
// its verb left out, is said of that name as the figure before it is of its subject. Per figure of the sentence, the party it is
// gapped to (null for none).
QList<const Party *> gappedSubjects(const ArticleContext &ctx, const QList<const Figure *> &figs, const QList<Party> &ps)
{
    static const auto joiner = rx(R"(^(\s+(of|in)\s+[^,;]{1,40}?)?(\W*(and|while|whereas)|\s*,)\s+$)");
    QList<const Party *> out(figs.size(), nullptr);
    for (qsizetype i = 1; i < figs.size(); ++i) {
        const Figure &before = *figs.at(i - 1), &g = *figs.at(i);
        if (g.kind != before.kind)
            continue;
        for (const Party &p : ps)
            if (p.start >= before.end && p.end <= g.start && !p.possessive
                && QStringView(ctx.text()).mid(p.end, g.start - p.end).trimmed().isEmpty()
                && has(ctx.lowerSlice(before.end, p.start), joiner)) {
                out[i] = &p;
                break;
            }
    }
    return out;
}

// "DataBank locked 200 MW, and Nvidia committed …": a clause led by a capitalised name no entity
// covers, its verb right after, has a subject of its own that the extractor does not know, so
// its figure is not given the companies of the sentences before. Pronouns and determiners
// ("It signed", "The deal covers") point back and are no such name.
bool opensWithUnknownSubject(const ArticleContext &ctx, const Span &scope)
{
    static const QRegularExpression opening(QStringLiteral(
        "^[^\\w]*([A-Z][\\w&.-]*)( [A-Z][\\w&.-]*){0,2} (will|would|has|have|had|is|was|are|were|also|[a-z]{3,}(ed|s))\\b"));
    static const QSet<QString> pointers = {
        QStringLiteral("It"), QStringLiteral("They"), QStringLiteral("He"), QStringLiteral("She"), QStringLiteral("We"),
        QStringLiteral("I"), QStringLiteral("You"), QStringLiteral("The"), QStringLiteral("This"), QStringLiteral("That"),
        QStringLiteral("These"), QStringLiteral("Those"), QStringLiteral("Its"), QStringLiteral("Their"), QStringLiteral("Our"),
        QStringLiteral("His"), QStringLiteral("Her"), QStringLiteral("Both"), QStringLiteral("Each"), QStringLiteral("All"),
        QStringLiteral("Such"), QStringLiteral("Another"), QStringLiteral("Other"), QStringLiteral("One"), QStringLiteral("A"),
        QStringLiteral("An"), QStringLiteral("There"), QStringLiteral("Here")};
    const QStringView clause = QStringView(ctx.text()).mid(scope.start, std::min<qsizetype>(80, scope.end - scope.start));
    // The first word, by hand: most clauses open with a pointer or no capital and are spared the match.
    qsizetype first = 0;
    while (first < clause.size() && !CaselessWords::isWordChar(clause.at(first)))
        ++first;
    qsizetype firstEnd = first;
    while (firstEnd < clause.size() && CaselessWords::isWordChar(clause.at(firstEnd)))
        ++firstEnd;
    if (first == clause.size() || clause.at(first) < u'A' || clause.at(first) > u'Z'
        || pointers.contains(clause.mid(first, firstEnd - first).toString()))
        return false;
    const QRegularExpressionMatch m = matchIn(opening, clause);
    if (!m.hasMatch() || pointers.contains(m.captured(1)))
        return false;
    const qsizetype from = scope.start + m.capturedStart(1), to = scope.start + m.capturedStart(3);
    // (the opening of a company's name is that company, shortened: "Quarry Iron expects …")
    const QString name = ctx.text().mid(from, to - 1 - from);
    return std::none_of(ctx.x->entities.cbegin(), ctx.x->entities.cend(),
                        [&](const EntityMention &e) { return e.end > from && e.start < to; })
        && std::none_of(ctx.parties.cbegin(), ctx.parties.cend(), [&](const Party &p) {
               return p.name.startsWith(name) && (p.name.size() == name.size() || p.name.at(name.size()) == u' ');
           });
}

// "The combined company, VodafoneThree, serves …": a company described, then named,
// at the opening of a sentence. Its party, if any.
std::optional<Party> describedThenNamed(const ArticleContext &ctx, const Span &sentence)
{
    static const auto described = rx(R"(^\W*the (\w+[- ]){0,2}(company|group|venture|entity|business|firm|operator)\s*,?\s*$)");
    const QList<Party> ps = ctx.partiesIn(sentence.start, sentence.end);
    if (!ps.isEmpty() && ps.first().start - sentence.start <= 60
        && has(ctx.lowerSlice(sentence.start, ps.first().start), described))
        return ps.first();
    return std::nullopt;
}

// Whether p stands in an aside the sentence opens with a comma and a relative
// pronoun and has not closed yet ("AbbVie, which dropped its bid for X last
// year, agreed to buy Y"): what the aside names is not the main clause's subject.
bool inAsideClause(const ArticleContext &ctx, const Span &sentence, const Party &p)
{
    static const auto openAside = rx(R"(,\s*(which|who|whose)\b[^,;:()]*$)");
    static const CaselessWords asideWords{"which", "who", "whose"};
    const QString lead = ctx.lowerSlice(sentence.start, p.start);
    return has(lead, asideWords, openAside);
}

// Where "the company", "the AI startup", "the chipmaker" (a company pointed at by what it
// is) stands in `words` ("the" and up to three words after it, lower case), else -1. A
// company a merger makes ("the combined company") or a relation ("the rival") is none.
qsizetype describedCompanyIn(const QString &words)
{
    static const QSet<QString> madeOrRelative = {
        QStringLiteral("combined"), QStringLiteral("merged"), QStringLiteral("enlarged"), QStringLiteral("new"),
        QStringLiteral("joint"), QStringLiteral("other"), QStringLiteral("parent"), QStringLiteral("rival"),
        QStringLiteral("partner"), QStringLiteral("peer"), QStringLiteral("competitor"), QStringLiteral("investor"),
        QStringLiteral("unit"), QStringLiteral("subsidiary"), QStringLiteral("owner"), QStringLiteral("manager")};
    // The words as "[\w-]+" finds them, by hand: asked of many sentences' openings.
    auto isWordPart = [](QChar c) { return CaselessWords::isWordChar(c) || c == u'-'; };
    qsizetype i = 0;
    for (int taken = 0; taken < 3; ++taken) {
        while (i < words.size() && !isWordPart(words.at(i)))
            ++i;
        if (i == words.size())
            break;
        const qsizetype start = i;
        while (i < words.size() && isWordPart(words.at(i)))
            ++i;
        const QString w = words.mid(start, i - start);
        if (madeOrRelative.contains(w))
            return -1;
        if (isRoleNoun(w)) {
            const QStringView rest = QStringView(words).mid(i);
            return rest.startsWith(u'\'') || rest.startsWith(u'\u2019') ? -1 : start;
        }
    }
    return -1;
}

// "Microsoft would hold a stake of about $135 billion - or 27% - in the AI startup",
// "takes Kirin's shareholding in the company to nearly 20%": the company a holding is
// said to be in by a description, after the figure (past a restatement of it) or
// after the holding's noun before it. Where the description stands, else -1.
qsizetype heldInDescribed(const ArticleContext &ctx, const Span &sentence, const Figure &f)
{
    static const auto after = rx(R"(^\W*(or\s+[^,;()\x{2013}\x{2014}]{1,30}?\s*[-,)\x{2013}\x{2014}]\s*)?)"
                                 R"(([\w-]+\s+){0,3}?(in|into|of)\s+(the|this)\s+([\w-]+(\s+[\w-]+){0,2}))");
    static const auto before = rx(R"(\b(stake|holding|shareholding|interest|investment|ownership)s?\s+(in|into)\s+(the|this)\s+)"
                                  R"(([\w-]+(\s+[\w-]+){0,2}))");
    static const CaselessWords theWords{"the", "this"};
    const QString tail = ctx.lowerSlice(f.end, std::min(sentence.end, f.end + 100));
    if (theWords.in(tail)) {
        const QRegularExpressionMatch m = matchIn(after, tail);
        const qsizetype at = m.hasMatch() ? describedCompanyIn(m.captured(5)) : -1;
        if (at >= 0)
            return f.end + m.capturedStart(5) + at;
    }
    const qsizetype from = std::max(sentence.start, f.start - 80);
    const QString lead = ctx.lowerSlice(from, f.start);
    static const CaselessWords holdingWords{"stake*", "holding*", "shareholding*", "interest*", "investment*", "ownership"};
    if (!holdingWords.in(lead) || !theWords.in(lead))
        return -1;
    for (auto it = matchesIn(before, lead); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype at = describedCompanyIn(m.captured(4));
        // (a company named between the description and the figure is what it holds)
        if (at >= 0 && std::none_of(ctx.parties.cbegin(), ctx.parties.cend(), [&](const Party &p) {
                return p.start >= from + m.capturedEnd() && p.end <= f.start;
            }))
            return from + m.capturedStart(4) + at;
    }
    return -1;
}

// Whether sentences a and b stand in one paragraph.
bool sameParagraph(const ArticleContext &ctx, qsizetype a, qsizetype b)
{
    const qsizetype pi = SentenceSplitter::indexOf(ctx.paragraphs, ctx.sentences.at(b).start);
    return pi >= 0 && ctx.paragraphs.at(pi).contains(ctx.sentences.at(a).start);
}

// The subject of the sentence before sentence si in its paragraph: its first party that no
// preposition governs, no possessive or aside holds; null if none.
const Party *subjectBefore(const ArticleContext &ctx, qsizetype si)
{
    if (si == 0 || !sameParagraph(ctx, si - 1, si))
        return nullptr;
    const Span previous = ctx.sentences.at(si - 1);
    static const QSet<QString> governed = {QStringLiteral("with"), QStringLiteral("from"), QStringLiteral("by"),
                                           QStringLiteral("in"), QStringLiteral("into"), QStringLiteral("to"),
                                           QStringLiteral("of"), QStringLiteral("for")};
    for (const Party &p : ctx.parties)
        if (p.start >= previous.start && p.end <= previous.end && !p.viaProduct && !p.possessive
            && !governed.contains(p.prevWord) && !inAsideClause(ctx, previous, p))
            return &p;
    return nullptr;
}

// The company a description at `at` points back to: the last one named before it in its
// sentence that is not the holder, else, for a bare noun ("the company", not "the
// toll-road operator", which may be one not named), the subject of the sentence before in
// the paragraph. Never one named only later.
const Party *describedCompany(const ArticleContext &ctx, qsizetype si, qsizetype at, const QString &holder)
{
    const Span sentence = ctx.sentences.at(si);
    const Party *found = nullptr;
    for (const Party &p : ctx.parties)
        if (p.start >= sentence.start && p.end <= at && p.root != holder && !p.viaProduct)
            found = &p;
    const QString determiner = ctx.lowerSlice(at - 5, at);
    if (found || si == 0 || !(determiner.endsWith(u" the ") || determiner == u"this "))
        return found;
    const Party *leader = subjectBefore(ctx, si);
    return leader && leader->root != holder ? leader : nullptr;
}

// "The utility also finalised 11 power purchase agreements with Meta, amounting to 2.5 GW":
// a sentence led by a company described, not named, speaks of a company of the sentence
// before (in its paragraph): for a description a name can show (a utility, a bank, a miner),
// the first named so ("NextEra Energy"), else that sentence's subject. Null when the
// sentence opens with no such description (or the company made by a merger: "The combined
// company"); a null party when none fits.
std::optional<const Party *> describedLeader(const ArticleContext &ctx, qsizetype si)
{
    const Span sentence = ctx.sentences.at(si);
    const QString opening = ctx.lowerSlice(sentence.start, std::min(sentence.end, sentence.start + 60));
    const qsizetype the = markupEnd(opening);
    if (!QStringView(opening).mid(the).startsWith(u"the "))
        return std::nullopt;
    const QString words = opening.mid(the + 4);
    const qsizetype at = describedCompanyIn(words);
    if (at < 0)
        return std::nullopt;
    // What a company's name says it is, for the descriptions a name shows.
    static const QHash<QString, QRegularExpression> namedAs = {
        {QStringLiteral("utility"), rx(R"(\b(energy|energie|power|electric\w*|utilit\w*|gas|grid|hydro)\b)")},
        {QStringLiteral("bank"), rx(R"(\b(bank|banco|banque|bancorp)\b)")},
        {QStringLiteral("lender"), rx(R"(\b(bank|banco|banque|bancorp|financial|credit)\b)")},
        {QStringLiteral("miner"), rx(R"(\b(mining|minerals|resources|metals)\b)")},
        {QStringLiteral("insurer"), rx(R"(\b(insurance|assurance|re)\b)")}};
    qsizetype roleEnd = at;
    while (roleEnd < words.size() && (words.at(roleEnd).isLetter() || words.at(roleEnd) == u'-'))
        ++roleEnd;
    const QString role = words.mid(at, roleEnd - at);
    const auto fits = namedAs.constFind(role);
    if (fits == namedAs.cend())
        return subjectBefore(ctx, si);
    if (si == 0 || !sameParagraph(ctx, si - 1, si))
        return nullptr;
    const Span previous = ctx.sentences.at(si - 1);
    for (const Party &p : ctx.parties)
        if (p.start >= previous.start && p.end <= previous.end && !p.viaProduct && has(p.name, *fits))
            return &p;
    return nullptr;
}

// The words a supply deal is not read without: asked once per sentence, so that
// most sentences spare their figures the test (a stake sale's are sellWords()).
const CaselessWords &supplyWords()
{
    static const CaselessWords words{"suppl*", "provid*", "deliver*"};
    return words;
}

// Who acts in a clause that ends at `pos` ("X agreed to sell …", "X signed a deal …"):
// the last party before it that no preposition governs and no aside holds, other than `other`.
const Party *actorBefore(const ArticleContext &ctx, const Span &sentence, const QList<Party> &ps, qsizetype pos,
                         const QString &other)
{
    static const QSet<QString> governed = {QStringLiteral("with"), QStringLiteral("from"), QStringLiteral("by"),
                                           QStringLiteral("in"), QStringLiteral("into"), QStringLiteral("to")};
    const Party *actor = nullptr;
    for (const Party &p : ps)
        if (p.end <= pos && p.root != other && !governed.contains(p.prevWord) && !inAsideClause(ctx, sentence, p))
            actor = &p;
    return actor;
}

// Who bids for which company with the offer (bid) at `noun` that the figure prices: the
// bidder is a possessive before it ("Y's increased offer of $N", "Y's $N bid") or follows
// "from"/"by" after it ("a $N offer from Y"); the company is the one after "for" ("a $N bid
// for X", not "for X's unit"), else the one that answers the offer ("X agreed to (accepted,
// rejected, received …) Y's offer"). Both named, else none: an offer is the price of all of
// the company, the bidder's stake in it, as "agreed to buy X for $N" is. Organisations
// only: a person's bid ("Elon Musk's offer") is not the bid of the company he runs.
std::optional<std::pair<const Party *, const Party *>> offerParties(const ArticleContext &ctx, const Span &sentence,
                                                                    const QList<Party> &ps, const Figure &f,
                                                                    const Span &noun)
{
    static const auto possessor = rx(R"(^('s|’s|'|’)\s+([\w-]+\s+){0,3}$)"); // "Y's", "Fortress' raised offer"
    static const auto answer = rx(R"(\b(agree[sd]?|agreeing|accept(s|ed|ing)?|reject(s|ed|ing)?|receiv(e|es|ed|ing)|)"
                                  R"(back(s|ed|ing)?|recommend(s|ed|ing)?|spurn(s|ed|ing)?|rebuff(s|ed|ing)?|turn(s|ed|ing)? down|)"
                                  R"(welcom(e|es|ed|ing)|weigh(s|ed|ing)?|consider(s|ed|ing)?|review(s|ed|ing)?|endors(e|es|ed|ing))\b)");
    const qsizetype phrase = std::min(noun.start, f.start); // where the offer's words open
    auto organisation = [](const Party &p) { return p.mentionName == p.name; };
    const Party *bidder = nullptr;
    for (const Party &p : ps)
        if (p.possessive && organisation(p) && p.end <= phrase && phrase - p.end <= 40
            && has(ctx.lowerSlice(p.end, phrase), possessor))
            bidder = &p;
    // After the offer, in its own stretch (no comma or clause mark between, a sum restated in
    // brackets aside: "worth £6.7 billion ($9.3 billion) from X"), named as itself.
    static const auto restatedSum = rx(R"(\([^()$€£¥₹]{0,12}[$€£¥₹][^()]{0,30}\))");
    auto stretch = [&](const Party &p) { return ctx.lowerSlice(noun.end, p.start).remove(restatedSum); };
    // "from a consortium led by X": the consortium's leader bids
    static const auto ledConsortium = rx(R"(\bfrom (a|an|the) ([\w-]+\s+){0,2}(consortium|group|team|club) (led|headed|formed) by\s+$)");
    auto follows = [&](const Party &p, QStringView word) {
        if (p.possessive || !organisation(p) || p.start < noun.end || p.start < f.end || p.start - noun.end > 90)
            return false;
        const QString between = stretch(p);
        return (p.prevWord == word || (word == u"from" && has(between, ledConsortium))) && between.size() <= 60
            && !between.contains(u',') && !mayHaveHardStop(between);
    };
    if (!bidder)
        for (const Party &p : ps)
            if (follows(p, u"from") || follows(p, u"by")) {
                bidder = &p;
                break;
            }
    // "Softbank owned Fortress", "SoftBank-owned Fortress": the company owned bids
    if (bidder) {
        static const auto ownedNext = rx(R"(^\s*-?\s*owned\s+$)");
        for (const Party &q : ps)
            if (q.start > bidder->end && q.start - bidder->end <= 10 && has(ctx.lowerSlice(bidder->end, q.start), ownedNext)) {
                bidder = &q;
                break;
            }
    }
    if (!bidder)
        return std::nullopt;
    for (const Party &p : ps)
        if (follows(p, u"for") && p.root != bidder->root)
            return std::make_pair(bidder, &p);
    // An offer for something else ("bid for the spectrum licence") or of money lent ("offer of
    // $N in financing") is no bid for the company that answers it.
    static const auto forOther = rx(R"(^\s+(for\b|(in|of)\s+([\w-]+\s+)?(financing|funding|loans?|debt|credit|bonds?|notes)\b))");
    const qsizetype rest = std::max(noun.end, f.end);
    if (has(ctx.lowerSlice(rest, std::min(sentence.end, rest + 40)), forOther))
        return std::nullopt;
    const qsizetype opens = std::min(phrase, bidder->start);
    const Party *target = actorBefore(ctx, sentence, ps, opens, bidder->root);
    if (target && !target->possessive && organisation(*target) && opens - target->end <= 80
        && has(ctx.lowerSlice(target->end, opens), answer))
        return std::make_pair(bidder, target);
    return std::nullopt;
}

// "The Home Office", "the Ministry of Defence", "Lagos State Government": a public
// body buys services; it is not the one a supply deal has supply them.
bool isPublicBody(const QString &name)
{
    static const auto re = rx(R"(\b(office|ministry|department|agency|council|government|commission|administration|bureau|pentagon|army|navy|municipality|county)\b)");
    static const CaselessWords words{"office", "ministry", "department", "agency", "council", "government",
                                     "commission", "administration", "bureau", "pentagon", "army", "navy",
                                     "municipality", "county"};
    return has(name, words, re);
}

// "X signed a $N deal with Y to supply (provide, deliver) …", "X won a $N contract
// to supply Y with …": the one who signs supplies, Y is the customer (a contract
// runs customer → provider); "… a deal with Y to provide it with …" turns them
// round. The provider's and the customer's roots, if stated.
std::optional<std::pair<QString, QString>> supplyDealRoles(const ArticleContext &ctx, const Span &sentence,
                                                           const QList<Party> &ps)
{
    static const auto dealWith = rx(R"(\b(deal|contract|agreement|pact|partnership|arrangement|accord)s?\s+with\b[^,;]{0,30}$)");
    static const auto toSupply = rx(R"(^\W*to (supply|provide|deliver)\b)");
    static const auto toSupplyIt = rx(R"(^\W*to (supply|provide) (it|them) with\b)");
    static const auto dealToSupply = rx(R"(\b(deal|contract|agreement|order|pact)s?\s+to\s+(supply|provide|deliver)\b[^,;]{0,30}$)");
    for (const Party &customer : ps) {
        const QString lead = ctx.lowerSlice(customer.start - 60, customer.start);
        if (!supplyWords().in(lead) && !supplyWords().in(customer.following))
            continue;
        QRegularExpressionMatch deal;
        const bool afterWith = customer.prevWord == u"with"
            || (customer.prevWord == u"the" && QStringView(lead).trimmed().endsWith(u"with the"));
        if (afterWith && has(customer.following, toSupply))
            deal = matchIn(dealWith, lead);
        else if (customer.prevWord == u"supply" || customer.prevWord == u"provide" || customer.prevWord == u"deliver")
            deal = matchIn(dealToSupply, lead);
        if (!deal.hasMatch())
            continue;
        const qsizetype dealAt = customer.start - lead.size() + deal.capturedStart(); // in the text
        if (const Party *signer = actorBefore(ctx, sentence, ps, dealAt, customer.root)) {
            const bool bodyBuys = isPublicBody(signer->mentionName) && !isPublicBody(customer.mentionName);
            return has(customer.following, toSupplyIt) || bodyBuys ? std::make_pair(customer.root, signer->root)
                                                                   : std::make_pair(signer->root, customer.root);
        }
    }
    return std::nullopt;
}

// "X agreed to sell a 50% stake in Y to Z for $M", "X sold a 20% stake to Z for
// $M": Z buys, so the stake and its price are Z's, held in Y; without "in …" the
// stake is in X itself; in something described, not named ("in the wind farm"),
// in no party. "X agreed to sell Y to Z for $M" is the price of all of Y, paid by
// Z. The buyer and what is held (null when described), if `f` is the stake's size
// or the price.
std::optional<std::pair<const Party *, const Party *>> stakeSale(const ArticleContext &ctx, const Span &sentence,
                                                                 const QList<Party> &ps, const Figure &f)
{
    if (f.kind != FigureKind::Percent && f.kind != FigureKind::Money)
        return std::nullopt;
    static const auto sellVerb = rx(R"(\b(sell|sells|selling|sold|offload(s|ed|ing)?|divest(s|ed|ing)?)\s+)");
    static const auto stakeSold = rx(R"(^((a|an|its|their|the|his|her|part of its)\s+)?([^\s,;]+\s+){0,4}?)"
                                     R"((stake|share|holding|shareholding|interest)\b)");
    static const auto forPrice = rx(R"(\bfor( about| roughly| approximately| around| nearly| some| an estimated)?\W*$)");
    static const auto heldIn = rx(R"(^\s+(in|of)\b)");
    qsizetype verbAt = -1, soldFrom = -1; // the last sale verb before the figure and what follows it, in the text
    for (auto it = matchesIn(sellVerb, ctx.lowerSlice(sentence.start, f.start)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        verbAt = sentence.start + m.capturedStart();
        soldFrom = sentence.start + m.capturedEnd();
    }
    if (verbAt < 0)
        return std::nullopt;
    const QRegularExpressionMatch stake = matchIn(stakeSold, ctx.lowerSlice(soldFrom, std::min(sentence.end, f.end + 40)));
    if (!stake.hasMatch() && f.kind != FigureKind::Money)
        return std::nullopt;
    const qsizetype stakeEnd = stake.hasMatch() ? soldFrom + stake.capturedEnd() : soldFrom;
    const bool inPhrase = f.end <= stakeEnd; // "a 50% stake", "a $2 billion stake"
    const Party *buyer = nullptr;
    auto toParty = [&ctx](const Party &p) { // "to Z", "to the Z"
        return p.prevWord == u"to" || (p.prevWord == u"the" && ctx.lowerSlice(p.start - 8, p.start).endsWith(u" to the "));
    };
    for (const Party &p : ps)
        if (p.start >= stakeEnd && toParty(p) && (inPhrase || p.end <= f.start)) {
            buyer = &p;
            break;
        }
    if (!buyer || buyer->start - stakeEnd > 100 || mayHaveHardStop(QStringView(ctx.text()).mid(stakeEnd, buyer->start - stakeEnd)))
        return std::nullopt;
    // The price follows the buyer: "to Z for about $M".
    if (!inPhrase && (f.start - buyer->end > 40 || !has(ctx.lowerSlice(buyer->end, f.start), forPrice)))
        return std::nullopt;
    if (!stake.hasMatch()) {
        // The company sold stands between the verb and the buyer (goods named by a product are no company).
        for (const Party &p : ps)
            if (p.start >= soldFrom && p.end <= buyer->start && !p.viaProduct)
                return std::make_pair(buyer, &p);
        return std::nullopt;
    }
    if (has(ctx.lowerSlice(stakeEnd, buyer->start), heldIn)) {
        for (const Party &p : ps) // "in Y", "in British wind project Y"
            if (p.start >= stakeEnd && p.end <= buyer->start)
                return std::make_pair(buyer, &p);
        return std::make_pair(buyer, nullptr);
    }
    return std::make_pair(buyer, actorBefore(ctx, sentence, ps, verbAt, buyer->root)); // who sells
}

// What a money figure's last 14 words are asked about, in one scan: whether a
// price, a holding's worth or an investment's total stands before it.
const CaselessWords &priceIsWords()
{
    static const CaselessWords words{"price"};
    return words;
}
const CaselessWords &stakeWorthPreWords()
{
    static const CaselessWords words{"stake", "holding", "shareholding", "equity"};
    return words;
}
const CaselessWords &investmentIsPreWords()
{
    static const CaselessWords words{"investment", "investments"};
    return words;
}
const CaselessWords &payWords()
{
    static const CaselessWords words{"pay", "pays", "paid", "paying"};
    return words;
}
const CaselessWords &marketSizeWords()
{
    static const CaselessWords words{"market", "marketplace"};
    return words;
}
const CaselessWords &dealPricedWords()
{
    static const CaselessWords words{"deal", "deals", "transaction", "transactions"};
    return words;
}
const CaselessWords &pre14Lists()
{
    static const CaselessWords lists{&priceIsWords(), &stakeWorthPreWords(), &investmentIsPreWords(), &payWords(),
                                     &marketSizeWords(), &dealPricedWords()};
    return lists;
}

// Whether a company named up to `end` is priced by the figure: "X for $N", "X in a
// deal worth up to $N", "X in a $N deal" (the sum inside the deal it prices).
bool pricedAfter(const ArticleContext &ctx, qsizetype end, const Figure &f, const QString &head4)
{
    // (a description may stand between: "KMD Holding, the holding company of KMD A/S, for about …")
    static const auto forPrice = rx(R"(^(('s|’s)\s*)?(\s*,\s*(a|an|the)\s+[^,;()$€£¥₹]{0,60}?)?\W*(for|in an? ([\w-]+,?\s+){0,3}(deal|transaction) (worth|valued at)))"
                                    R"(( about| roughly| approximately| around| nearly| some| an estimated| a total of| up to)?\W*$)");
    // (a headline leaves the article out: "X to acquire Y in $2.3bn deal")
    static const auto inA = rx(R"(^(('s|’s)\s*)?\W*in( an?)?\s+$)");
    static const auto dealAfter = rx(R"(^\W*([\w-]+\s+){0,2}(deal|transaction|takeover|acquisition|merger|buyout)\b)");
    const QString between = ctx.lowerSlice(end, f.start);
    return has(between, forPrice) || (has(between, inA) && has(head4, dealAfter));
}

// "Siemens sold Osram to Ams for €4.6 billion", "has sold its 30% stake in X to Y
// in a deal worth $N": the sum is what the one sold to (after "to", right before
// the price) pays for the company named last before it; the seller leads the
// sentence and is neither. No buyer when the sentence is no such sale.
struct Sale
{
    const Party *buyer = nullptr;
    const Party *target = nullptr; // none when what is sold is not a company named ("its tea business")
};
const CaselessWords &sellWords()
{
    static const CaselessWords words{"sold", "sell*", "divest*", "offload*"};
    return words;
}
// `maySell`: whether the sentence up to the figure holds sellWords(), when a caller has scanned it.
Sale saleOf(const ArticleContext &ctx, qsizetype sentenceStart, const Figure &f, const QString &head4,
            std::optional<bool> maySell = std::nullopt)
{
    static const auto sellVerb = rx(R"(\b(sold|sells|sell|selling|divest(s|ed|ing)?|offload(s|ed|ing)?)\b)");
    if (!(maySell ? *maySell : sellWords().in(ctx.lowerSlice(sentenceStart, f.start))))
        return {};
    const Span verb = lastMatch(ctx, sellVerb, sentenceStart, f.start);
    if (verb.start < 0)
        return {};
    // The buyer follows "to", at most a description apart ("to private equity firm KKR", "to the
    // firm's majority owner, US telecoms group Verizon Communications"): no other party between.
    Sale sale;
    qsizetype lastTo = -1; // where the last " to " after the verb and before the party asked about ends
    qsizetype previousEnd = verb.end;
    for (const Party &p : ctx.parties) {
        if (p.start < verb.end || p.end > f.start || p.viaProduct)
            continue;
        const qsizetype to = ctx.lowerSlice(previousEnd, p.start).lastIndexOf(QStringLiteral(" to "));
        lastTo = to >= 0 ? previousEnd + to + 4 : -1;
        if (lastTo >= 0 && p.start - lastTo <= 80 && pricedAfter(ctx, p.end, f, head4)) {
            sale.buyer = &p;
            return sale;
        }
        sale.target = &p;
        previousEnd = p.end;
    }
    return {};
}

// An acquisition's price is the value of the stake the buyer takes: all of
// it. A company bought stands between the buying verb and "for $N" ("agreed
// to take over its rival X for $N", "X was bought by Y for $N"), or follows
// a takeover noun ("a $N takeover offer for X"); "the purchase price is $N"
// needs no name. Buying servers or capacity ("buy X servers for $N") is
// spending, not an acquisition.
bool isAcquisitionPrice(const ArticleContext &ctx, const Figure &f, const QString &pre, const ScannedWindow &pre14,
                        const QString &head4, bool computeSentence)
{
    static const auto priceIs = rx(R"(\b(purchase|acquisition|takeover) price\b[^.;]*\b(is|was|of|at|totals|totalled))"
                                   R"(( about| roughly| approximately| around| nearly| some| an estimated)?\W*$)");
    if (has(pre14, priceIsWords(), priceIs))
        return true;
    // "X to pay $N for Y", "will pay $N in cash for Y": a sum paid for a company named right after "for"
    // (not for its assets: "for Y's patents") is its price, as "buy Y for $N" is.
    static const auto payPre = rx(R"(\b(pay|pays|paid|paying)( about| roughly| approximately| around| nearly| some| up to)?\W*$)");
    if (!computeSentence && has(pre14, payWords(), payPre)) {
        static const auto forCompany = rx(R"(^\W*(in (cash|stock|shares)\W*)?for\s+$)");
        static const auto possessive = rx(R"(^('s|’s)\b)");
        for (const Party &p : ctx.parties)
            if (p.start >= f.end && !p.viaProduct && has(ctx.lowerSlice(f.end, p.start), forCompany)
                && !has(ctx.lowerSlice(p.end, p.end + 3), possessive))
                return true;
    }
    // "completed its acquisition of X for $N": the noun buys as the verb does ("acquisition" is no "acquir…").
    static const auto buyingVerb = rx(R"(\b(acquir\w*|buy|buys|buying|bought|takes? over|took over|taking over|)"
                                      R"((acquisition|takeover|buyout) of)\b)");
    static const CaselessWords buyingVerbWords{"acquir*", "buy", "buys", "buying", "bought", "over", "acquisition", "takeover", "buyout"};
    // The verb may stand before an earlier figure of the sentence ("buy a 20% stake in X for $N").
    const qsizetype si = SentenceSplitter::indexOf(ctx.sentences, f.start);
    const qsizetype sentenceStart = si >= 0 ? ctx.sentences.at(si).start : f.start - pre.size();
    // The sentence up to the figure, scanned once for buying and selling words.
    static const CaselessWords leadLists{&buyingVerbWords, &sellWords()};
    const ScannedWindow lead = scanned(ctx.lowerSlice(sentenceStart, f.start), leadLists);
    if (!computeSentence && saleOf(ctx, sentenceStart, f, head4, holds(lead, sellWords())).buyer)
        return true;
    if (holds(lead, buyingVerbWords)) {
        const qsizetype from = lastMatch(ctx, buyingVerb, sentenceStart, f.start).end;
        // "agreed to acquire X for $32 a share, in a transaction valued at $2.3 billion", "to acquire X
        // in a deal with an enterprise value of $N": what the deal is worth, after the company bought,
        // is its price, not the buyer's valuation.
        static const auto inDealValued = rx(R"(\bin an? (\w+[- ]){0,2}(deal|transaction)s? (worth|valued at|with an? (\w+[- ]){0,2}value of))"
                                            R"(( about| roughly| approximately| around| nearly| some| up to)?\W*$)");
        std::optional<bool> dealPriced; // asked once a company stands between
        if (from >= 0) {
            for (const Party &p : ctx.parties) {
                if (p.start < from || p.end > f.start || p.viaProduct)
                    continue;
                if (!dealPriced)
                    dealPriced = has(pre14, dealPricedWords(), inDealValued);
                if (*dealPriced || pricedAfter(ctx, p.end, f, head4))
                    return true;
            }
        }
    }
    static const auto takeoverHead = rx(R"(^\W*(\w+[- ]){0,2}(acquisition|takeover|take-over|buyout)\b)");
    static const auto buyHead = rx(R"(^\W*((\w+[- ]){0,2}(deal|offer|bid|agreement) (to (buy|acquire)|for)|to (buy|acquire|take over))\b)");
    static const CaselessWords headWords{"*acquisition", "*takeover", "*over", "*buyout", "*buy", "*acquire", "*for", "*purchase"};
    if (!headWords.in(head4))
        return false;
    // "Nokia's $6.2 billion purchase of Ephamara": a company right after "purchase of" (a few words
    // of description at most); buying chips or capacity is no purchase of their maker.
    static const auto purchaseOf = rx(R"(^\W*([\w-]+\s+){0,2}purchase of\s+(the\s+)?([\w-]+\s+){0,3}$)");
    static const CaselessWords purchaseWords{"*purchase"};
    if (!computeSentence && purchaseWords.in(head4)) {
        for (const Party &p : ctx.parties)
            if (p.start >= f.end && p.start - f.end <= 80 && !p.viaProduct && has(ctx.lowerSlice(f.end, p.start), purchaseOf))
                return true;
    }
    const bool strong = has(head4, takeoverHead);
    if (!strong && (computeSentence || !has(head4, buyHead)))
        return false;
    // "a $N deal to buy Europe's biggest biotech firm, X": the buying verb reaches past a description of
    // the company; a takeover noun only the few words of its own phrase.
    const qsizetype reach = strong ? 40 : 80;
    const qsizetype sentenceEnd = si >= 0 ? ctx.sentences.at(si).end : f.end + reach;
    for (const Party &p : ctx.parties)
        if (p.start >= f.end && p.start - f.end <= reach && p.end <= sentenceEnd && !p.viaProduct)
            return true;
    return false;
}

// "**Revolut valuation after the share sale**: $75 billion", "- Round size:
// $40 million": a label names what the sum measures, anywhere in its words.
Metric labelMetric(const QString &label, const Figure &f, const SentenceCues &cues)
{
    if (f.kind != FigureKind::Money)
        return Metric::Other;
    static const auto valuationWord = rx(R"(\b(valuation|valued)\b)");
    static const auto preMoneyWord = rx(R"(\bpre[- ]money\b)");
    static const auto postMoneyWord = rx(R"(\bpost[- ]money\b)");
    static const auto roundWord = rx(R"(\b(round|raise|fundraising|funding)\b)");
    static const auto stakeWord = rx(R"(\bstake\b)");
    static const auto investmentWord = rx(R"(\b(investment|invested)\b)");
    static const auto dealWord = rx(R"(\b(commitment|contract|deal|agreement|partnership)\b)");
    static const auto rateWord = rx(R"(\b(revenue|revenues|sales|losses|burn|profit|annual|yearly|monthly|quarterly)\b)");
    if (has(label, rateWord))
        return Metric::Other;
    if (has(label, valuationWord))
        return has(label, preMoneyWord) ? Metric::ValuationPre
            : has(label, postMoneyWord) ? Metric::ValuationPost
                                         : Metric::Valuation;
    if (has(label, roundWord))
        return Metric::RoundTotal;
    if (has(label, stakeWord))
        return Metric::StakeValue;
    if (has(label, investmentWord))
        return Metric::Investment;
    if (has(label, dealWord))
        return cues.compute() || cues.computeAround() ? Metric::ComputeCommitment : Metric::ContractValue;
    return Metric::Other;
}

// "at Rs 1,250 per share", "priced at $20 a share", "$40 cash per share", "an offer of 150p a share",
// "values X shares at $23.28 each", "a per-share price of $N": the price of one
// share, never what a company, a stake or a deal is worth. ("$N each" alone is
// per party: "A and B invested $2 billion each"; "a share of" is a part.)
// The words the patterns need, asked of the windows classify() scans once.
const CaselessWords &perShareHeadWords()
{
    static const CaselessWords words{"*share", "*unit", "*each", "*apiece"};
    return words;
}
const CaselessWords &sharesPreWords()
{
    static const CaselessWords words{"shares"};
    return words;
}
const CaselessWords &perSharePreWords()
{
    static const CaselessWords words{"share"};
    return words;
}
bool isSharePrice(const ScannedWindow &pre6, const ScannedWindow &head4)
{
    static const auto perShareHead = rx(R"(^\W*(cash\s+)?((per|each)\s+([\w-]+\s+){0,2}?(share|unit)\b|(a|an)\s+((ordinary|common|class \w)\s+)?(share|unit)\b(?!\s+of\b)))");
    static const auto eachHead = rx(R"(^\W*(each|apiece)\b)");
    static const auto sharesPre = rx(R"(\bshares\b)");
    static const auto perSharePre = rx(R"(\b(per[- ]share|share) (price|value|offer)( of| at)?( about| roughly| approximately| around| nearly)?\W*$)");
    return has(head4, perShareHeadWords(), perShareHead)
        || (has(head4, perShareHeadWords(), eachHead) && has(pre6, sharesPreWords(), sharesPre))
        || has(pre6, perSharePreWords(), perSharePre);
}

// A bid for a company: "Y's increased offer of $N", "a $N cash offer", "a $N bid". Where
// "offer"/"bid" stands, in the text, if the sum is said of one; else {-1, -1}. A bond, rights or
// public offer is no bid for a company. (`pre` ends at the figure, `head` starts after it.)
const CaselessWords &offerWords()
{
    static const CaselessWords words{"offer", "offers", "bid", "bids"};
    return words;
}
Span offerNounOf(const Figure &f, const QString &pre, const ScannedWindow &pre6, const QString &head,
                 const ScannedWindow &head4)
{
    static const auto nounBefore = rx(R"(\b(offer|bid)s?\s+(of|worth|valued at)( about| roughly| approximately| around| nearly| some| up to)?\W*$)");
    static const auto nounAfter = rx(R"(^\W*((?!(bond|debt|rights|public|ipo|job)\b)[\w-]+\s+){0,3}?(offer|bid)s?\b)");
    if (holds(pre6, offerWords())) {
        const QRegularExpressionMatch m = matchIn(nounBefore, pre);
        if (m.hasMatch())
            return {f.start - pre.size() + m.capturedStart(1), f.start - pre.size() + m.capturedEnd(1)};
    }
    if (holds(head4, offerWords())) {
        const QRegularExpressionMatch m = matchIn(nounAfter, head);
        if (m.hasMatch())
            return {f.end + m.capturedStart(3), f.end + m.capturedEnd(3)};
    }
    return {-1, -1};
}

// "$N worth of computing power / cloud capacity / GPUs": what the sum buys is compute.
const QRegularExpression &worthOfCompute()
{
    static const auto re = rx(R"(^\W*worth of (\w+[- ]){0,2}(comput\w*|cloud|capacity|infrastructure|servers?|gpus?|chips?|processing)\b)");
    return re;
}

Reading classify(const ArticleContext &ctx, const Figure &f, const QString &pre, const QString &head,
                 const SentenceCues &cues)
{
    Reading r;
    const QString head4 = firstWords(head, 4);
    const QString head8 = firstWords(head, 8);
    const QString pre6 = lastWords(pre, 6);

    if (f.kind == FigureKind::Power) {
        r.metric = Metric::CapacityPower;
        static const auto powerTargetPre = rx(R"(\b(goals?|targets?|aims?|ambitions?|plans?)\b( \w+){0,2} for( about| roughly| approximately| around| nearly)?\W*$)");
        static const CaselessWords powerTargetPreWords{"goal*", "target*", "aim*", "ambition*", "plan*"};
        if (has(pre6, powerTargetPreWords, powerTargetPre))
            r.part = QStringLiteral("target");
        // "6 gigawatts over multiple years, starting with 1 gigawatt in late 2026": the first step of a whole
        static const auto firstStepPre = rx(R"(\b(starting|beginning|begins|starts|kicking off) with( an initial| a first| the first)?( about| roughly| approximately| around| nearly)?\W*$|)"
                                            R"(\b(the|an) (first|initial)\s*$)");
        static const CaselessWords firstStepPreWords{"starting", "beginning", "begins", "starts", "kicking", "first", "initial"};
        if (r.part.isEmpty() && has(pre6, firstStepPreWords, firstStepPre))
            r.part = QStringLiteral("tranche");
        return r;
    }
    if (f.kind == FigureKind::Count) {
        static const auto chips = rx(R"(gpu|chip|cpu|accelerator|processor|tpu|server|superchip)");
        static const CaselessWords chipsWords{"*gpu*", "*chip*", "*cpu*", "*accelerator*", "*processor*", "*tpu*", "*server*"};
        r.metric = has(f.unit + u' ' + head4, chipsWords, chips) ? Metric::Chips : Metric::Other;
        // "100,000 H100s for its cluster": a model name counted, in a sentence about compute
        const bool modelName = std::any_of(f.unit.cbegin(), f.unit.cend(), [](QChar c) { return c.isDigit(); });
        if (r.metric == Metric::Other && modelName && cues.compute())
            r.metric = Metric::Chips;
        return r;
    }
    if (f.kind == FigureKind::Percent) {
        static const auto stakeHead = rx(R"(^(\W*)(equity |ownership )?(stake|share|shareholding|ownership|holding|interest)\b)");
        static const CaselessWords stakeHeadWords{"*stake", "*share", "*shareholding", "*ownership", "*holding", "*interest"};
        // "raises its stake in X to 20%", "takes its shareholding to nearly 20%", "raised its holding in X
        // to 33%" ("holding" only after its/their: "holding interest rates at 6.5%" is no stake).
        static const auto stakePre = rx(R"(\b(stake|shareholding|holding|ownership|interest) of( about| roughly| approximately| around| nearly)?$|\b(stake|shareholding|(its|their) (holding|ownership))\b(\s+\S+){0,4}\s+(to|at)( about| roughly| approximately| around| nearly)?$|\b(owns?|owned|holds?|held|retains?|retained|keeps?|kept|takes?|took|taking|buys?|bought|buying|acquires?|acquired|acquiring)( about| roughly| approximately| around| nearly)?$)");
        static const CaselessWords stakePreWords{"stake", "shareholding", "holding", "ownership", "interest", "own*", "hold*", "held", "retain*", "keep*", "kept", "tak*", "took", "buy*", "bought", "acquir*"};
        static const auto ofHead = rx(R"(^\W*of\b)");
        static const CaselessWords ofHeadWords{"*of"};
        if (has(head4, stakeHeadWords, stakeHead) || has(pre6, stakePreWords, stakePre))
            r.metric = Metric::StakePercent;
        else if (has(head4, ofHeadWords, ofHead))
            r.derived = true; // "N% of total valuation": a ratio the writer computed
        return r;
    }
    if (f.kind != FigureKind::Money)
        return r;

    static const auto upfrontHead = rx(R"(^\W*(upfront|up front|up-front|immediately|now|at closing|initially)\b|^\W*(initial |first )?(tranche|instalment|installment))");
    static const CaselessWords upfrontHeadWords{"*upfront", "*front", "*immediately", "*now", "*closing", "*initially", "*tranche*", "*instalment*", "*installment*"};
    static const auto upfrontPre = rx(R"(\b(initial|first) (payment|tranche|instalment|installment|investment)( of)?$|\b(upfront|up-front)( payment| fee)?( of)?$)");
    static const CaselessWords upfrontPreWords{"*payment*", "*tranche*", "*instalment*", "*installment*", "*investment*", "upfront*", "up-front*"};
    static const auto milestoneHead = rx(R"(\b(milestones?|contingent|conditions|tied to|subject to|coming months|second tranche|subsequent)\b)");
    static const CaselessWords milestoneHeadWords{"milestone*", "contingent", "conditions", "tied*", "subject*", "coming*", "second*", "subsequent"};
    // "$N in royalties": what a licence pays on sales, apart from its upfront and milestone sums.
    static const auto royaltyHead = rx(R"(^\W*in (\w+[- ]){0,2}royalt(y|ies)\b)");
    static const CaselessWords royaltyHeadWords{"royalt*"};
    static const auto remainderPre = rx(R"(\b(remaining|rest of|balance of)$|\bthe (remaining|rest)$)");
    static const CaselessWords remainderPreWords{"*remaining*", "*rest*", "*balance*"};
    // "can buy the rest of closely held X for about $N": the price of the part not yet owned
    static const auto remainderOfFor = rx(R"(\b(rest|remainder) of (\S+ ){1,5}for( about| roughly| approximately| around| nearly| some)?\W*$)");
    static const CaselessWords remainderOfWords{"rest", "remainder"};
    static const auto initialPre = rx(R"(\binitial$)");
    static const CaselessWords initialPreWords{"initial*"};
    static const auto tranchePre = rx(R"(\b(tranches?|instalments?|installments?)\b)");
    static const CaselessWords tranchePreWords{"tranche*", "instalment*", "installment*"};
    static const auto paymentHead = rx(R"(\b(tranche|payment|instalment)\b)");
    static const CaselessWords paymentHeadWords{"tranche", "payment", "instalment"};

    static const auto preMoney = rx(R"(pre-money|pre money)");
    static const auto postMoney = rx(R"(post-money|post money)");
    static const CaselessWords moneyWords{"*money*"}; // what both need
    auto valuation = [&](const QString &window) {
        if (!moneyWords.in(window))
            return Metric::Valuation;
        if (has(window, preMoney))
            return Metric::ValuationPre;
        if (has(window, postMoney))
            return Metric::ValuationPost;
        return Metric::Valuation;
    };
    auto dealMetric = [&]() {
        if (cues.compute() || cues.computeAround())
            return Metric::ComputeCommitment;
        return Metric::ContractValue;
    };

    static const auto valuationHead = rx(R"(^\W*(\w+[- ]){0,2}(valuation|pre-money|post-money|pre money|post money)\b)");
    static const CaselessWords valuationHeadWords{"*valuation", "*money"};
    static const auto roundHead = rx(R"(^\W*(\w+[- ]){0,2}(round|raise|fundraise|fundraising|financing)\b)");
    static const CaselessWords roundHeadWords{"*round", "*raise", "*fundraising", "*financing"};
    static const auto stakeHead = rx(R"(^\W*(\w+[- ]){0,2}stake\b)");
    static const CaselessWords stakeHeadWords{"*stake"};
    static const auto investHead = rx(R"(^\W*(\w+[- ]){0,2}(investment|infusion|injection|equity investment|cash injection)\b)");
    static const CaselessWords investHeadWords{"*investment", "*infusion", "*injection"};
    static const auto dealHead = rx(R"(^\W*(\w+[- ]){0,3}(agreement|contract|deal|partnership|commitment|arrangement|pact|accord|expansion|extension)\b)");
    static const CaselessWords dealHeadWords{"*agreement", "*contract", "*deal", "*partnership", "*commitment", "*arrangement", "*pact", "*accord", "*expansion", "*extension"};
    static const auto dealWorthPre = rx(R"(\b(agreement|contract|deal|partnership|arrangement|pact|accord)s? (valued at|worth|of)( about| roughly| approximately| around| nearly| up to| as much as| some)?$)");
    static const CaselessWords dealWorthPreWords{"agreement*", "contract*", "deal*", "partnership*", "arrangement*", "pact*", "accord*"};
    static const auto valuationPre = rx(R"((\b(valued|valuing|values|value|valuation)\b.*\b(at|to)|\bvaluation of|\b(enterprise|equity) value of|\bworth)( about| roughly| approximately| around| nearly| some| more than| over)?$)");
    static const CaselessWords valuationPreWords{"valu*", "worth*"};
    static const auto investPre = rx(R"(\b(invest|invests|invested|investing|investment of|contribut\w*|put|puts|putting|pour(s|ed|ing)?|inject(s|ed|ing)?|back(s|ed|ing)? (it |them )?with|led)\b)");
    static const CaselessWords investPreWords{"invest*", "contribut*", "put*", "pour*", "inject*", "back*", "led"};
    static const auto strongInvestPre = rx(R"(\b(invest|invests|invested|investing|contribut\w*|put|puts|putting|pour(s|ed|ing)?|inject\w*)( (up|in|about|roughly|approximately|nearly|at least|up to|more than|over|another|an additional|a further))*\W*$)");
    static const CaselessWords strongInvestPreWords{"invest*", "contribut*", "put*", "pour*", "inject*"};
    static const auto passiveInvestHead = rx(R"(^\W*(was|were|has been|have been|had been|is|are|will be|is being)\s+(invested|contributed|injected|put|poured))");
    static const CaselessWords passiveInvestHeadWords{"*invested*", "*contributed*", "*injected*", "*put*", "*poured*"};
    static const auto roundPre = rx(R"(\b(raise|raises|raised|raising|round (of|at)|funding of|financing of|fundraising of|fundraise of)\b)");
    static const CaselessWords roundPreWords{"rais*", "round*", "funding*", "financing*", "fundrais*"};

    static const auto spendPre = rx(R"(\b(spend|spending|spent|buy|buying|purchase|purchasing|consume|consuming|commit\w*|pay|paying|rent\w*)\b)");
    static const CaselessWords spendPreWords{"spen*", "buy*", "purchas*", "consum*", "commit*", "pay*", "rent*"};
    static const auto addingPre = rx(R"(\b(adding|adds|added|add|increased by|expanded by|boosted by|extended by|topped up by)( an additional| a further| another)?$)");
    static const CaselessWords addingPreWords{"add*", "increased*", "expanded*", "boosted*", "extended*", "topped*"};
    static const auto valueOfHead = rx(R"(^\W*(total |combined )?value of\b)");
    static const CaselessWords valueOfHeadWords{"*value*"};
    static const auto totalCue = rx(R"(\b(total|combined|overall|aggregate|collectively|together)\b(\s+\w+){0,2}\s+(commitments|investments|spending|obligations|capex|committed|invested|spent)\b|\bcollectively\b)");
    static const CaselessWords totalCueWords{"total", "combined", "overall", "aggregate", "collectively", "together"};
    static const auto dealNoun = rx(R"(\b(agreement|contract|deal|partnership|arrangement|pact)s?\b)");
    static const CaselessWords dealNounWords{"agreement*", "contract*", "deal*", "partnership*", "arrangement*", "pact*"};
    static const auto moneyValuationPre = rx(R"((pre|post)-money valuation (of|at)( about| roughly| approximately)?$)");
    static const CaselessWords moneyValuationPreWords{"*valuation*"};
    static const auto commitmentHead = rx(R"(\bcommitment)");
    static const CaselessWords commitmentHeadWords{"commitment*"};
    static const auto partHead = rx(R"(\b(tranches?|milestones?)\b)");
    static const CaselessWords partHeadWords{"tranche*", "milestone*"};
    static const auto targetPre = rx(R"(\b(goals?|targets?|aims?|ambitions?|plans?)\b( \w+){0,2} for( about| roughly| approximately| around| nearly)?\W*$)");
    static const CaselessWords targetPreWords{"goal*", "target*", "aim*", "ambition*", "plan*"};
    static const auto rateHead = rx(R"(^\W*(annually|yearly|monthly|quarterly|a year|per year|per annum|each year|every year|)"
                                    R"(a month|per month|each month|a quarter|per quarter|each quarter)\b)");
    static const CaselessWords rateHeadWords{"*annually", "*yearly", "*monthly", "*quarterly", "*year", "*annum", "*month", "*quarter"};
    static const auto ratePre = rx(R"(\b(annual|annualised|annualized|yearly|monthly|quarterly|burn|burns|burning|burned|burnt|)"
                                   R"(losses|revenue|revenues|sales|turnover|earnings|profit|profits)\b(\s+\w+){0,3}\W*$)");
    static const CaselessWords ratePreWords{"annual*", "yearly", "monthly", "quarterly", "burn*", "losses", "revenue*", "sales", "turnover", "earnings", "profit*"};
    static const CaselessWords seekingPreWords{"seek*", "sought", "eye*", "targeting", "hop*", "talks"};
    static const CaselessWords marketHeadWords{"market"};
    static const CaselessWords marketPreWords{"market", "*capitali*"};
    static const CaselessWords committedPreWords{"commit*"};
    // Each window is scanned once for the words of all its lists.
    static const CaselessWords preLists{&upfrontPreWords, &initialPreWords, &remainderPreWords, &tranchePreWords,
                                        &targetPreWords, &ratePreWords, &addingPreWords, &spendPreWords,
                                        &strongInvestPreWords, &dealWorthPreWords, &valuationPreWords,
                                        &investPreWords, &roundPreWords, &totalCueWords, &seekingPreWords,
                                        &marketPreWords, &moneyValuationPreWords, &committedPreWords,
                                        &sharesPreWords(), &perSharePreWords(), &offerWords()};
    static const CaselessWords head4Lists{&paymentHeadWords, &royaltyHeadWords, &tranchePreWords, &rateHeadWords, &valueOfHeadWords,
                                          &passiveInvestHeadWords, &valuationHeadWords, &roundHeadWords,
                                          &stakeHeadWords, &investHeadWords, &dealHeadWords, &commitmentHeadWords,
                                          &spendPreWords, &totalCueWords, &perShareHeadWords(), &offerWords()};
    static const CaselessWords head8Lists{&milestoneHeadWords, &partHeadWords, &marketHeadWords};
    const ScannedWindow pre6Window = scanned(pre6, preLists);
    const ScannedWindow head4Window = scanned(head4, head4Lists);
    const ScannedWindow head8Window = scanned(head8, head8Lists);

    // Parts of a larger figure.
    if (has(head8.left(40), upfrontHeadWords, upfrontHead) || has(pre6Window, upfrontPreWords, upfrontPre)
        || (has(pre6Window, initialPreWords, initialPre) && has(head4Window, paymentHeadWords, paymentHead)))
        r.part = QStringLiteral("upfront");
    else if (has(head8Window, milestoneHeadWords, milestoneHead))
        r.part = QStringLiteral("milestone");
    else if (has(head4Window, royaltyHeadWords, royaltyHead))
        r.part = QStringLiteral("royalty");
    else if (has(pre6Window, remainderPreWords, remainderPre) || has(lastWords(pre, 10), remainderOfWords, remainderOfFor))
        r.part = QStringLiteral("remainder");
    else if (has(pre6Window, tranchePreWords, tranchePre) || has(head4Window, tranchePreWords, tranchePre))
        r.part = QStringLiteral("tranche");
    // Whole words: one stands in "pre6 head4" only where it does in pre6 or in head4.
    if ((holds(pre6Window, totalCueWords) || holds(head4Window, totalCueWords)) && has(pre6 + u' ' + head4, totalCue))
        r.part = QStringLiteral("total");
    // "had been seeking a $5 billion valuation": a sum hoped for, not reached.
    static const auto seekingPre = rx(R"(\b(seeking|seeks|sought|seek|eyeing|eyes|eyed|targeting|hoping for|hopes for|in talks for)( a| an)?( about| roughly| approximately| around| nearly| some)?\W*$)");
    if (has(pre6Window, targetPreWords, targetPre) || has(pre6Window, seekingPreWords, seekingPre))
        r.part = QStringLiteral("target");
    const bool providerAhead = std::any_of(ctx.loweredProviders.cbegin(), ctx.loweredProviders.cend(),
                                           [&head](const QString &root) { return head.contains(root); });
    // A company's worth on the stock market ("adding $N in market value",
    // "a market capitalisation of $N") moves with its shares, not with a deal.
    static const auto marketHead = rx(R"(^\W*(in |of |to |valuation to (the |its |their )?\S+ )?(market value|market cap|market capitali[sz]ation)\b)");
    static const auto marketPre = rx(R"(\b(market value|market cap|market capitali[sz]ation|capitali[sz]ation)( of)?( about| roughly| approximately| around| nearly)?\W*$)");
    // A rate ("$N annually", "monthly revenue of $N") or a loss ("burning $N")
    // measures running money, not a deal: the contract has no metric for it.
    // Nor does the price of one share ("at $20 a share", "values X shares at $N each").
    // "disclosed over $317 billion in future contract revenue", "$2 billion of annual sales"
    static const auto revenueHead = rx(R"(^\W*(in|of) ([\w-]+\s+){0,2}(revenue|revenues|sales|turnover|bookings|backlog|earnings)\b)");
    // "160 million shares of AMD are worth about $34 billion": what a block of shares fetches at
    // today's price, no valuation of the company and no deal.
    static const auto sharesWorthPre = rx(R"(\bshares\b[^.;$€£¥₹]{0,40}\b(are|were|is|was|would be|will be|could be) worth)"
                                          R"(( about| roughly| approximately| around| nearly| some| more than| over)?\W*$)");
    if (has(head4Window, rateHeadWords, rateHead) || has(pre6Window, ratePreWords, ratePre) || isSharePrice(pre6Window, head4Window)
        || has(head4, revenueHead) || has(ctx.lowerSlice(f.start - 60, f.start), sharesWorthPre)
        // (a whole word in the first 7 words stands in the first 8)
        || (holds(head8Window, marketHeadWords) && has(firstWords(head, 7), marketHead))
        || has(pre6Window, marketPreWords, marketPre)) {
        r.metric = Metric::Other;
        r.part.clear();
        return r;
    }
    const QString pre14 = lastWords(pre, 14);
    const ScannedWindow pre14Window = scanned(pre14, pre14Lists());
    // The size of a market ("the global marketplace value for generic injectables is estimated to
    // be $N", "the market for AI chips will reach $N") is no company's deal.
    static const auto marketSize = rx(R"(\b(market|marketplace)( value| size)? for\b[^.;]{0,60}\b(is|was|are|were|be|reach|reaches|reached|hit|hits|worth|totals?|to)|)"
                                      R"(\b(market|marketplace)( size)? (is|was|will be|could be|would be)( (worth|valued at|estimated at|expected to (reach|be|hit)|set to (reach|hit)))?)"
                                      R"(( about| roughly| approximately| around| nearly| some| more than| over| up to)?\W*$)");
    if (has(pre14Window, marketSizeWords(), marketSize)) {
        r.metric = Metric::Other;
        r.part.clear();
        return r;
    }
    // Whose offer for which company is asked in the sentence's parties (see offerParties).
    if (!cues.compute())
        r.offerNoun = offerNounOf(f, pre, pre6Window, head, head4Window);
    if (isAcquisitionPrice(ctx, f, pre, pre14Window, head4, cues.compute() || providerAhead)) {
        r.metric = Metric::StakeValue;
        r.acquisition = true;
        return r;
    }
    // What a holding is worth: "a 27% stake worth $135 billion", "a stake of
    // about $135 billion", "holds equity valued at $130 billion".
    static const auto stakeWorthPre = rx(R"(\b(stake|holding|shareholding|equity)\b([^.;]{0,60}\b(worth|valued at|valued)| of))"
                                         R"(( about| roughly| approximately| around| nearly| some)?\W*$)");
    if (has(pre14Window, stakeWorthPreWords(), stakeWorthPre)) {
        r.metric = Metric::StakeValue;
        return r;
    }
    // The price of a stake: "paid $300 million for a 25% stake in X", "spent 100 billion yen
    // for a 40 percent stake", "$N to acquire a 10% holding" (a stake is no compute either).
    static const auto forStakeHead = rx(R"(^\W*(\(\S+ \S+\)\s*)?(for|to (buy|acquire|take|purchase))\s+(a|an|the|its|their|his|her)\s+)"
                                        R"(([\w.%-]+\s+){0,3}(stake|holding|shareholding|interest)\b)");
    // (past the next figure: `head` ends where "25%" begins); "will receive £N for the stake" is the seller's
    static const auto receivePre = rx(R"(\b(receive|receives|received|receiving|get|gets|got|fetch|fetches|fetched)\b)");
    if (has(firstWords(ctx.lowerSlice(f.end, f.end + 60), 8), forStakeHead) && !has(pre6, receivePre)) {
        r.metric = Metric::StakeValue;
        return r;
    }
    // "Its total investment in X now stands at $N", "the investment totals $N".
    static const auto investmentIsPre = rx(R"(\binvestments?\b[^.;]{0,50}\b(stands? at|stood at|totals|totalled|totaled|)"
                                           R"(reached|reaches|amounts? to|amounted to|comes to|came to)( about| roughly| approximately| around| nearly| some)?\W*$)");
    if (has(pre14Window, investmentIsPreWords(), investmentIsPre)) {
        r.metric = Metric::Investment;
        return r;
    }
    if (has(pre6Window, addingPreWords, addingPre)) {
        r.metric = dealMetric();
    } else if (has(head4Window, valueOfHeadWords, valueOfHead) && has(firstWords(head, 12), dealNounWords, dealNoun)) {
        r.metric = dealMetric();
    } else if (has(pre6Window, spendPreWords, spendPre) && providerAhead) {
        r.metric = Metric::ComputeCommitment;
    } else if (has(pre6Window, strongInvestPreWords, strongInvestPre) || has(head4Window, passiveInvestHeadWords, passiveInvestHead)) {
        r.metric = Metric::Investment;
    } else if (has(head4Window, valuationHeadWords, valuationHead)
               || (holds(pre6Window, moneyValuationPreWords) && has(pre6.right(40), moneyValuationPre))) {
        r.metric = valuation(head4 + u' ' + pre6);
    } else if (has(pre6Window, dealWorthPreWords, dealWorthPre)) {
        r.metric = dealMetric();
    } else if (has(pre6Window, valuationPreWords, valuationPre)) {
        r.metric = valuation(head4 + u' ' + pre6);
    } else if (has(head4Window, roundHeadWords, roundHead)) {
        r.metric = Metric::RoundTotal;
    } else if (has(head4Window, stakeHeadWords, stakeHead)) {
        r.metric = Metric::StakeValue;
    } else if (has(head4Window, investHeadWords, investHead)) {
        r.metric = Metric::Investment;
    } else if (has(head4Window, dealHeadWords, dealHead)) {
        const bool commitment = has(head4Window, commitmentHeadWords, commitmentHead);
        if (commitment && !cues.compute() && cues.invest())
            r.metric = Metric::Investment;
        else
            r.metric = dealMetric();
    } else if (has(pre6Window, investPreWords, investPre)) {
        r.metric = Metric::Investment;
    } else if (has(pre6Window, roundPreWords, roundPre)) {
        r.metric = Metric::RoundTotal;
    } else if (has(pre6Window, spendPreWords, spendPre) && cues.compute()) {
        r.metric = Metric::ComputeCommitment;
    } else if (!r.part.isEmpty() || has(head8Window, partHeadWords, partHead)) {
        // A part of a larger figure: the sentence says of what.
        if (cues.invest())
            r.metric = Metric::Investment;
        else if (cues.compute())
            r.metric = Metric::ComputeCommitment;
    } else if (has(head4Window, spendPreWords, spendPre) && cues.compute()) {
        r.metric = Metric::ComputeCommitment;
    } else if (cues.compute() && has(head4, worthOfCompute())) {
        // "an agreement to provide OpenAI with $300 billion worth of computing infrastructure"
        r.metric = Metric::ComputeCommitment;
    } else {
        // "Amazon committed $4 billion to it": money pledged to a company (named
        // or pointed at right after "to"), not to "a power deal".
        static const auto committedPre = rx(R"(\bcommit(s|ted|ting)?( about| roughly| approximately| nearly| up to| another| an additional| a further)?\W*$)");
        static const auto toCompany = rx(R"(^\W*(more )?to (it|them|the (company|startup|start-up|firm|group))\b)");
        static const auto toBeforeName = rx(R"(^\W*(more )?to\s+$)");
        if (has(pre6Window, committedPreWords, committedPre)) {
            bool toParty = has(head4, toCompany);
            for (const Party &p : ctx.parties)
                if (!toParty && p.start >= f.end && p.start - f.end <= 12 && has(ctx.lowerSlice(f.end, p.start), toBeforeName))
                    toParty = true;
            if (toParty)
                r.metric = Metric::Investment;
        }
    }
    return r;
}

// Chooses the date a figure is reported at: one in its own stretch of the
// sentence (between it and its neighbouring figures), else the only date of
// the sentence, else a date that opens an earlier sentence of the paragraph.
const Figure *bindDate(const ArticleContext &ctx, const QList<const Figure *> &sentenceFigures, int index,
                       const QList<const Figure *> &dates, const QList<const Figure *> &paragraphLeadDates)
{
    const Figure *f = sentenceFigures.at(index);
    const qsizetype before = index > 0 ? sentenceFigures.at(index - 1)->end : -1;
    const qsizetype after = index + 1 < sentenceFigures.size() ? sentenceFigures.at(index + 1)->start
                                                               : std::numeric_limits<qsizetype>::max();
    static const auto relative = rx(R"(\b(which|who|founded|since|whose)\b|[;\x{2014}\x{2013}])");
    // What `relative` cannot match without: most stretches hold none, and
    // were each given a match object.
    static const CaselessWords relativeWords{"which", "who", "founded", "since", "whose"};
    auto isRelative = [](const QString &between) {
        const bool may = relativeWords.in(between) || between.contains(u';') || between.contains(u'\u2014')
            || between.contains(u'\u2013');
        return may && has(between, relative);
    };
    auto sameClause = [&](const Figure *d) {
        const QRegularExpression &hard = hardStop();
        const qsizetype a = std::min(d->end, f->start), b = std::max(d->start, f->end);
        const QString between = ctx.text().mid(a, std::max<qsizetype>(0, b - a));
        return !mayHaveHardStop(between) || !matchIn(hard, between).hasMatch();
    };
    for (const Figure *d : dates)
        if (d->start >= f->end && d->start < after && d->start - f->end <= 60
            && !isRelative(ctx.lowerSlice(f->end, d->start)))
            return d;
    for (auto it = dates.crbegin(); it != dates.crend(); ++it)
        if ((*it)->end <= f->start && (*it)->start > before && sameClause(*it))
            return *it;
    // "…, after the group sold its unit to Y in a deal that closed in 2020": a date past a
    // clause of another event (after, before) is that event's.
    static const auto otherEvent = rx(R"(\b(after|before|whereas)\b)");
    static const CaselessWords otherEventWords{"after", "before", "whereas"};
    auto ofOtherEvent = [&](const Figure *d) {
        if (d->start < f->end)
            return false;
        const QString between = ctx.lowerSlice(f->end, d->start);
        return has(between, otherEventWords, otherEvent);
    };
    if (dates.size() == 1 && sameClause(dates.first()) && !ofOtherEvent(dates.first()))
        return dates.first();
    if (dates.isEmpty() && !paragraphLeadDates.isEmpty())
        return paragraphLeadDates.last();
    return nullptr;
}

bool isDeadline(const ArticleContext &ctx, const Figure &d)
{
    static const QSet<QString> words = {QStringLiteral("by"), QStringLiteral("until"), QStringLiteral("till"),
                                        QStringLiteral("through"), QStringLiteral("into"),
                                        QStringLiteral("before"), QStringLiteral("of"), QStringLiteral("ahead")};
    const QString w = ctx.wordBefore(d.start, std::max<qsizetype>(0, d.start - 20));
    return words.contains(w) || d.date.isEmpty();
}

// "In March, X invested …", "said in June it would …": a month named without
// a year, which the figure extractor leaves alone (it cannot tell "May" the
// month from the verb). Read here only after a word that makes it a time ("in",
// "during", "last", "next", "early", …; a capital letter, no number after it),
// and dated from the article's date: the latest such month on or before the
// article's month, or the next one when its clause speaks of what is to come
// ("will", "plans to", "expected to close in March"). None without the article's date.
QList<Figure> bareMonths(const ArticleContext &ctx)
{
    QList<Figure> out;
    const QDate published = ctx.x->article.date;
    if (!published.isValid())
        return out;
    static const QStringList names{QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
                                   QStringLiteral("April"),   QStringLiteral("May"),      QStringLiteral("June"),
                                   QStringLiteral("July"),    QStringLiteral("August"),   QStringLiteral("September"),
                                   QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};
    // The word that makes it a time, right before it (the text before is lowered: "In", "in").
    static const auto lead = rx(R"((?<![\w-])(in|during|last|next|this|early|late|mid)(?:\s+(?:early|late|mid))?(?:\s+|-)$)");
    static const auto yearAfter = rx(R"(^\s+(last|this|next) year\b)");
    static const auto notMonth = rx(R"(^\s+(be|have|not|also|still)\b)"); // "May be": a title-case verb
    static const auto future = rx(R"(\b(will|shall|would|(plans?|planned|planning|expects?|expected|set|aims?|intends?|is|are) to|)"
                                  R"((scheduled|slated) (to|for))\b)");
    static const CaselessWords futureWords{"will", "shall", "would", "plan*", "expect*", "set", "aim*", "intend*",
                                           "is", "are", "scheduled", "slated"};
    // Case matters: a capital letter, and no number after it ("March 2024", "May 3" are the figure
    // extractor's full dates). The pattern opens on the month, so a scan skips to its first letters.
    static const QRegularExpression month(QStringLiteral(
        R"(\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!,?\s*\d|-\d))"));
    for (auto it = matchesIn(month, ctx.text()); it.hasNext();) {
        const QRegularExpressionMatch mm = it.next();
        const qsizetype at = mm.capturedStart(), end = mm.capturedEnd();
        const int k = int(names.indexOf(mm.capturedView()));
        {
            const QRegularExpressionMatch lm = matchIn(lead, ctx.lowerSlice(at - 24, at));
            if (!lm.hasMatch() || ctx.x->article.isExcluded(at, end))
                continue;
            const QString after = ctx.lowerSlice(end, end + 16);
            if (k == 4 && has(after, notMonth))
                continue;
            const QRegularExpressionMatch ym = matchIn(yearAfter, after);
            const QString leadWord = lm.captured(1);
            int year = published.year();
            if (ym.hasMatch()) {
                year += ym.captured(1) == u"last" ? -1 : ym.captured(1) == u"next" ? 1 : 0;
            } else if (leadWord != u"this") {
                // What its clause says before it: "plans to invest … in April" is ahead.
                // (a comma only before a space: "₹2,000 crore" is one clause)
                const qsizetype si = SentenceSplitter::indexOf(ctx.sentences, at);
                QString before = ctx.lowerSlice(si >= 0 ? ctx.sentences.at(si).start : at, at);
                for (qsizetype i = before.size() - 1; i >= 0; --i) {
                    const QChar c = before.at(i);
                    if (QStringView(u";:()\u2014\u2013").contains(c) || (c == u',' && i + 1 < before.size() && before.at(i + 1).isSpace())) {
                        before = before.mid(i + 1);
                        break;
                    }
                }
                const bool ahead = leadWord == u"next" || (leadWord != u"last" && has(before, futureWords, future));
                if (ahead && k + 1 < published.month())
                    ++year;
                else if (!ahead && k + 1 > published.month())
                    --year;
            }
            Figure f;
            f.kind = FigureKind::Date;
            f.start = at;
            f.end = ym.hasMatch() ? end + ym.capturedEnd() : end;
            f.unit = QStringLiteral("month");
            f.date = QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(k + 1, 2, 10, QLatin1Char('0'));
            out.append(f);
        }
    }
    return out;
}

// "Google Cloud", "Amazon Web Services", "Equinix, the data centre operator,":
// a party whose name (or the description set off after it) says it sells
// cloud or data centre capacity is the provider of a compute deal, whichever
// side of "a deal with" it stands on.
bool isCloudName(const QString &name)
{
    static const auto re = rx(R"(\b(cloud|web services|compute|computing|data ?cent(er|re)s?|datacent(er|re)s?|hosting)\b)");
    static const CaselessWords words{"cloud", "services", "comput*", "data*", "hosting"};
    return has(name, words, re);
}
bool hasCloudDescription(const QString &following)
{
    static const auto re = rx(R"(^\s*,\s*(a|an|the)\s+([\w-]+\s+){0,3}(cloud|data[- ]?cent(er|re)|hosting|colocation|hyperscale|gpu)\b)");
    static const CaselessWords words{"cloud", "data*", "hosting", "colocation", "hyperscale", "gpu"};
    return has(following, words, re);
}

// "the $400 million contract Kestrel lost to Lumo", "a $2 billion cloud contract,
// which X lost to Y": who lost the contract is no party to it, and the one it
// was lost to won it. The loser and the winner named right after the figure's
// contract noun; {nullptr, nullptr} if the sentence says no such thing.
std::pair<const Party *, const Party *> lostContract(const ArticleContext &ctx, const QList<Party> &ps, const Figure &f,
                                                     qsizetype sentenceEnd)
{
    static const CaselessWords lostWords{"lost"};
    if (!lostWords.in(ctx.lowerSlice(f.end, sentenceEnd)))
        return {};
    static const auto contractThen = rx(R"(^\W*([\w-]+\s+){0,3}(contract|deal|order|tender|agreement)s?\s*,?\s*((which|that)\s+)?$)");
    static const auto lostTo = rx(R"(^\s*(\w+\s+){0,2}lost( out)? to\s+(the\s+)?$)");
    for (qsizetype i = 0; i + 1 < ps.size(); ++i) {
        const Party &loser = ps.at(i);
        if (loser.start < f.end)
            continue;
        if (has(ctx.lowerSlice(f.end, loser.start), contractThen) && has(ctx.lowerSlice(loser.end, ps.at(i + 1).start), lostTo))
            return {&loser, &ps.at(i + 1)};
        break; // only the party right after the figure
    }
    return {};
}

// "led by X", "co-led by X and Y", "with participation from X, Y and Z": whether the party
// stands in a list of backers (its first member after "by" or "from"), who fund a round
// and never raise it.
bool inBackerList(const ArticleContext &ctx, const QList<Party> &ps, const Party &p)
{
    static const auto joined = rx(R"(^\s*(,|,?\s*(and|&))\s*$)");
    qsizetype i = &p - ps.constData();
    while (i >= 0 && i < ps.size()) {
        const Party &q = ps.at(i);
        if (q.prevWord == u"by" || q.prevWord == u"from")
            return true;
        if (i == 0 || !has(ctx.lowerSlice(ps.at(i - 1).end, q.start), joined))
            return false;
        --i;
    }
    return false;
}

// The company that raises in the headline or in the sentence before the one at
// `sentenceStart` ("Acme Bio raises $40 million", "Acme Bio has closed its Series B"), if any.
std::optional<Party> raiserNamedBefore(const ArticleContext &ctx, qsizetype sentenceStart)
{
    static const auto raises = rx(R"(^\W*(\w+\s+){0,2}(raises?|raised|raising|secures?|secured|closes?|closed|lands?|landed|)"
                                  R"(bags?|bagged|nets?|netted|completes?|completed)\b)");
    static const CaselessWords raiseWords{"*rais*", "*secur*", "*clos*", "*land*", "*bag*", "*net*", "*complet*"};
    const qsizetype si = SentenceSplitter::indexOf(ctx.sentences, sentenceStart);
    QList<qsizetype> where;
    if (si > 0)
        where << si - 1;
    if (si > 1)
        where << 0; // the headline
    for (const qsizetype at : where) {
        const QList<Party> named = ctx.partiesIn(ctx.sentences.at(at).start, ctx.sentences.at(at).end);
        for (const Party &p : named)
            if (!p.viaProduct && !inBackerList(ctx, named, p) && has(p.following, raiseWords, raises))
                return p;
    }
    return std::nullopt;
}

// "Acme agreed to pay Borel $N upfront", "Borel will receive up to $M in milestones from
// Acme": who pays a licensing sum and who is paid, when the sentence says so for the
// figure (named before it); {nullptr, nullptr} otherwise. A payment has a direction
// where a contract's parties bind both ways.
// Whether a sentence may tell of a licensing payment: a verb of paying and a word of rights
// (a price paid for a company, without one, is an acquisition; a rights issue sells shares). Asked once per sentence.
// (Their words are lists of the merged sentence scan.)
const CaselessWords &payingWords()
{
    static const CaselessWords words{"pay*", "paid", "receiv*"};
    return words;
}
const CaselessWords &licensingWords()
{
    static const CaselessWords words{"licen*", "royalt*", "upfront", "up-front", "milestone*", "rights", "option", "collaboration"};
    return words;
}
bool speaksOfLicensing(const ScannedWindow &sentence)
{
    static const auto licensing = rx(R"(\b(licen[cs]\w*|royalt\w*|upfront|up-front|milestones?|rights(?! (issue|offering))|option fees?|collaboration)\b)");
    return holds(sentence, payingWords()) && has(sentence, licensingWords(), licensing);
}

// (in a sentence that speaksOfLicensing)
std::pair<const Party *, const Party *> payerAndPayee(const ArticleContext &ctx, const QList<Party> &ps, const Figure &f)
{
    // The payer's clause up to the verb: a few words, no clause break ("Acme & Co. agreed to pay").
    static const auto pays = rx(R"(^[^;:,]{0,40}?\b(?<!was |were |been |be |being )(pay|pays|paid|paying)\s+$)");
    static const auto receives = rx(R"(\b(receive|receives|received|receiving)\b[^;]*\bfrom\s+(the\s+)?$)");
    for (qsizetype i = 0; i + 1 < ps.size(); ++i) {
        const Party &a = ps.at(i), &b = ps.at(i + 1);
        if (b.start >= f.start || a.viaProduct || b.viaProduct)
            continue;
        if (has(ctx.lowerSlice(a.end, b.start), pays))
            return {&a, &b};
    }
    // "Acme will pay a $N option fee to Borel": the payee after the sum.
    static const auto paysSum = rx(R"(^[^;:,]{0,40}?\b(?<!was |were |been |be |being )(pay|pays|paid|paying)\s+((a|an|the)\s+)?$)");
    static const auto toPayee = rx(R"(^[^;,]{0,40}?\bto\s+(the\s+)?$)");
    for (qsizetype i = 0; i + 1 < ps.size(); ++i) {
        const Party &a = ps.at(i), &b = ps.at(i + 1);
        if (a.end > f.start || b.start < f.end || a.viaProduct || b.viaProduct)
            continue;
        if (has(ctx.lowerSlice(a.end, f.start), paysSum) && has(ctx.lowerSlice(f.end, b.start), toPayee))
            return {&a, &b};
    }
    // "Acme signed a licensing deal with Borel, paying $N upfront and up to $M in milestones":
    // the signer pays the party it signed with.
    static const auto paying = rx(R"(^[^;]*\bpaying\b[^;]*$)");
    for (qsizetype i = 0; i + 1 < ps.size(); ++i) {
        const Party &a = ps.at(i), &b = ps.at(i + 1);
        static const QStringList governed{QStringLiteral("with"), QStringLiteral("from"), QStringLiteral("by"), QStringLiteral("to")};
        if (b.end > f.start || b.prevWord != u"with" || governed.contains(a.prevWord) || a.viaProduct || b.viaProduct)
            continue;
        if (has(ctx.lowerSlice(b.end, f.start), paying))
            return {&a, &b};
    }
    // The figure may stand before the payer or after it ("… from Acme and is eligible for up to $M").
    for (qsizetype i = 0; i + 1 < ps.size(); ++i) {
        const Party &a = ps.at(i), &b = ps.at(i + 1);
        if (a.end > f.start || a.viaProduct || b.viaProduct)
            continue;
        if (has(ctx.lowerSlice(a.end, b.start), receives))
            return {&b, &a};
    }
    return {};
}

// "a $9 billion cloud contract, shared by four companies including A, B and C",
// "split between A and B": a sum several providers share names no single one.
// Where the sharing is said in the figure's head, else -1.
qsizetype sharedAt(const QString &head, qsizetype headStart)
{
    static const auto re = rx(R"(\b((shared|split|divided)\s+(by|among|amongst|between)|)"
                              R"((among|amongst|between|to|with) (two|three|four|five|six|seven|eight|nine|ten|several|multiple) )"
                              R"((companies|firms|vendors|providers|contractors|suppliers|groups))\b)");
    static const CaselessWords words{"shared", "split", "divided", "two", "three", "four", "five", "six", "seven",
                                     "eight", "nine", "ten", "several", "multiple"};
    const QString near = head.left(120);
    if (!words.in(near))
        return -1;
    const QRegularExpressionMatch m = matchIn(re, near);
    return m.hasMatch() ? headStart + m.capturedStart() : -1;
}

// "awards $9bn cloud contract to Google, Oracle, Amazon and Microsoft": a sum
// given to a list of companies is shared by them. Where the list starts (the
// first of two or more parties joined by commas and "and" right after "to"
// closing the figure's phrase), else -1.
qsizetype awardedToSeveral(const ArticleContext &ctx, const QList<Party> &ps, const Figure &f, qsizetype headEnd)
{
    static const auto phraseTo = rx(R"(^\W*([\w-]+\s+){0,4}to\s+(the\s+)?$)");
    for (qsizetype i = 0; i < ps.size(); ++i) {
        const Party &first = ps.at(i);
        if (first.start < f.end)
            continue;
        if (first.end > headEnd || first.prevWord != u"to" || !has(ctx.lowerSlice(f.end, first.start), phraseTo))
            return -1;
        QSet<QString> roots{first.root};
        for (qsizetype j = i + 1; j < ps.size() && isListJoiner(QStringView(ctx.text()).mid(ps.at(j - 1).end, ps.at(j).start - ps.at(j - 1).end)); ++j)
            roots.insert(ps.at(j).root);
        return roots.size() >= 2 ? first.start : -1;
    }
    return -1;
}

// The clause that leads to a figure: from the last clause boundary or
// contrasting conjunction before it.
const CaselessWords &edgeWords()
{
    static const CaselessWords words{"while", "whereas", "but", "although", "though", "meanwhile"};
    return words;
}
// `edgeWordsIn`: whether the stretch holds edgeWords(), when a caller has scanned it.
qsizetype clauseStartBefore(const QString &text, const Span &sentence, qsizetype pos,
                            std::optional<bool> edgeWordsIn = std::nullopt)
{
    static const QRegularExpression edge(QStringLiteral("[;:()\\[\\]\u2014\u2013]|\\s-\\s|\\b(while|whereas|but|although|though|meanwhile)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QStringView before = QStringView(text).mid(sentence.start, pos - sentence.start); // a view: no copy per figure
    qsizetype start = sentence.start;
    if (!mayHaveHardStop(before) && !(edgeWordsIn ? *edgeWordsIn : edgeWords().in(before)))
        return start; // the same marks and words as the edge, else no match
    auto it = matchesIn(edge, before);
    while (it.hasNext())
        start = sentence.start + it.next().capturedEnd();
    return start;
}

// Gives `m` the parties of another reading of the same deal.
void takeParties(FactMention &m, const FactMention &other)
{
    m.subject = other.subject;
    m.subjectName = other.subjectName;
    m.object = other.object;
    m.objectName = other.objectName;
}
// Gives `m` the parties of the same figure said another way, and its date if `m` has none.
void takeRestated(FactMention &m, const FactMention &other)
{
    takeParties(m, other);
    if (m.time.isEmpty()) {
        m.time = other.time;
        m.precision = other.precision;
    }
}

// "X shareholders will own around 92% of the combined company", "Shareholders of X will receive
// 0.5 shares and own about 30% of the enlarged group, while Y investors will hold 70%": a part
// held by a company's shareholders (investors, holders, owners), the holders leading the figure's
// clause, is not held by the company itself. A company named between them and the verb, other
// than theirs ("of X"), is the holder ("X shareholders approved it and Y will own 70%").
bool heldByShareholders(const ArticleContext &ctx, qsizetype clauseStart, const Figure &f)
{
    // (the last holders before the verb: "A shareholders approved it and B shareholders will own …")
    static const auto holders = rx(R"(\b(shareholders|stockholders|unitholders|holders|investors|owners)\b)"
                                   R"(((?!\b(shareholders|stockholders|unitholders|holders|investors|owners)\b)[^,;]){0,80}?)"
                                   R"(\b(own|owns|owned|owning|hold|holds|held|holding|control|controls|have|has|get|gets|receive|receives|retain|retains|keep|keeps))"
                                   R"(( about| around| roughly| approximately| nearly| some| an estimated| up to| just over| just under| a combined)?\W*$)");
    static const CaselessWords holderWords{"*holders", "investors", "owners"};
    const qsizetype from = std::max(clauseStart, f.start - 160);
    const QString lead = ctx.lowerSlice(from, f.start);
    if (!holderWords.in(lead))
        return false;
    const QRegularExpressionMatch m = matchIn(holders, lead);
    if (!m.hasMatch())
        return false;
    const qsizetype nounEnd = from + m.capturedEnd(1), verbStart = from + m.capturedStart(4);
    return std::none_of(ctx.parties.cbegin(), ctx.parties.cend(), [&](const Party &p) {
        return p.start >= nounEnd && p.end <= verbStart && p.prevWord != u"of";
    });
}

// True when the clause leading to the figure has a plural or collective
// subject: a collective noun ("peers", "rivals", "hyperscalers"), a list of
// three or more organisations, or two or more said to act together.
bool hasGroupSubject(const ArticleContext &ctx, const Span &sentence, const Figure &f, const QList<Party> &ps)
{
    const QString &text = ctx.text();
    static const auto collective = rx(R"(\b(peers|rivals|competitors|hyperscalers|incumbents|giants|challengers)\b)");
    static const auto governed = rx(R"(\b(its|their|his|her|our|unlike|than|from|with|to|of|against|among|for|over|by|on|in)(\s+\w+){0,2}\s*$)");
    static const CaselessWords governedWords{"its*", "their", "his*", "her", "our", "unlike", "than", "from", "with", "to", "of", "against", "among", "for", "over", "by", "on", "in"};
    static const CaselessWords collectiveWords{"peers", "rivals", "competitors", "hyperscalers", "incumbents", "giants", "challengers"};
    static const auto together = rx(R"(\b(collectively|combined|together|jointly|between them|in aggregate)\b)");
    static const CaselessWords togetherWords{"collectively", "combined", "together", "jointly", "between", "aggregate"};
    static const auto perParty = rx(R"(\b(each|both|respectively|apiece)\b)");
    static const CaselessWords perPartyWords{"each", "both", "respectively", "apiece"};
    static const CaselessWords ventureWords{"venture", "consortium"};
    static const CaselessWords clauseLists{&collectiveWords, &togetherWords, &perPartyWords, &ventureWords};
    // The stretch before the figure is the clause unless an edge cuts it: scanned once for the
    // edge's words and the clause's. (The lowered stretch scans as the text does but for a Kelvin sign.)
    static const CaselessWords leadLists{&edgeWords(), &collectiveWords, &togetherWords, &perPartyWords, &ventureWords};
    const QString lead = ctx.lowerSlice(sentence.start, f.start);
    const bool leadScanned = ctx.lowerExact && !ctx.hasKelvinSign;
    const quint64 leadFound = leadScanned ? leadLists.which(lead) : 0;
    const qsizetype cs = clauseStartBefore(text, sentence, f.start,
                                           leadScanned ? std::optional<bool>((leadFound & leadLists.bitOf(edgeWords())) != 0)
                                                       : std::nullopt);
    const QString clause = cs == sentence.start ? lead : ctx.lowerSlice(cs, f.start);
    const ScannedWindow clauseWindow = leadScanned && cs == sentence.start ? ScannedWindow{clause, leadLists, leadFound}
                                                                          : scanned(clause, clauseLists);
    // A collective noun is the subject unless a possessive or a preposition
    // shortly before makes it an object ("unlike its rivals", "with peers").
    bool groupNoun = false;
    if (holds(clauseWindow, collectiveWords)) {
        for (auto it = matchesIn(collective, clause); it.hasNext();) {
            const auto cm = it.next();
            if (!has(clause.left(cm.capturedStart()), governedWords, governed))
                groupNoun = true;
        }
    }
    if (has(clauseWindow, perPartyWords, perParty))
        return false;
    if (groupNoun)
        return true;
    // "Son said the new joint venture will deploy $N": a venture of several acting (a verb right
    // after it) spends for all of them. ("form a joint venture, with X holding N%" is X's stake.)
    static const auto ventureActs = rx(R"(\b(joint venture|consortium)\s+(will|would|shall|plans?|aims?|intends?|expects?|is|was|has|had)\b)");
    if (holds(clauseWindow, ventureWords)) {
        for (auto it = matchesIn(ventureActs, clause); it.hasNext();) {
            const auto vm = it.next();
            if (!has(clause.left(vm.capturedStart()), governedWords, governed))
                return true;
        }
    }
    // The longest run of organisations joined by commas and "and" in the clause.
    QStringList run, longest;
    qsizetype lastEnd = -1;
    for (const Party &p : ps) {
        if (p.start < cs || p.end > f.start)
            continue;
        if (lastEnd >= 0 && isListJoiner(QStringView(text).mid(lastEnd, p.start - lastEnd))) {
            if (!run.contains(p.root))
                run << p.root;
        } else {
            run = {p.root};
        }
        lastEnd = p.end;
        if (run.size() > longest.size())
            longest = run;
    }
    return longest.size() >= 3 || (longest.size() >= 2 && has(clauseWindow, togetherWords, together));
}

// "Musk revealed his 9.2% stake", "billionaire Jane Roe had bought a 10% stake": a person
// who buys, invests or holds in their own name (`after`: the lowered text after the name).
// Such a person is the party, not the company they lead; a person who only speaks is not.
bool actsPersonally(const QString &after)
{
    static const auto personal = rx(R"(^\W*((has|had|have|also|reportedly|personally|previously|already)\s+)*)"
                                    R"((bought|buys|acquired|acquires|invested|invests|owns|owned|holds|held|sold|sells|)"
                                    R"(took|takes|(\w+\s+){1,2}(his|her)\s+([^\s]+\s+){0,2}(stake|holding|bid|offer|shares)\b))");
    static const CaselessWords words{"bought", "buys", "acquired", "acquires", "invested", "invests", "owns", "owned",
                                     "holds", "held", "sold", "sells", "took", "takes", "his", "her"};
    return has(after, words, personal);
}

// "Elon Musk's xAI", "xAI, the startup founded by Elon Musk, raised …": a person named
// only to describe a company (its owner before it, its founder in an aside) is no party
// of what the company does.
bool describesCompany(const ArticleContext &ctx, const QList<EntityMention> &entities, qsizetype index)
{
    const EntityMention &e = entities.at(index);
    if (index + 1 < entities.size()) {
        const EntityMention &next = entities.at(index + 1);
        static const auto possessiveGap = rx(R"(^('s|’s|')\s+$)");
        if (next.type == EntityType::Organisation && next.start - e.end <= 4
            && has(ctx.lowerSlice(e.end, next.start), possessiveGap))
            return true;
    }
    static const auto founderBefore = rx(R"(\b(co-?founded|founded|started|created|run|headed|chaired) by\s+$)");
    return has(ctx.lowerSlice(e.start - 20, e.start), founderBefore);
}

// "Tesla Inc. CEO Elon Musk", "OpenAI co-founder Ilya Sutskever": a company named to say
// who a person is, right before the person's title and name, is no party itself.
bool describesPerson(const ArticleContext &ctx, const QList<EntityMention> &entities, qsizetype index)
{
    if (index + 1 >= entities.size())
        return false;
    const EntityMention &e = entities.at(index);
    const EntityMention &next = entities.at(index + 1);
    if (next.type != EntityType::Person || next.start - e.end > 40)
        return false;
    static const auto titleGap = rx(R"(^\W*('s\s+|’s\s+)?((chief executive|chief executive officer|ceo|cfo|cto|coo|founder|co-founder|)"
                                    R"(cofounder|chairman|chairwoman|chair|president|boss|head)\s+)$)");
    return has(ctx.lowerSlice(e.end, next.start), titleGap);
}

} // namespace

RelationExtractor::RelationExtractor(const Gazetteer &gazetteer)
{
    for (const Gazetteer::Entry &e : gazetteer.entries()) {
        if (!e.partOf.isEmpty() && e.partOf != e.name)
            m_partOf.insert(e.name, e.partOf);
        if (e.partOfSince.isValid())
            m_partOfSince.insert(e.name, e.partOfSince);
        if (std::any_of(e.aliases.cbegin(), e.aliases.cend(), isCloudName))
            m_cloudNames.insert(e.name);
    }
}

bool RelationExtractor::partOfHolds(const QString &name, const QDate &asOf) const
{
    const auto since = m_partOfSince.constFind(name);
    return since == m_partOfSince.cend() || !asOf.isValid() || asOf >= *since;
}

QDate RelationExtractor::writtenBy(const ArticleExtraction &x)
{
    if (x.article.date.isValid())
        return x.article.date;
    QDate latest;
    for (const Figure &f : x.figures) {
        if (f.kind != FigureKind::Date || f.retracted || x.article.isExcluded(f.start, f.end))
            continue;
        const QString &iso = f.dateMax.isEmpty() ? f.date : f.dateMax;
        // The last day of the period: "2024" may be written on its last day.
        QDate end;
        if (iso.size() == 10)
            end = QDate::fromString(iso, Qt::ISODate);
        else if (iso.size() == 7)
            end = QDate::fromString(iso + QStringLiteral("-01"), Qt::ISODate).addMonths(1).addDays(-1);
        else if (iso.size() == 4)
            end = QDate(iso.toInt(), 12, 31);
        if (end.isValid() && (!latest.isValid() || end > latest))
            latest = end;
    }
    return latest;
}

QString RelationExtractor::rootOf(const QString &name, const QHash<QString, QString> &extra, const QDate &asOf) const
{
    QString current = name;
    for (int step = 0; step < 6; ++step) {
        if (!partOfHolds(current, asOf))
            break;
        QString parent = extra.value(current);
        if (parent.isEmpty())
            parent = m_partOf.value(current);
        if (parent.isEmpty() || parent == current || parent == name)
            break;
        current = parent;
    }
    return current;
}

QList<FactMention> RelationExtractor::extract(const ArticleExtraction &x, int articleOrder) const
{
    ArticleContext ctx;
    ctx.x = &x;
    ctx.lowerOnce();
    // Lowering kept every position only for a text without surrogates (see lowerOnce).
    subjectOptions = ctx.lowerExact ? QRegularExpression::DontCheckSubjectStringMatchOption
                                    : QRegularExpression::NoMatchOption;
    const QString &text = x.article.text;
    ctx.paragraphs = SentenceSplitter::paragraphs(text);
    ctx.sentences = SentenceSplitter::sentences(text, ctx.paragraphs);

    // Parties: organisations, and people/products through what they belong to.
    const QDate writtenAsOf = writtenBy(x);
    QHash<QString, QString> partOf;
    for (const EntityMention &e : x.entities)
        if (!e.partOf.isEmpty() && e.partOf != e.name)
            partOf.insert(e.name, e.partOf);
    for (qsizetype ei = 0; ei < x.entities.size(); ++ei) {
        const EntityMention &e = x.entities.at(ei);
        if (e.type == EntityType::Place || x.article.isExcluded(e.start, e.end))
            continue;
        if (e.type == EntityType::Person && describesCompany(ctx, x.entities, ei))
            continue;
        // "an entity wholly owned by (Tesla CEO) Elon Musk": the person owns in their own name
        const auto personallyActs = [&](const EntityMention &person) {
            static const auto ownedBy = rx(R"(\bowned by\s+([^\s,;]+\s+){0,4}$)");
            return actsPersonally(ctx.lowerSlice(person.end, person.end + 60))
                || has(ctx.lowerSlice(person.start - 45, person.start), ownedBy);
        };
        // "Tesla Inc. CEO Elon Musk" acting in his own name: the company only says who he is.
        if (e.type == EntityType::Organisation && describesPerson(ctx, x.entities, ei)
            && personallyActs(x.entities.at(ei + 1)))
            continue;
        QString after = ctx.lowerSlice(e.end, e.end + 60);
        const bool personal = e.type == EntityType::Person && personallyActs(e);
        if (e.type != EntityType::Organisation && !personal && (e.partOf.isEmpty() || !partOfHolds(e.name, writtenAsOf)))
            continue;
        if (e.type == EntityType::Organisation
            && isCitedSource(e.name, ctx.lowerSlice(e.start - 24, e.start), ctx.lowerSlice(e.end, e.end + 24)))
            continue;
        Party p;
        p.name = e.type == EntityType::Organisation || personal ? e.name : e.partOf;
        p.root = personal ? e.name : rootOf(p.name, partOf, writtenAsOf);
        p.start = e.start;
        p.end = e.end;
        p.possessive = after.startsWith(QStringLiteral("'s")) || after.startsWith(QStringLiteral("\u2019s"))
            || after.startsWith(QStringLiteral("' ")) || after.startsWith(QStringLiteral("\u2019 "));
        p.following = after;
        p.viaProduct = e.type == EntityType::Product;
        p.mentionName = e.name;
        p.prevWord = prevWordPastApposition(ctx, e.start);
        ctx.parties.append(p);
    }
    std::stable_sort(ctx.parties.begin(), ctx.parties.end(),
                     [](const Party &a, const Party &b) { return a.start < b.start; });
    // What follows a party is said of it only up to the next party, unless
    // the two are listed together ("A and B will provide"): in "a deal with
    // A makes B the provider" the cue belongs to B.
    for (qsizetype i = 0; i + 1 < ctx.parties.size(); ++i) {
        Party &p = ctx.parties[i];
        const Party &next = ctx.parties.at(i + 1);
        if (next.start >= p.end + p.following.size() || next.start < p.end)
            continue;
        const qsizetype gap = next.start - p.end;
        if (!isListJoiner(QStringView(p.following).left(gap)))
            p.following.truncate(gap);
    }
    for (Party &p : ctx.parties) {
        const ScannedWindow following = scanned(p.following, followingLists());
        p.providerCue = isProviderCue(p, following);
        // "a contract with X to purchase …": the buyer is who signs, not X.
        // ("a deal with X for the AI company to purchase …" names X the buyer after all)
        static const auto describedBuyer = rx(R"(^\W*for (the|its|their) ([\w-]+\s+){0,3}(company|firm|startup|start-up|lab|maker|group|giant|developer) )"
                                              R"(to (purchase|buy|use|rent|consume|spend)\b)");
        p.buyerCue = (hasBuyerAfter(following) && p.prevWord != QStringLiteral("with")) || has(p.following, describedBuyer);
        ctx.salience[p.root] += 1;
        if (p.providerCue)
            ctx.providerScore[p.root] += 1;
        if (p.buyerCue)
            ctx.providerScore[p.root] -= 1;
    }
    for (auto it = ctx.providerScore.cbegin(); it != ctx.providerScore.cend(); ++it)
        if (it.value() > 0)
            ctx.loweredProviders.append(it.key().toLower());

    // Figures by sentence.
    QList<QList<const Figure *>> valueFigures(ctx.sentences.size());
    QList<QList<const Figure *>> dateFigures(ctx.sentences.size());
    for (const Figure &f : x.figures) {
        const qsizetype s = SentenceSplitter::indexOf(ctx.sentences, f.start);
        if (s < 0)
            continue;
        if (f.kind == FigureKind::Date) {
            if (!isDeadline(ctx, f))
                dateFigures[s].append(&f);
        } else if (isFactFigure(f)) {
            valueFigures[s].append(&f);
        }
    }
    // Months without a year date a sentence as its other dates do (kept here: the lists point into it).
    const QList<Figure> months = bareMonths(ctx);
    for (const Figure &f : months) {
        const qsizetype s = SentenceSplitter::indexOf(ctx.sentences, f.start);
        if (s < 0)
            continue;
        QList<const Figure *> &dates = dateFigures[s];
        dates.insert(std::upper_bound(dates.begin(), dates.end(), f.start,
                                      [](qsizetype at, const Figure *g) { return at < g->start; }),
                     &f);
    }

    QList<FactMention> out;
    QHash<qsizetype, QString> losers; // figure start → who lost that contract: never its party, not even borrowed
    QSet<qsizetype> unnamedTargets;   // figure starts of sales of something not named as a company: no investee borrowed
    QSet<qsizetype> unnamedBuyers;    // "X's $N purchase of Y" with X no party: no buyer borrowed either
    QSet<qsizetype> statedParties; // figures whose parties the text states in full: none borrowed
    QSet<qsizetype> backedRounds;  // rounds whose sentence names their backers, not who raises: see raiserNamedBefore
    QHash<qsizetype, qsizetype> describedBefore; // figure start → its sentence's end: "in the company", a company named before it
    for (qsizetype si = 0; si < ctx.sentences.size(); ++si) {
        if (valueFigures.at(si).isEmpty())
            continue;
        const Span sentence = ctx.sentences.at(si);
        const qsizetype pi = SentenceSplitter::indexOf(ctx.paragraphs, sentence.start);
        const Span paragraph = pi >= 0 ? ctx.paragraphs.at(pi) : sentence;
        const QString sentenceText = ctx.lowerSlice(sentence.start, sentence.end);
        // The quote and its key are the sentence's: made once, shared by its figures' readings
        // (the store keys every reading's quote).
        const QString quote = text.mid(sentence.start, sentence.end - sentence.start);
        const quint32 quoteKey = FactReconciler::quoteKey(quote);

        const QList<Party> sentenceParties = ctx.partiesIn(sentence.start, sentence.end);
        const QList<qsizetype> clauseStarts = ownSubjectClauseStarts(ctx, sentence, sentenceParties);
        // Neighbouring sentences in the same paragraph give the deal's subject
        // matter: put together only if a figure's reading asks about them.
        const SentenceCues cues(sentenceText, [&] {
            QString neighbours;
            if (paragraph.end - paragraph.start < 1500)
                neighbours += ctx.lowerSlice(paragraph.start, paragraph.end) + u' ';
            if (si + 1 < ctx.sentences.size() && paragraph.contains(ctx.sentences.at(si + 1).start))
                neighbours += ctx.lowerSlice(ctx.sentences.at(si + 1).start, ctx.sentences.at(si + 1).end);
            if (sentenceParties.isEmpty() && si > 0)
                neighbours += u' ' + ctx.lowerSlice(ctx.sentences.at(si - 1).start, ctx.sentences.at(si - 1).end);
            return neighbours;
        });
        static const CaselessWords sentenceLists{&claimWords(), &earlierLetters(), &anaphorWords(), &sellWords(),
                                                 &supplyWords(), &payingWords(), &licensingWords(), &butWords()};
        const ScannedWindow sentenceWindow = scanned(sentenceText, sentenceLists);
        std::optional<bool> sentencePointsBack; // asked of its figures' readings, found once
        std::optional<std::optional<const Party *>> sentenceLeader; // likewise: see describedLeader
        std::optional<bool> sentenceLicenses;   // likewise: see speaksOfLicensing
        const bool sentenceMayClaim = holds(sentenceWindow, claimWords());
        const bool sentenceMayReferBack = holds(sentenceWindow, earlierLetters());
        const bool sentenceMaySell = holds(sentenceWindow, sellWords());
        const bool sentenceMaySupply = holds(sentenceWindow, supplyWords());
        const bool sentenceMayEndDeal = holds(sentenceWindow, butWords()); // see endedAfterBut

        // Dates that open an earlier sentence of this paragraph ("On 3 May 2024, …").
        QList<const Figure *> leadDates;
        for (qsizetype pj = si - 1; pj >= 0 && paragraph.contains(ctx.sentences.at(pj).start); --pj) {
            for (const Figure *d : dateFigures.at(pj))
                if (d->start - ctx.sentences.at(pj).start <= 12)
                    leadDates.prepend(d);
            if (!leadDates.isEmpty())
                break;
        }
        // "… in October 2025. That revision removed …": a sentence that opens by
        // pointing back at the previous one's event takes that sentence's date.
        static const auto pointsBackToEvent = rx(
            R"(^\W*(that|this|the|these|those)\s+(\w+\s+)?(revision|restructuring|renegotiation|change|changes|)"
            R"(deal|agreement|accord|pact|contract|partnership|transaction|investment|round|raise|move|update|)"
            R"(amendment|arrangement|settlement)\b)");
        static const CaselessWords pointsBackToEventWords{"*revision", "*restructuring", "*renegotiation", "*change", "*changes", "*deal", "*agreement", "*accord", "*pact", "*contract", "*partnership", "*transaction", "*investment", "*round", "*raise", "*move", "*update", "*amendment", "*arrangement", "*settlement"};
        // "The deal follows X's $N purchase of Y": what follows the pointer is an earlier event, not dated by it.
        static const auto followsEarlier = rx(R"(^\W*(that|this|the|these|those)\s+(\w+\s+)?\w+\s+(follows|followed|comes after|came after|comes on the heels of)\b)");
        static const CaselessWords followsWords{"follows", "followed", "after", "heels"};
        const QString opening = ctx.lowerSlice(sentence.start, std::min(sentence.end, sentence.start + 60));
        if (leadDates.isEmpty() && si > 0 && paragraph.contains(ctx.sentences.at(si - 1).start)
            && has(opening, pointsBackToEventWords, pointsBackToEvent) && !has(opening, followsWords, followsEarlier)) {
            const QList<const Figure *> &previous = dateFigures.at(si - 1);
            for (auto it = previous.crbegin(); it != previous.crend(); ++it)
                if (!(*it)->date.isEmpty() && !isDeadline(ctx, **it)) {
                    leadDates.append(*it);
                    break;
                }
        }

        // Parties named before the figure that own another figure ("alongside X's $N").
        const QList<const Figure *> &figs = valueFigures.at(si);
        const QList<const Party *> gapped = gappedSubjects(ctx, figs, sentenceParties);
        // Figures of one clause share its speculation cue: asked once per clause.
        Span speculationClause{-1, -1};
        bool clauseSpeculates = false;
        for (int fi = 0; fi < figs.size(); ++fi) {
            const Figure &f = *figs.at(fi);
            const qsizetype prevEnd = fi > 0 ? figs.at(fi - 1)->end : sentence.start;
            const qsizetype nextStart = fi + 1 < figs.size() ? figs.at(fi + 1)->start : sentence.end;
            QString pre = cutBefore(ctx.lowerSlice(prevEnd, f.start));
            QString head = cutAfter(ctx.lowerSlice(f.end, nextStart));
            // "**Label**: $N" and "$N: what it is": a colon joins a figure to its label.
            bool labelled = false;
            if (isMarkup(pre)) {
                const QString raw = ctx.lowerSlice(prevEnd, f.start);
                const qsizetype colon = raw.lastIndexOf(u':');
                if (colon >= 0 && isMarkup(QStringView(raw).mid(colon + 1))) {
                    pre = cutBefore(raw.left(colon)).remove(u'*');
                    labelled = true;
                }
            }
            {
                const QString raw = ctx.lowerSlice(f.end, nextStart);
                const qsizetype labelEnd = markupEnd(raw); // "^[\s*_]*:"
                if (labelEnd < raw.size() && raw.at(labelEnd) == u':')
                    head = cutAfter(raw.mid(labelEnd + 1));
            }
            Reading reading = classify(ctx, f, pre, head, cues);
            if (reading.metric == Metric::Other && !reading.derived && labelled)
                reading.metric = labelMetric(pre, f, cues);
            static const auto coordinated = rx(R"(^\W*(alongside|and|plus|while|with|as well as|compared with|versus|vs|followed by|including)\b)");
            static const CaselessWords coordinatedWords{"*alongside", "*and", "*plus", "*while", "*with", "*as", "*versus", "*vs", "*followed", "*including"};
            if (reading.metric == Metric::Other && !reading.derived && fi > 0 && figs.at(fi - 1)->kind == f.kind
                && !out.isEmpty() && out.last().start == figs.at(fi - 1)->start
                && has(ctx.lowerSlice(figs.at(fi - 1)->end, f.start), coordinatedWords, coordinated))
                reading.metric = out.last().metric;

            FactMention m;
            m.metric = reading.metric;
            m.part = reading.part;
            m.derivedRatio = reading.derived;
            m.kind = f.kind;
            m.value = f.value;
            m.valueMax = f.valueMax;
            m.unit = f.unit;
            m.qualifier = f.qualifier;
            m.retracted = f.retracted;
            m.article = x.article.fileName;
            m.articleDate = x.article.date;
            m.articleOrder = articleOrder;
            m.start = f.start;
            m.end = f.end;
            m.text = x.textOf(f);
            m.quote = quote;
            m.quoteKey = quoteKey;
            m.sentenceStart = sentence.start;
            m.paragraphStart = paragraph.start;
            m.excluded = x.article.isExcluded(f.start, f.end);

            // The figure's clause, for the writer's hedges, up to a purpose after the figure.
            const Span clause = clauseAround(text, sentence, f, u",;:()\u2014\u2013");
            const qsizetype cs = clause.start, ce = clause.end;
            const Span hedged{cs, purposeStart(ctx, f.end, ce)};
            if (!(hedged == speculationClause)) {
                speculationClause = hedged;
                clauseSpeculates = hasSpeculationCue(QStringView(text).mid(hedged.start, hedged.end - hedged.start));
            }
            // A failed deal is kept apart like speculation: its cue stands next to the figure in its clause,
            // or in a clause after "but" that ends the deal ("…, but it terminated the agreement").
            m.speculation = clauseSpeculates
                || hasFailedDealCue(ctx.lowerSlice(std::max(cs, f.start - 50), std::min(ce, f.end + 50)))
                || (sentenceMayEndDeal && ce < sentence.end && endedAfterBut(ctx.lowerSlice(ce, std::min(sentence.end, ce + 80))));
            m.vendorClaim = sentenceMayClaim && hasClaimCue(ctx.lowerSlice(sentence.start, f.start));
            m.refersToEarlier = sentenceMayReferBack && hasEarlierCue(ctx.lowerSlice(std::max(cs, f.start - 80), std::min(ce, f.end + 60)));

            const Figure *date = bindDate(ctx, figs, fi, dateFigures.at(si), leadDates);
            if (date) {
                m.time = date->date;
                m.precision = timePrecisionOf(date->date);
            }

            // --- parties -------------------------------------------------
            // The parties of the figure's clause when the sentence holds clauses with their own subjects.
            Span scope = sentence;
            for (const qsizetype cut : clauseStarts) {
                if (cut > f.start) {
                    scope.end = cut;
                    break;
                }
                scope.start = cut;
            }
            const bool ownSubject = scope.start != sentence.start; // its parties stay inside it
            if (ownSubject && statesOwnObject(ctx, f, scope.end))
                statedParties.insert(f.start);
            const QList<Party> scopedParties = scope == sentence ? QList<Party>() : ctx.partiesIn(scope.start, scope.end);
            const QList<Party> &ps = scope == sentence ? sentenceParties : scopedParties; // read only: a copy would detach
            const auto soldStake = sentenceMaySell ? stakeSale(ctx, sentence, ps, f) : std::nullopt;
            if (soldStake) {
                m.metric = f.kind == FigureKind::Percent ? Metric::StakePercent : Metric::StakeValue;
                reading.acquisition = false;
                statedParties.insert(f.start); // a stake in something described is in no party
            }
            // A bid for a company prices all of it: the bidder's stake in it (see offerParties).
            const auto offer = f.kind == FigureKind::Money && !labelled && reading.offerNoun.start >= 0 && !soldStake
                ? offerParties(ctx, sentence, ps, f, reading.offerNoun) : std::nullopt;
            if (offer) {
                m.metric = Metric::StakeValue;
                reading.acquisition = false;
                statedParties.insert(f.start);
            }
            // A licensing sum paid from one party to another ("agreed to pay X $N upfront") is a contract's value.
            const bool mayBePayment = f.kind == FigureKind::Money && !m.derivedRatio
                && (m.metric == Metric::Other || m.metric == Metric::ContractValue);
            if (mayBePayment && !sentenceLicenses)
                sentenceLicenses = speaksOfLicensing(sentenceWindow);
            const auto payment = mayBePayment && *sentenceLicenses ? payerAndPayee(ctx, ps, f)
                                                                   : std::pair<const Party *, const Party *>{};
            if (payment.first)
                m.metric = Metric::ContractValue;
            // A possessive right before another figure names that figure's owner.
            auto ownsOtherFigure = [&](const Party &p) {
                if (!p.possessive)
                    return false;
                for (const Figure *g : figs)
                    if (g != &f && g->start >= p.end && g->start - p.end <= 12)
                        return true;
                return false;
            };
            auto nearestBefore = [&](auto pred) -> const Party * {
                const Party *best = nullptr;
                for (const Party &p : ps)
                    if (p.end <= f.start && pred(p))
                        best = &p;
                return best;
            };
            auto firstWhere = [&](auto pred) -> const Party * {
                for (const Party &p : ps)
                    if (pred(p))
                        return &p;
                return nullptr;
            };
            // "in Honda's rival Nissan": the possessor qualifies the party that follows.
            auto headOf = [&](const Party *p) -> const Party * {
                if (!p || !p->possessive)
                    return p;
                for (const Party &q : ps)
                    if (q.start > p->end && q.start - p->end <= 30)
                        return &q;
                return p;
            };
            auto ownerBeforeFigure = [&]() -> const Party * {
                const Party *p = nearestBefore([](const Party &) { return true; });
                return p && p->possessive && f.start - p->end <= 12 ? p : nullptr;
            };

            static const auto investorVerb = rx(R"(^\W*(('s|’s)\s+)?((has|have|had) agreed to\s+|(\w+\s+){0,2})(invest\w*|contribut\w*|put(s|ting)?\b|pour\w*|back(s|ed|ing)?\b|)"
                                                R"(own\w*|hold\w*+(?!\s+(company|companies|group|firm|entity|vehicle)\b)|held|retain\w*|take\w*|took|keep\w*|kept|acquir\w*|buy\w*|bought|led|lead\w*|commit\w*|inject(s|ed|ing)?\b))");
            static const CaselessWords investorVerbWords{"*invest*", "*contribut*", "*put*", "*pour*", "*back*", "*own*", "*hold*", "*held*", "*retain*", "*take*", "*took*", "*keep*", "*kept*", "*acquir*", "*buy*", "*bought*", "*led*", "*lead*", "*commit*", "*inject*"};
            static const auto receiverVerb = rx(R"(^\W*(\w+\s+){0,2}(secur\w*|receiv\w*|rais\w*|land\w*|gets?|got|wins?|won|clos\w*|obtain\w*|attract\w*))");
            static const CaselessWords receiverVerbWords{"*secur*", "*receiv*", "*rais*", "*land*", "*get*", "*got*", "*win*", "*won*", "*clos*", "*obtain*", "*attract*"};
            static const QSet<QString> fromBy = {QStringLiteral("from"), QStringLiteral("by")};
            static const QSet<QString> inInto = {QStringLiteral("in"), QStringLiteral("into")};

            QStringList subjects;
            QString subjectName, object, objectName;
            // A figure a group spends ("peers A, B and C have committed $N") belongs
            // to no single party: better no fact than the wrong one. Nor is a part held
            // by a company's shareholders a stake of the company.
            const bool companyMetric = m.metric == Metric::RoundTotal || m.metric == Metric::Valuation
                || m.metric == Metric::ValuationPre || m.metric == Metric::ValuationPost;
            if ((!companyMetric && hasGroupSubject(ctx, sentence, f, ps))
                || (m.metric == Metric::StakePercent && heldByShareholders(ctx, cs, f))) {
                m.metric = Metric::Other;
                m.part.clear();
                out.append(m);
                continue;
            }
            // A stake or an investment is held in the company named, even where it belongs to a
            // group ("Tencent owns 5.4% of Flipkart" is no stake in Walmart): its object is not lifted.
            const bool heldInNamed = m.metric == Metric::Investment || m.metric == Metric::StakePercent
                || m.metric == Metric::StakeValue;
            auto setObject = [&](const Party *p) {
                if (p) {
                    object = heldInNamed ? p->name : p->root;
                    objectName = p->name;
                }
            };
            // The subject's own mention again (or its group), not another company of its group.
            auto isSubjectItself = [](const Party &p, const Party *subject) {
                return subject && (p.name == subject->name || p.name == subject->root);
            };

            switch (m.metric) {
            case Metric::Investment:
            case Metric::StakePercent:
            case Metric::StakeValue: {
                // In a purchase "from X" names the seller ("buys Y from X for $N"), never the buyer.
                auto isSeller = [&](const Party &p) { return reading.acquisition && p.prevWord == u"from"; };
                // "will raise Vodafone's Cegetel stake to 56%": the possessor holds a stake in the company after it.
                const Party *owner = nullptr, *held = nullptr;
                static const auto stakeNoun = rx(R"(^\s*(stake|holding|shareholding)\b)");
                if (m.metric != Metric::Investment) {
                    for (qsizetype i = 0; i + 1 < ps.size() && !owner; ++i) {
                        const Party &p = ps.at(i), &q = ps.at(i + 1);
                        if (p.possessive && q.end <= f.start && q.start - p.end <= 4 && p.root != q.root
                            && has(ctx.lowerSlice(q.end, q.end + 14), stakeNoun)) {
                            owner = &p;
                            held = &q;
                        }
                    }
                }
                const Party *subj = owner ? owner : ownerBeforeFigure();
                // "Vivendi … had not ruled out raising its own 44% stake": "its" is the sentence's subject,
                // the first party named outside an aside, a possessive or a preposition.
                static const auto itsStake = rx(R"(\b(its|their)( own)?\s*$)");
                static const CaselessWords itsWords{"its", "their"};
                if (!owner && m.metric == Metric::StakePercent && has(lastWords(pre, 2), itsWords, itsStake)) {
                    if (const Party *lead = firstWhere([&](const Party &p) {
                            return p.end <= f.start && !p.possessive && !inAsideClause(ctx, sentence, p)
                                && !fromBy.contains(p.prevWord) && !inInto.contains(p.prevWord);
                        }))
                        subj = lead;
                }
                if (!subj)
                    subj = firstWhere([&](const Party &p) {
                        // "from X" after the next figure is said of that figure ("$4 billion, then $2 billion from X")
                        return fromBy.contains(p.prevWord) && !ownsOtherFigure(p) && p.start < nextStart && !isSeller(p);
                    });
                if (!subj)
                    subj = nearestBefore([&](const Party &p) { return has(p.following, investorVerbWords, investorVerb); });
                if (!subj)
                    subj = ownerBeforeFigure();
                const bool hasInvestee = firstWhere([&](const Party &p) { return inInto.contains(p.prevWord); }) != nullptr;
                // Investee: "in/into Y", "Y, in which …", "Y secures …".
                const Party *obj = nullptr;
                for (const Party &p : ps) {
                    if (!inInto.contains(p.prevWord) || isSubjectItself(p, subj) || ownsOtherFigure(p))
                        continue;
                    obj = headOf(&p);
                    if (p.start > f.end)
                        break; // the nearest after the figure, else the last before it
                }
                if (!obj) {
                    static const auto which = rx(R"((in|into|of) which\b)");
                    const QString lead = ctx.lowerSlice(sentence.start, f.start);
                    const auto mw = matchIn(which, lead);
                    if (mw.hasMatch()) {
                        const qsizetype wpos = sentence.start + mw.capturedStart();
                        obj = nearestBefore([&](const Party &p) { return p.end <= wpos; });
                    }
                }
                if (!obj)
                    obj = nearestBefore([&](const Party &p) { return has(p.following, receiverVerbWords, receiverVerb); });
                if (!obj && m.metric == Metric::StakePercent) {
                    // "owns about 32% of X"
                    for (const Party &p : ps)
                        if (p.start >= f.end && p.start - f.end <= 8 && ctx.lowerSlice(f.end, p.start).trimmed() == u"of"
                            && !isSubjectItself(p, subj)) {
                            obj = headOf(&p);
                            break;
                        }
                }
                // "The deal follows X's $N purchase of Y": the buyer is X even when X is no party.
                static const auto possessorBefore = rx(R"((\w)('s|’s)\s*$)");
                if (reading.acquisition && !subj && has(ctx.lowerSlice(f.start - 6, f.start), possessorBefore))
                    unnamedBuyers.insert(f.start);
                const Sale sale = reading.acquisition ? saleOf(ctx, sentence.start, f, firstWords(head, 4)) : Sale{};
                std::optional<Party> bought;
                if (sale.buyer) {
                    subj = sale.buyer;
                    obj = sale.target ? headOf(sale.target) : nullptr;
                    // (a unit of the buyer's own group bought back names no other company either)
                    if (!obj || obj->root == subj->root)
                        unnamedTargets.insert(f.start);
                } else if (reading.acquisition) {
                    if (const Party *target = acquisitionTarget(ctx, ps, sentence, f, subj)) {
                        obj = headOf(target);
                        bought = boughtAsItself(*obj, ps);
                        if (bought)
                            obj = &*bought;
                    }
                    // "has agreed a £4.1bn takeover by the private equity firm KKR": who comes after
                    // "by" buys, and the company the sentence leads with is bought.
                    static const auto byWord = rx(R"(\bby\b)");
                    if (obj && obj->start > f.end && has(ctx.lowerSlice(f.end, obj->start), byWord)) {
                        const Party *buyer = obj;
                        obj = nearestBefore([&](const Party &p) { return p.root != buyer->root; });
                        subj = buyer;
                    }
                }
                // "X, a utility, is buying out Y by increasing its stake of 30% to 100%": who does the
                // gerund after "by/after" is the sentence's subject, so "its" stake is X's, held in Y.
                static const auto gerundStake = rx(R"(\b(by|after|through) \w+ing (its|their) (\w+ ){0,2}(stake|holding|shareholding)\b[^.;]*$)");
                static const CaselessWords gerundStakeWords{"stake", "holding", "shareholding"};
                const QString stakeLead = ctx.lowerSlice(sentence.start, f.start);
                if (m.metric != Metric::Investment && has(stakeLead, gerundStakeWords, gerundStake)) {
                    const qsizetype gerundAt = sentence.start + matchIn(gerundStake, stakeLead).capturedStart();
                    const Party *lead = firstWhere([&](const Party &p) {
                        return p.end <= gerundAt && !inAsideClause(ctx, sentence, p) && !fromBy.contains(p.prevWord)
                            && !inInto.contains(p.prevWord);
                    });
                    if (lead && (!subj || subj->root != lead->root)) {
                        const Party *held = nearestBefore([&](const Party &p) { return p.end <= gerundAt && p.root != lead->root; });
                        subj = lead;
                        if (held && (!obj || obj->root == lead->root))
                            obj = headOf(held);
                    }
                }
                if (offer) {
                    subj = offer->first;
                    obj = offer->second;
                }
                if (soldStake) {
                    subj = soldStake->first;
                    obj = soldStake->second;
                    if (obj && (bought = boughtAsItself(*obj, ps)))
                        obj = &*bought; // "Intel agreed to sell a 51% stake in Altera": Altera's, not Intel's
                }
                if (subj && obj && subj->root == obj->root)
                    obj = nullptr;
                if (!subj && (obj || !hasInvestee)) // the investor is the party the sentence leads with
                    subj = nearestBefore([&](const Party &p) {
                        return (!obj || p.root != obj->root) && !ownsOtherFigure(p) && !inInto.contains(p.prevWord)
                            && !inAsideClause(ctx, sentence, p) && !isSeller(p);
                    });
                // "a stake … in the AI startup", "Kirin's shareholding in the company": the company described.
                if (subj && !obj && !held && !soldStake) {
                    if (const qsizetype at = heldInDescribed(ctx, sentence, f); at >= 0) {
                        obj = describedCompany(ctx, si, at, subj->root);
                        if (!obj)
                            describedBefore.insert(f.start, sentence.end);
                    }
                }
                // "X and Y each contributed $N": one reading per investor.
                if (subj) {
                    subjects << subj->root;
                    subjectName = subj->name;
                    static const auto each = rx(R"(^\W*(and|,)\s)");
                    static const auto distributive = rx(R"(\b(each|both|respectively)\b)");
                    static const CaselessWords distributiveWords{"each", "both", "respectively"};
                    const QString gap = ctx.lowerSlice(subj->end, f.start);
                    if (has(gap, distributiveWords, distributive)) {
                        for (const Party &p : ps)
                            if (p.end <= subj->start && p.root != subj->root
                                && has(ctx.lowerSlice(p.end, subj->start), each)
                                && ctx.lowerSlice(p.end, subj->start).size() < 30)
                                subjects.prepend(p.root);
                    }
                }
                setObject(held ? held : obj);
                break;
            }
            case Metric::Valuation:
            case Metric::ValuationPre:
            case Metric::ValuationPost:
            case Metric::RoundTotal: {
                // "valuing X at $N": X; "valuing the company at $N": the party named last before the verb.
                const Party *c = nullptr;
                static const auto valuingAt = rx(R"(\b(valuing|values|valued)\s+((\S+\s+){0,4})at( about| roughly| approximately| around| nearly| some| more than| over)?\W*$)");
                static const CaselessWords valuingAtWords{"valuing", "values", "valued"};
                const QString lead = ctx.lowerSlice(sentence.start, f.start);
                if (m.metric != Metric::RoundTotal && valuingAtWords.in(lead)) {
                    const QRegularExpressionMatch vm = matchIn(valuingAt, lead);
                    if (vm.hasMatch()) {
                        const qsizetype verbStart = sentence.start + vm.capturedStart(1);
                        const qsizetype objectStart = sentence.start + vm.capturedStart(2);
                        for (const Party &p : ps)
                            if (!c && p.start >= objectStart && p.end <= f.start)
                                c = &p;
                        // not an investor named before it ("led by X, valuing the company at")
                        if (!c && vm.capturedLength(2) > 0 && vm.captured(1) == u"valuing")
                            c = nearestBefore([&](const Party &p) {
                                return p.end <= verbStart && !fromBy.contains(p.prevWord) && p.prevWord != u"with";
                            });
                    }
                }
                // "X led a $N round in Y": the company raising is Y, X invests
                if (!c && m.metric == Metric::RoundTotal)
                    c = firstWhere([&](const Party &p) {
                        return p.prevWord == u"in" && p.start > f.end && p.start - f.end <= 40
                            && !ctx.lowerSlice(f.end, p.start).contains(u',');
                    });
                if (m.metric == Metric::RoundTotal) {
                    // "led a $2 billion funding round for the one-year-old Reflection AI": the company it is for
                    static const auto roundFor = rx(R"(^\W*([\w-]+\s+){0,3}(round|raise|series [a-z])\s+for\s+((the|a|an)\s+)?([\w-]+\s+){0,3}$)");
                    if (!c)
                        c = firstWhere([&](const Party &p) {
                            return p.start > f.end && p.start - f.end <= 70 && has(ctx.lowerSlice(f.end, p.start), roundFor);
                        });
                    // "Elon Musk's xAI $6 billion funding round": the company named right before the sum
                    if (!c)
                        c = nearestBefore([&](const Party &p) {
                            return f.start - p.end <= 2 && ctx.lowerSlice(p.end, f.start).trimmed().isEmpty();
                        });
                }
                if (!c)
                    c = nearestBefore([&](const Party &p) { return p.possessive; });
                if (!c)
                    c = firstWhere([&](const Party &p) { return p.possessive && p.start > f.end && p.start - f.end < 40; });
                static const auto announcedAfter = rx(R"(^\W*(\w+\s+){0,3}(was |is |were )?(valued|rais\w*|secur\w*|clos\w*|complet\w*|announc\w*))");
                static const CaselessWords announcedAfterWords{"*valued*", "*rais*", "*secur*", "*clos*", "*complet*", "*announc*"};
                if (!c)
                    c = nearestBefore([&](const Party &p) {
                        return has(p.following, announcedAfterWords, announcedAfter);
                    });
                if (!c && m.metric == Metric::RoundTotal
                    && std::any_of(ps.cbegin(), ps.cend(), [&](const Party &p) { return inBackerList(ctx, ps, p); }))
                    backedRounds.insert(f.start);
                if (!c)
                    c = firstWhere([&](const Party &p) { return !inBackerList(ctx, ps, p) && !ownsOtherFigure(p); });
                if (c) {
                    subjects << c->root;
                    subjectName = c->name;
                }
                break;
            }
            case Metric::ComputeCommitment:
            case Metric::CapacityPower:
            case Metric::Chips:
            case Metric::ContractValue: {
                // Candidates: the sentence's parties, else earlier ones, else the article's main ones.
                QList<Party> cands;
                QSet<QString> seen;
                const auto [loser, winner] = lostContract(ctx, ps, f, sentence.end);
                if (loser)
                    losers.insert(f.start, loser->root);
                qsizetype shared = sharedAt(head, f.end);
                if (shared < 0)
                    shared = awardedToSeveral(ctx, ps, f, f.end + head.size());
                if (shared >= 0 && m.part.isEmpty())
                    m.part = QStringLiteral("total");
                auto addCand = [&](const Party &p) {
                    if (loser && p.root == loser->root)
                        return;
                    if (shared >= 0 && p.start >= shared && p.end <= sentence.end)
                        return; // among the providers sharing the sum
                    if (!seen.contains(p.root) && !ownsOtherFigure(p)) {
                        seen.insert(p.root);
                        cands.append(p);
                    }
                };
                // The figure's own clause first: other parties of a long sentence belong to other deals.
                const Span own = clauseAround(text, sentence, f, u",;()\u2014\u2013");
                const qsizetype ks = own.start, ke = own.end;
                for (const Party &p : ps)
                    if (p.start >= ks && p.end <= ke)
                        addCand(p);
                if (cands.size() < 2)
                    for (const Party &p : ps)
                        addCand(p);
                // Earlier sentences of the paragraph, or further back when the sentence
                // points there ("the two companies", "their existing deal").
                static const auto anaphor = rx(R"(\b(the (two )?companies|the (deal|agreement|partnership|pact|contract)|their|both (companies|firms|sides))\b)");
                if (!sentencePointsBack) // the same for every figure of the sentence
                    sentencePointsBack = has(sentenceWindow, anaphorWords(), anaphor);
                const bool pointsBack = *sentencePointsBack;
                // "would spend $80bn on AI data centres": a company's own build-out has no provider to find earlier.
                static const auto ownBuildOutRe = rx(R"(^\W*on (its own |their own |new |more )?(\w+[- ]){0,2}(data cent(er|re)s|infrastructure|capital spending|capex)\b)");
                static const CaselessWords ownBuildOutWords{"*data", "*infrastructure", "*capital", "*capex"};
                const bool ownBuildOut = !pointsBack && has(head, ownBuildOutWords, ownBuildOutRe);
                // "Previously, X had a $N contract", "In comparison, …": a sentence that opens on another
                // story's deal names its own parties; those of the sentences before belong to the first story.
                static const auto otherStory = rx(R"(^\W*(previously|in comparison|by comparison|in contrast|by contrast|separately|elsewhere)\b)");
                const bool otherStoryOpens = !pointsBack && has(ctx.lowerSlice(sentence.start, sentence.start + 20), otherStory);
                // "DataBank locked 200 MW, and …" with DataBank no entity: the clause's subject is its own.
                const bool unknownSubject = cands.isEmpty() && !pointsBack && !ownSubject && opensWithUnknownSubject(ctx, scope);
                // A contract another lost is a story of its own too: its buyer is not the earlier sentences'.
                const bool mayBorrow = si > 0 && !ownBuildOut && !otherStoryOpens && !loser && !ownSubject && !unknownSubject
                    && cands.size() < 2;
                // "The utility also signed …": of the sentences before, only the company described.
                if (mayBorrow && !sentenceLeader)
                    sentenceLeader = describedLeader(ctx, si);
                const std::optional<const Party *> leader = mayBorrow ? *sentenceLeader : std::nullopt;
                if (leader && *leader) {
                    addCand(**leader);
                    if (cands.size() > 1 && cands.last().root == (*leader)->root)
                        cands.prepend(cands.takeLast()); // it leads the sentence, as if named there
                }
                for (qsizetype back = si - 1; mayBorrow && !leader && cands.size() < 2 && back >= 0 && back >= si - 2; --back) {
                    if (!pointsBack && !paragraph.contains(ctx.sentences.at(back).start))
                        break;
                    for (const Party &p : ctx.partiesIn(ctx.sentences.at(back).start, ctx.sentences.at(back).end))
                        if (!p.viaProduct) // goods named earlier are not the deal's parties
                            addCand(p);
                }
                if (cands.isEmpty() && !pointsBack) {
                    // A heading or a loose figure: the same value read earlier names its parties.
                    for (qsizetype j = out.size() - 1; j >= 0; --j)
                        if (out.at(j).metric == m.metric && out.at(j).value == m.value && !out.at(j).subject.isEmpty()) {
                            subjects << out.at(j).subject;
                            subjectName = out.at(j).subjectName;
                            object = out.at(j).object;
                            objectName = out.at(j).objectName;
                            break;
                        }
                    break;
                }
                if (cands.size() < 2 && pointsBack) {
                    for (const QString &root : ctx.rootsBySalience()) {
                        if (cands.size() >= 2)
                            break;
                        Party p;
                        p.root = root;
                        p.name = root;
                        addCand(p);
                    }
                }
                if (payment.first) {
                    subjects << payment.first->root;
                    subjectName = payment.first->root;
                    object = objectName = payment.second->root;
                    break;
                }
                if (m.metric == Metric::ContractValue) {
                    // A contract binds its parties both ways: keep them in a stable order.
                    QStringList names;
                    for (const Party &p : cands.mid(0, 2))
                        names << p.root;
                    names.sort();
                    if (!names.isEmpty())
                        subjects << names.first();
                    if (names.size() > 1)
                        object = objectName = names.at(1);
                    subjectName = subjects.value(0);
                    break;
                }
                auto inSentence = [&](const Party &p) { return p.end > sentence.start && p.start < sentence.end; };
                // "X was awarded a contract valued at $N to provide cloud services to Y": with no party
                // between the sum and the infinitive, what is provided is provided by the party before.
                static const auto toProvide = rx(R"(^\W*([\w-]+\s+){0,3}to (provide|supply|host|deliver|operate)\b)");
                static const CaselessWords toProvideWords{"provide", "supply", "host", "deliver", "operate"};
                const bool subjectProvides = has(head, toProvideWords, toProvide)
                    && std::none_of(ps.cbegin(), ps.cend(), [&](const Party &p) {
                           return p.start >= f.end && p.start < f.end + matchIn(toProvide, head).capturedEnd();
                       });
                static const auto suppliedBy = rx(R"(\b(suppl|provid|host|operat|buil|deliver)\w*\s+by\W*$)");
                static const CaselessWords suppliedByWords{"suppl*", "provid*", "host*", "operat*", "buil*", "deliver*"};
                const auto supply = sentenceMaySupply ? supplyDealRoles(ctx, sentence, ps) : std::nullopt;
                auto score = [&](const Party &cand) {
                  int best = std::numeric_limits<int>::min();
                  // Every naming of the party in the sentence counts ("Contoso … Contoso Cloud services").
                  QList<Party> namings;
                  for (const Party &q : ps)
                      if (q.root == cand.root)
                          namings.append(q);
                  if (namings.isEmpty())
                      namings.append(cand);
                  for (const Party &p : std::as_const(namings)) {
                    int s = ctx.providerScore.value(p.root) * 2;
                    if (inSentence(p) && p.providerCue)
                        s += 100;
                    if (inSentence(p) && p.prevWord == QStringLiteral("to") && p.start > f.end)
                        s += 20;
                    if (inSentence(p) && p.prevWord == QStringLiteral("with")) {
                        const bool ownClause = p.start >= ks && p.end <= ke;
                        if (p.start > f.end)
                            s += ownClause ? 30 : 3; // "a $N arrangement with X"
                        else if (ownClause)
                            s += 30; // "a contract with X to purchase $N"
                    }
                    if (inSentence(p) && p.prevWord == QStringLiteral("by") && p.start > f.end
                        && has(ctx.lowerSlice(f.end, p.start), suppliedByWords, suppliedBy))
                        s += 100; // "GPUs supplied by X"
                    if (inSentence(p) && p.buyerCue)
                        s -= 100;
                    // Between a cloud and the other side of "a deal with", the cloud provides: its name
                    // beats the word order (30), not a role the sentence states (100).
                    if (inSentence(p) && std::any_of(ps.cbegin(), ps.cend(), [&](const Party &q) {
                            return q.root != p.root && q.prevWord == u"with";
                        }) && (isCloudName(p.mentionName) || m_cloudNames.contains(p.mentionName)
                               || isCloudName(text.mid(p.start, p.end - p.start)) || hasCloudDescription(p.following)))
                        s += 60;
                    if (winner && p.root == winner->root)
                        s += 100; // won the contract another lost
                    if (subjectProvides && p.end <= f.start && inSentence(p) && !p.possessive)
                        s += 100; // "X was awarded a $N contract to provide …"

                    if (supply && p.root == supply->first)
                        s += 200; // "X signed a deal with Y to supply": outweighs Y's "with" and cues
                    else if (supply && p.root == supply->second)
                        s -= 200;
                    if (p.name != p.root)
                        s += 1; // a division (a cloud unit) rather than a whole group
                    best = std::max(best, s);
                  }
                  return best;
                };
                const Party *provider = nullptr;
                int best = std::numeric_limits<int>::min();
                for (const Party &p : cands)
                    if (score(p) > best) {
                        best = score(p);
                        provider = &p;
                    }
                const Party *buyer = nullptr;
                int worst = std::numeric_limits<int>::max();
                for (const Party &p : cands)
                    if (&p != provider && score(p) < worst) {
                        worst = score(p);
                        buyer = &p;
                    }
                if ((cands.size() == 1 && best <= 0) || (shared >= 0 && !buyer)) {
                    buyer = provider;
                    provider = nullptr;
                }
                if (buyer) {
                    subjects << buyer->root;
                    subjectName = buyer->name;
                }
                if (m.part != QStringLiteral("total") && m.part != QStringLiteral("target"))
                    setObject(provider); // a total or a goal spans several providers
                break;
            }
            case Metric::Other: {
                const Party *p = ownerBeforeFigure();
                if (!p)
                    p = nearestBefore([](const Party &) { return true; });
                if (p) {
                    subjects << p->root;
                    subjectName = p->name;
                }
                break;
            }
            }
            // A gapped list of holders ("A owns 51% and B 49%"): each holds its own part of one
            // thing, never a part of the other; that thing may be named just before. So with
            // capacity ("A added 600 MW, B 600 MW, and C 1,600 MW"): each is its figure's subject.
            const Metric firstMetric = fi > 0 && !out.isEmpty() && out.last().start == figs.at(fi - 1)->start
                ? out.last().metric : Metric::Other;
            if (gapped.at(fi) && (m.metric == firstMetric || m.metric == Metric::Other)
                && (firstMetric == Metric::StakePercent || firstMetric == Metric::StakeValue || firstMetric == Metric::Investment
                    || firstMetric == Metric::CapacityPower)) {
                // No one listed is the counterparty of a figure listed before it, and the list's
                // first figure is said of who leads it ("A added 600 MW, B 600 MW": A's, not B → A).
                QSet<QString> listed{gapped.at(fi)->root};
                qsizetype listStart = fi - 1;
                for (; listStart > 0 && gapped.at(listStart); --listStart)
                    listed.insert(gapped.at(listStart)->root);
                for (qsizetype j = out.size() - 1, k = fi - 1; j >= 0 && k >= listStart && out.at(j).start == figs.at(k)->start; --j, --k) {
                    FactMention &r = out[j];
                    if (k == listStart && listed.contains(r.subject)) {
                        if (const Party *lead = actorBefore(ctx, sentence, ps, figs.at(k)->start, QString())) {
                            r.subject = lead->root;
                            r.subjectName = lead->name;
                        }
                    }
                    if (listed.contains(r.object) || r.object == r.subject)
                        r.object = r.objectName = QString();
                }
                FactMention &first = out.last();
                m.metric = firstMetric;
                m.derivedRatio = false; // "B 14% of X" is B's stake, not a ratio
                // "… and B 14% of X": what the list holds, named after its last figure.
                const Party *held = firstWhere([&](const Party &p) {
                    const QString between = ctx.lowerSlice(f.end, p.start).trimmed();
                    return p.start >= f.end && p.start - f.end <= 8 && (between == u"of" || between == u"in");
                });
                if (held && first.object.isEmpty() && held->root != first.subject && held->root != gapped.at(fi)->root) {
                    first.object = held->root;
                    first.objectName = held->name;
                }
                if (first.object.isEmpty() && si > 0 && paragraph.contains(ctx.sentences.at(si - 1).start)) {
                    const std::optional<Party> held = describedThenNamed(ctx, ctx.sentences.at(si - 1));
                    if (held && held->root != first.subject && held->root != gapped.at(fi)->root) {
                        first.object = held->root;
                        first.objectName = held->name;
                    }
                }
                subjects = {gapped.at(fi)->root};
                subjectName = gapped.at(fi)->name;
                object = first.object;
                objectName = first.objectName;
                statedParties.insert(first.start);
                statedParties.insert(f.start);
            }
            if (subjects.isEmpty())
                subjects << QString();
            for (const QString &s : std::as_const(subjects)) {
                FactMention one = m;
                one.subject = s;
                one.subjectName = subjects.size() > 1 ? s : (subjectName.isEmpty() ? s : subjectName);
                one.object = object;
                one.objectName = objectName.isEmpty() ? object : objectName;
                out.append(std::move(one));
            }
        }
    }

    // Fill parties a sentence leaves implicit: from the reading just before
    // with the same metric ("The investment arrives in two tranches"), else
    // the article's most named organisation as investee or company.
    const QStringList salient = ctx.rootsBySalience();
    // "The company said it would invest …", "The Swedish group also plans …": a
    // sentence that opens with a company described, not named, speaks of the
    // company the sentence before leads with (else the article's main one).
    static const auto describedCompany = rx(R"(^\W*the (\w+[- ]){0,2}(company|group|firm|giant|chipmaker|startup|start-up|)"
                                            R"(lender|bank|carmaker|automaker|insurer|retailer|conglomerate|operator|miner|)"
                                            R"(utility|developer|manufacturer|provider|maker)\b)");
    // What the pattern cannot match without: "the " after the characters \W stands for
    // (none of t, h, e has another caseless form; the stretch is lowered).
    auto opensWithThe = [](QStringView s) {
        qsizetype i = 0;
        while (i < s.size() && !CaselessWords::isWordChar(s.at(i)))
            ++i;
        return s.mid(i).startsWith(u"the ");
    };
    for (FactMention &m : out) {
        if (!m.subject.isEmpty() || m.keptApart() || m.metric == Metric::Other)
            continue;
        const QString opening = ctx.lowerSlice(m.sentenceStart, m.sentenceStart + 60);
        if (!opensWithThe(opening) || !has(opening, describedCompany))
            continue;
        QString subject;
        // The subject of a reading in the two sentences before, else who those sentences name first.
        for (const FactMention &o : std::as_const(out)) {
            if (&o == &m)
                break;
            if (!o.subject.isEmpty() && o.subject != m.object && m.sentenceStart > o.sentenceStart
                && m.paragraphStart == o.paragraphStart)
                subject = o.subject;
        }
        const qsizetype si = SentenceSplitter::indexOf(ctx.sentences, m.sentenceStart);
        for (qsizetype back = si - 1; subject.isEmpty() && back >= 0 && back >= si - 2; --back)
            for (const Party &p : ctx.partiesIn(ctx.sentences.at(back).start, ctx.sentences.at(back).end))
                if (!p.viaProduct && p.root != m.object) {
                    subject = p.root;
                    break;
                }
        if (subject.isEmpty() && !salient.isEmpty() && salient.first() != m.object)
            subject = salient.first();
        if (!subject.isEmpty())
            m.subject = m.subjectName = subject;
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        FactMention &m = out[i];
        const bool investment = m.metric == Metric::Investment || m.metric == Metric::StakePercent
            || m.metric == Metric::StakeValue;
        const bool company = m.metric == Metric::Valuation || m.metric == Metric::ValuationPre
            || m.metric == Metric::ValuationPost || m.metric == Metric::RoundTotal;
        if ((!investment && !company && m.metric != Metric::ComputeCommitment) || statedParties.contains(m.start))
            continue;
        // "will invest $1.6 billion to bring the plant back online": money spent on
        // the company's own plans names no other company to invest in.
        static const auto ownSpending = rx(R"(^\W*(over (the next )?\w+ years? )?(to (build|bring|expand|upgrade|develop|modernise|)"
                                           R"(modernize|restart|add|boost|open|construct|create|improve|increase)\b|(in|on|into) (its|their) own\b))");
        static const CaselessWords ownSpendingWords{"to", "own"};
        // "a 49% stake … in the toll-road operator": a company described, not named, is
        // not the article's main company either; nor is the company a merger makes
        // ("will own ~50% of the combined company").
        static const auto describedTarget = rx(R"(^([^.;]|\.\d){0,50}\b((in|into) (a|an|the) (\w+[- ]){0,2}(operator|maker|developer|startup|)"
                                               R"(start-up|lender|provider|manufacturer|producer|platform|owner|retailer|carrier|)"
                                               R"(airline|insurer|miner|utility|chipmaker|unit|subsidiary)|)"
                                               R"((of|in|into) the (combined|merged|enlarged) (company|group|entity|business|firm))\b)");
        static const CaselessWords describedTargetWords{"in", "into", "of"};
        // "(Backed by X,) the fund aims to raise up to $400 million": an investment fund's own
        // raise is no company's round, so no company named before is given it.
        static const auto fundClause = rx(R"((^|[,;])\W*the (\w+[- ]){0,2}fund\b[^,;]*$)");
        static const CaselessWords fundWords{"fund"};
        if (company && m.subject.isEmpty() && has(ctx.lowerSlice(m.sentenceStart, m.start), fundWords, fundClause))
            continue;
        // "the Borealis Project, a $90 billion, four-year investment": a sum set beside a name
        // is the size of what is named, its own spending, not money put into another company.
        static const auto apposition = rx(R"(^\s*,\s*(a|an)\s+$)");
        const bool sizeOfNamed = m.metric == Metric::Investment && std::any_of(ctx.parties.cbegin(), ctx.parties.cend(), [&](const Party &p) {
            return p.end <= m.start && m.start - p.end <= 6 && has(ctx.lowerSlice(p.end, m.start), apposition);
        });
        const qsizetype after = pastRestatement(ctx, m.end);
        const bool spendsOnItself = investment && m.object.isEmpty()
            && ((m.metric == Metric::Investment
                 && (has(ctx.lowerSlice(after, after + 60), ownSpendingWords, ownSpending)
                     || investedInThing(ctx, after, ctx.sentences.at(SentenceSplitter::indexOf(ctx.sentences, m.sentenceStart)).end)))
                || has(ctx.lowerSlice(after, after + 80), describedTargetWords, describedTarget) || sizeOfNamed
                || unnamedTargets.contains(m.start));
        const bool ownStory = isRoundupItem(ctx, m.paragraphStart);
        auto sameStory = [&](const FactMention &o) { return !ownStory || o.paragraphStart == m.paragraphStart; };
        if (m.subject.isEmpty() || (investment && m.object.isEmpty())) {
            for (qsizetype j = i - 1; j >= 0; --j) {
                const FactMention &prev = out.at(j);
                if (m.sentenceStart - prev.sentenceStart > 600 || !sameStory(prev))
                    break;
                if (prev.metric != m.metric || prev.keptApart())
                    continue;
                if (m.subject.isEmpty() && !prev.subject.isEmpty() && prev.subject != m.object
                    && prev.subject != losers.value(m.start) && !unnamedBuyers.contains(m.start)) {
                    m.subject = prev.subject;
                    m.subjectName = prev.subjectName;
                }
                if (investment && m.object.isEmpty() && !prev.object.isEmpty() && prev.object != m.subject
                    && !spendsOnItself) {
                    m.object = prev.object;
                    m.objectName = prev.objectName;
                }
                break;
            }
        }
        // "The Series B was co-led by X and Y": the round is the company's that the sentence before
        // or the headline says raises; failing one, no company (the article's main one may be a backer).
        if (backedRounds.contains(m.start) && m.subject.isEmpty()) {
            if (const auto raiser = raiserNamedBefore(ctx, m.sentenceStart)) {
                m.subject = raiser->root;
                m.subjectName = raiser->name;
            }
            continue;
        }
        if (company && m.subject.isEmpty() && !salient.isEmpty()) {
            // A roundup item's company is the item's most named one, not the article's.
            const qsizetype pi = SentenceSplitter::indexOf(ctx.paragraphs, m.paragraphStart);
            for (const QString &root : salient)
                if (!ownStory || std::any_of(ctx.parties.cbegin(), ctx.parties.cend(), [&](const Party &p) {
                        return p.root == root && ctx.paragraphs.at(pi).contains(p.start);
                    })) {
                    m.subject = m.subjectName = root;
                    break;
                }
        }
        if (investment && m.object.isEmpty() && !m.subject.isEmpty() && !spendsOnItself) {
            for (qsizetype j = i - 1; j >= 0 && m.object.isEmpty() && sameStory(out.at(j)); --j)
                if (out.at(j).metric == Metric::Investment && !out.at(j).object.isEmpty()
                    && out.at(j).object != m.subject && !out.at(j).keptApart()) {
                    m.object = out.at(j).object;
                    m.objectName = out.at(j).objectName;
                }
        }
        if (investment && m.object.isEmpty() && !m.subject.isEmpty() && !spendsOnItself && !ownStory) {
            const qsizetype namedBy = describedBefore.value(m.start, text.size());
            for (const QString &root : salient)
                if (root != m.subject && ctx.firstPosition(root) < namedBy) {
                    m.object = m.objectName = root;
                    break;
                }
        }
    }
    // An article names one deal several ways ("partnership valued at $N", "$N
    // cloud agreement"): a contract whose value matches a compute commitment of
    // the same article is that commitment.
    for (FactMention &m : out) {
        if (m.metric != Metric::ContractValue)
            continue;
        for (const FactMention &o : std::as_const(out))
            if (o.metric == Metric::ComputeCommitment && o.unit == m.unit && o.value == m.value && !o.keptApart()
                && o.part.isEmpty() && !o.subject.isEmpty()) {
                m.metric = o.metric;
                takeParties(m, o);
                break;
            }
    }
    // A reading missing one party of a deal the article states elsewhere
    // with the same value, metric and other party ("X and Y sign a $N deal",
    // with X unrecognised in a heading) takes the missing party from there.
    for (FactMention &m : out) {
        if (m.metric != Metric::ComputeCommitment || m.keptApart() || (!m.subject.isEmpty() && !m.object.isEmpty())
            || (m.subject.isEmpty() && m.object.isEmpty()))
            continue;
        for (const FactMention &o : std::as_const(out))
            if (&o != &m && o.metric == m.metric && o.unit == m.unit && o.value == m.value && o.part == m.part
                && !o.keptApart() && !o.subject.isEmpty() && !o.object.isEmpty()
                && (o.subject == m.subject || o.object == m.object)) {
                takeParties(m, o);
                break;
            }
    }
    // A deal re-reported by its value ("an estimated $N agreement (2023)")
    // when the article states an investment of that value, year and pair of
    // parties: it is that investment, not a second deal.
    auto samePair = [](const FactMention &a, const FactMention &b) {
        return !a.subject.isEmpty() && !a.object.isEmpty()
            && ((a.subject == b.subject && a.object == b.object) || (a.subject == b.object && a.object == b.subject));
    };
    for (FactMention &m : out) {
        if ((m.metric != Metric::ComputeCommitment && m.metric != Metric::ContractValue) || m.time.isEmpty()
            || m.keptApart() || m.retracted)
            continue;
        for (const FactMention &o : std::as_const(out))
            if (o.metric == Metric::Investment && o.unit == m.unit && o.value == m.value && o.time == m.time
                && !o.keptApart() && !o.retracted && samePair(o, m)) {
                m.metric = o.metric;
                m.part = o.part;
                takeParties(m, o);
                break;
            }
    }
    // "Swiggy and Nexus Ventures, which own 12.32% and 8.19%, respectively": a list of
    // holders and a list of as many figures pair up in order.
    static const CaselessWords respectivelyWords{"respectively"};
    for (qsizetype i = 0; i < out.size();) {
        const qsizetype first = i;
        auto holding = [](const FactMention &m) {
            return m.metric == Metric::StakePercent || m.metric == Metric::StakeValue || m.metric == Metric::Investment;
        };
        // The run of figures listed side by side ("12.32% and 8.19%"), one reading each.
        qsizetype last = i;
        static const auto figureJoiner = rx(R"(^[\s,]*(and\s+)?$)");
        while (last + 1 < out.size() && holding(out.at(last)) && out.at(last + 1).sentenceStart == out.at(first).sentenceStart
               && out.at(last + 1).metric == out.at(first).metric && out.at(last + 1).start > out.at(last).end
               && has(text.mid(out.at(last).end, out.at(last + 1).start - out.at(last).end), figureJoiner))
            ++last;
        i = last + 1;
        const qsizetype k = last - first + 1;
        if (k < 2 || !holding(out.at(first)))
            continue;
        const qsizetype si = SentenceSplitter::indexOf(ctx.sentences, out.at(first).start);
        if (si < 0 || !respectivelyWords.in(ctx.lowerSlice(out.at(last).end, ctx.sentences.at(si).end)))
            continue;
        // The last run of parties joined by commas and "and" before the figures.
        QList<const Party *> run;
        for (const Party &p : ctx.parties) {
            if (p.start < ctx.sentences.at(si).start || p.end > out.at(first).start)
                continue;
            if (!run.isEmpty() && !isListJoiner(QStringView(text).mid(run.last()->end, p.start - run.last()->end)))
                run.clear();
            run.append(&p);
        }
        if (run.size() != k)
            continue;
        for (qsizetype j = 0; j < k; ++j) {
            FactMention &m = out[first + j];
            m.subject = run.at(j)->root;
            m.subjectName = run.at(j)->name;
            if (m.object == m.subject)
                m.object = m.objectName = QString();
        }
    }
    // "X will take 34% of Y in a deal worth $N": the sum pays for that stake.
    static const auto stakeDeal = rx(R"(^[^.;]{0,60}\bin an? (deal|transaction|agreement) (worth|valued at)( about| roughly| approximately| around| nearly| some)?\W*$)");
    for (qsizetype i = 1; i < out.size(); ++i) {
        FactMention &m = out[i];
        const FactMention &stake = out.at(i - 1);
        if (m.kind != FigureKind::Money || (m.metric != Metric::ContractValue && m.metric != Metric::ComputeCommitment)
            || stake.metric != Metric::StakePercent || stake.sentenceStart != m.sentenceStart || stake.end > m.start
            || stake.keptApart() || !has(QStringView(text).mid(stake.end, m.start - stake.end).toString(), stakeDeal))
            continue;
        m.metric = Metric::StakeValue;
        m.part.clear();
        takeParties(m, stake);
    }
    // "Rs 100 crore ($14 million)": a sum restated in another currency in
    // brackets right after it is the same sum, so it carries its reading.
    for (FactMention &m : out) {
        if (m.kind != FigureKind::Money || m.retracted)
            continue;
        for (const FactMention &o : std::as_const(out)) {
            // The positions first: every pair of money readings is asked, few stand side by side.
            if (o.sentenceStart != m.sentenceStart || o.end > m.start || m.start - o.end > 60
                || o.kind != FigureKind::Money || o.unit == m.unit || o.retracted || o.keptApart())
                continue;
            // "(" right before it, and between the two sums only words ("… crore pre-money value ($N …");
            // a word of approximation may open the brackets ("Rs 1,002 crore (approximately $120 million)").
            QStringView between = QStringView(text).mid(o.end, m.start - o.end).trimmed();
            static const auto approxOpen = rx(R"(\(\s*(approximately|approx\.?|about|around|roughly|nearly|some|c\.|~)\s*$)");
            if (!between.endsWith(u'(') && between.contains(u'(')) {
                const QRegularExpressionMatch am = matchIn(approxOpen, between);
                if (am.hasMatch())
                    between = between.left(am.capturedStart() + 1);
            }
            if (!between.endsWith(u'(')
                || std::any_of(between.cbegin(), between.cend() - 1, [](QChar c) {
                       return c.isDigit() || c == u'(' || c == u')' || c == u'.' || c == u';' || c == u',';
                   }))
                continue;
            m.metric = o.metric;
            m.part = o.part;
            takeRestated(m, o);
            break;
        }
    }
    // "a stake of about $135 billion - or 27% -", "a 10% stake (or $2 billion)": the
    // same stake restated by its other measure right after it carries its reading.
    static const auto restatedOr = rx(R"(^\s*((stake|holding|shareholding|interest)\s*)?[-,(\x{2013}\x{2014}]?\s*or\s+((about|roughly|approximately|around|nearly|some|almost)\s+)?$)");
    static const CaselessWords orWords{"or"};
    for (qsizetype i = 1; i < out.size(); ++i) {
        FactMention &m = out[i];
        const FactMention &o = out.at(i - 1);
        if (m.metric != Metric::Other || m.derivedRatio || m.retracted || o.sentenceStart != m.sentenceStart
            || o.end > m.start || m.start - o.end > 20 || o.keptApart()
            || !((m.kind == FigureKind::Percent && o.metric == Metric::StakeValue)
                 || (m.kind == FigureKind::Money && o.metric == Metric::StakePercent)))
            continue;
        const QString between = ctx.lowerSlice(o.end, m.start);
        if (!has(between, orWords, restatedOr))
            continue;
        m.metric = m.kind == FigureKind::Percent ? Metric::StakePercent : Metric::StakeValue;
        takeRestated(m, o);
    }
    // "X backed Y, contributing $100 million to a $6.6 billion funding round": a round
    // read as the investor's is the round of the company it invests in, in that sentence.
    for (FactMention &m : out) {
        if (m.metric != Metric::RoundTotal || m.subject.isEmpty())
            continue;
        for (const FactMention &o : std::as_const(out)) {
            if (o.metric == Metric::Investment && o.sentenceStart == m.sentenceStart && o.start < m.start
                && o.subject == m.subject
                && !o.object.isEmpty() && o.object != m.subject) {
                m.subject = o.object;
                m.subjectName = o.objectName;
                break;
            }
        }
    }
    // "$N, not $M": the withdrawn value was said of the same thing as the
    // value that corrects it, so it carries its reading.
    for (FactMention &m : out) {
        if (!m.retracted)
            continue;
        const FactMention *fix = nullptr;
        for (const FactMention &o : std::as_const(out))
            if (!o.retracted && o.sentenceStart == m.sentenceStart && o.kind == m.kind && o.unit == m.unit
                && std::max(o.start, m.start) - std::min(o.end, m.end) <= 40
                && (!fix || std::abs(o.start - m.start) < std::abs(fix->start - m.start)))
                fix = &o;
        if (!fix)
            continue;
        m.metric = fix->metric;
        m.part = fix->part;
        m.subject = fix->subject;
        m.subjectName = fix->subjectName;
        m.object = fix->object;
        m.objectName = fix->objectName;
        if (m.time.isEmpty()) {
            m.time = fix->time;
            m.precision = fix->precision;
        }
    }
    return out;
}

} // namespace DealScope
