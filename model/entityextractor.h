// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitymention.h"
#include "gazetteer.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace DealScope {

// Finds organisations, people, products and places: names listed in the
// gazetteer (with aliases and possessives, "Amazon's" is Amazon), and
// unlisted ones from general evidence (legal suffixes, capitalised names in
// the places companies take in deal sentences, titles before people's names).
//
// One pass over the word tokens of each line; gazetteer aliases are found
// through a hash of the case-folded first token, so nothing is allocated per
// word. extract() is const and keeps no state between calls: thread-safe.
class EntityExtractor
{
public:
    explicit EntityExtractor(Gazetteer gazetteer);
    QList<EntityMention> extract(const QString &text) const;
    const Gazetteer &gazetteer() const { return m_gazetteer; }

private:
    // Classes of common words the rules look at (a word may have several).
    enum WordClass : quint32 {
        Stop = 1u << 0,         // never part of a name: "The", "However", "GPU", "May"
        NameTail = 1u << 1,     // may end a name but not start one: "Kiwi AI"
        LegalSuffix = 1u << 2,  // Inc, Ltd, GmbH: an organisation, dropped from its name
        OrgWord = 1u << 3,      // Capital, Ventures, Bank: a name ending so is an organisation
        Institution = 1u << 4,  // Bank, Ministry, University: "X of Y" is an organisation
        Title = 1u << 5,        // CEO, chairman, minister: a person follows or precedes
        Honorific = 1u << 6,    // Mr, Dr: a single name after it is a person
        SpeechVerb = 1u << 7,   // said, told: people speak
        DealVerb = 1u << 8,     // raised, acquired: an organisation acts
        Auxiliary = 1u << 9,    // has, will, also: may stand between a name and its verb
        OrgNoun = 1u << 10,     // startup, lender, rival: an organisation is named next to it
        OrgPlural = 1u << 11,   // investors, clients: "such as A, B and C" are organisations
        ProductNoun = 1u << 12, // chip, model, platform: "Nvidia's X chips" is a product
        Connector = 1u << 13,   // of, de, van: inside names, between capitalised words
        Adverb = 1u << 14,      // sentence-initial adverbs that are not names
        Exchange = 1u << 15,    // NYSE, Nasdaq: a ticker follows the colon
        ListLead = 1u << 16,    // including, like: a list of names follows
        GivenName = 1u << 17,   // a common first name: two capitalised words so are a person
        PrepIn = 1u << 18,      // "invested in X", "stake in X"
        PrepWith = 1u << 19,    // "agreement with X"
        PrepBy = 1u << 20,      // "led by X"
        PrepFrom = 1u << 21,    // "investment from X"
        PrepOf = 1u << 22,      // "acquisition of X"
        DirectObject = 1u << 23,// "acquired X", "to buy X"
        Demonym = 1u << 24,     // Danish, Japanese: before a common noun an adjective, not a name
        NumberWord = 1u << 25,  // Two, Seven: opens a name only if it ends like a company ("Two Sigma Investments")
        PayVerb = 1u << 26,     // pay, paid: "will pay X an upfront fee" names the company paid
    };

    struct AliasToken
    {
        QString text;
        QString folded;
        bool exact = false; // short acronyms and lowercase-first words match case-sensitively
        bool glued = false; // no space before this token
        bool word = true;
        bool upper = false;      // starts with a capital or a digit: the text's word needs a capital
        bool shortMixed = false; // under 4 units, not all capitals: "ARM" is not "Arm"
        bool foldedAsEntry = false; // first token folded exactly as its lexicon entry's word
    };
    struct Alias
    {
        QList<AliasToken> tokens;
        qsizetype entry = -1;
        bool ticker = false;
        // The lexicon key of the second token when it is a word, else 0: a
        // text whose next word has another key cannot match, which is told
        // without reading the alias's tokens.
        quint64 secondKey = 0;
    };
    struct LexEntry
    {
        QString folded;         // case-folded word, to confirm a hash hit
        quint32 classes = 0;
        QList<qsizetype> aliases; // aliases starting with this word, most tokens first
    };
    struct Item;
    struct Scan;
    friend struct Scan;

    void addAlias(const QString &text, qsizetype entry, bool ticker);
    void addWords(const char *words, quint32 classes);
    const LexEntry *lookup(QStringView word) const;
    // The word's index into m_lexEntries, -1 when not listed. `readable`:
    // how many units from the word's start may be read (the text goes on).
    qint32 lookupIndex(QStringView word, qsizetype readable = 0) const;
    qint32 lookupIndexSlow(QStringView word) const;
    template<bool Hashed>
    qint32 probe(quint64 key, QStringView word) const;
    quint32 classesOf(QStringView word) const;

    Gazetteer m_gazetteer;
    QList<Alias> m_aliases;
    QHash<quint64, LexEntry> m_lexicon; // case-folded word hash → entry, while building
    // The lexicon frozen for lookups: an open-addressing table of (key,
    // index into m_lexEntries), probed linearly. A key is the case-folded
    // word itself for the usual ASCII words of up to 8 units (one compare
    // confirms a hit), else its hash. Slots are 16 bytes, so the table takes
    // half the cache lines of one with the word inlined next to its hash.
    struct LexSlot
    {
        quint64 key = 0;
        qint32 index = -1;
    };
    void freezeLexicon();
    std::vector<LexEntry> m_lexEntries;
    // Per entry, its classes and whether an alias starts with it: what
    // nearly every rule asks, in 4 bytes an entry rather than in LexEntry.
    std::vector<quint32> m_lexInfo;
    static constexpr quint32 kHasAliases = 1u << 31;
    std::vector<LexSlot> m_lexSlots;
    // A bit per (length, first and last four folded units) of the listed
    // words longer than 8 units: a long word of a text whose bit is clear
    // is not listed, found without hashing it (see longWordBit()).
    std::vector<quint64> m_longWordBits;
    quint64 m_lexMask = 0;
    int m_lexShift = 64;
    // Product aliases without their maker's word ("Google Gemini" →
    // "Gemini"): only used once the full name appeared in the text.
    QHash<qsizetype, QStringList> m_shortForms;
};

} // namespace DealScope
