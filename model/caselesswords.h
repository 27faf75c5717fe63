// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

#include <array>
#include <initializer_list>

namespace DealScope {

// Whether any of a few words occurs in a text, compared the way a
// case-insensitive QRegularExpression (PCRE2) compares them: ASCII letters in
// either case, plus the two other characters that fold to ASCII letters,
// ſ (U+017F, to s) and the Kelvin sign (U+212A, to k). A word boundary is
// PCRE2's \b without Unicode properties: between a character of [A-Za-z0-9_]
// and one that is not (or the end of the text).
//
// Meant as a precheck: a regular expression that cannot match without one of
// the words is skipped when none is present; a scan costs a fraction of a match.
class CaselessWords
{
public:
    // Lower-case ASCII letters, at least two each. "word" is a whole word
    // (\bword\b), "stem*" a word that starts with stem (\bstem), "*part*"
    // the letters anywhere (part), "*end" a word that ends with them (end\b).
    CaselessWords(std::initializer_list<const char *> words);
    explicit CaselessWords(const QList<QByteArray> &words);
    // The words of several lists (at most 64), scanned together: which() says
    // which lists occur in a text, for the price of one scan instead of one per list.
    explicit CaselessWords(std::initializer_list<const CaselessWords *> lists);

    // True when one of the words occurs in `text`.
    bool in(QStringView text) const;
    // Bit i set when the i-th list given to the constructor has a word in
    // `text` (bit 0 alone for a single list).
    quint64 which(QStringView text) const;
    // The bit which() gives `list` (one of the lists this set was made of), or 0.
    quint64 bitOf(const CaselessWords &list) const;

    // A word where it stands in a text: its first letter's offset, its letters, its lists' bits.
    struct Occurrence
    {
        qsizetype position = 0;
        qsizetype length = 0;
        quint64 lists = 0;
    };
    // Every place in `text` a word stands (where in() would find one), in order: one scan
    // answers for any stretch of the text that opens and closes where words cannot go on.
    QList<Occurrence> occurrences(QStringView text) const;

    // The ASCII letter `c` stands for in a caseless match (lower case), or 0.
    static char fold(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 0x80)
            return asciiFold[u];
        return u == 0x017F ? 's' : u == 0x212A ? 'k' : 0;
    }
    // A character of \w without Unicode properties.
    static bool isWordChar(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
    }

private:
    // fold() of the ASCII characters: a table, as the scan asks for every character.
    static constexpr std::array<char, 128> asciiFold = [] {
        std::array<char, 128> t{};
        for (int c = 'a'; c <= 'z'; ++c)
            t[size_t(c)] = t[size_t(c - 'a' + 'A')] = char(c);
        return t;
    }();

    // A letter's place in the alphabet (0..25) as fold() gives it, 26 for any
    // other character: the scan's per-character step, one lookup in a table of
    // every UTF-16 unit (64 KB, of which ASCII text reads the first 128 bytes),
    // without a branch on the character.
    static constexpr unsigned NoLetter = 26;
    static const quint8 *letterIndices();

    struct Word
    {
        QByteArray letters;
        bool boundaryBefore = true;
        bool boundaryAfter = true;
        quint64 lists = 1; // the lists it belongs to (bits as which() gives them)
        unsigned third = NoLetter; // its third letter's index, NoLetter if it has two
    };

    static QList<Word> parse(const QList<QByteArray> &words);
    CaselessWords(QList<Word> words, QList<const CaselessWords *> sources);
    // The lists with a word in `text`; stops at the first word found when `any` is set.
    quint64 scan(QStringView text, bool any) const;
    // Calls visit(word, offset) wherever a word's opening pair stands, until it returns true.
    template <typename Visit>
    void visitPairs(QStringView text, Visit &&visit) const;

    // The words by their first two letters: a scan looks at a word only
    // where the text holds its opening pair, one table lookup per position.
    class Pairs
    {
    public:
        explicit Pairs(const QList<Word> &words);
        // Indices into the words opening with the pair (a, b), lower-case letters.
        std::pair<const quint8 *, const quint8 *> wordsOpeningWith(char a, char b) const
        {
            const int key = (a - 'a') * 26 + (b - 'a');
            return {m_order.data() + m_from[size_t(key)], m_order.data() + m_from[size_t(key) + 1]};
        }

    private:
        std::array<quint8, 26 * 26 + 1> m_from{}; // where each pair's words start in m_order
        QList<quint8> m_order;                    // word indices sorted by pair
    };

    bool matchesAt(const Word &w, QStringView text, qsizetype at) const;
    static bool boundaryAt(QStringView text, qsizetype at);

    QList<Word> m_words;
    Pairs m_pairs;
    // Row a, bit b: a word opens with letters a, b (letterIndex(); row 26,
    // no letter, stays empty). The scan keeps the row of the character it
    // left and tests the next one with a shift: a branch taken only where a
    // word's opening pair stands is rarely mispredicted, unlike a test of
    // the first letter alone.
    std::array<quint32, NoLetter + 1> m_secondLetters{};
    qsizetype m_shortest = 0; // letters in the shortest word: shorter texts hold none
    QList<const CaselessWords *> m_sources; // the lists a merged set was made of
    quint64 m_allLists = 1;
    // Every set gets a number; a merged set keeps its lists' bits by number,
    // as bitOf() is asked about list after list of every window scanned.
    int m_id = 0;
    QList<quint64> m_bitById;
};

} // namespace DealScope
