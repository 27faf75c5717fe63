// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselesswords.h"

#include <algorithm>
#include <atomic>

namespace DealScope {

namespace {

const std::array<quint8, 0x10000> &letterIndexTable()
{
    static const std::array<quint8, 0x10000> table = [] {
        std::array<quint8, 0x10000> t;
        for (size_t u = 0; u < t.size(); ++u) {
            const char letter = CaselessWords::fold(QChar(char16_t(u)));
            t[u] = letter ? quint8(letter - 'a') : quint8(26);
        }
        return t;
    }();
    return table;
}

int pairKey(const QByteArray &letters)
{
    return (letters.at(0) - 'a') * 26 + (letters.at(1) - 'a');
}

} // namespace

CaselessWords::Pairs::Pairs(const QList<Word> &words)
{
    Q_ASSERT(words.size() < 256);
    for (qsizetype i = 0; i < words.size(); ++i)
        m_order.append(quint8(i));
    std::stable_sort(m_order.begin(), m_order.end(), [&words](quint8 a, quint8 b) {
        return pairKey(words.at(a).letters) < pairKey(words.at(b).letters);
    });
    qsizetype next = 0;
    for (int key = 0; key <= 26 * 26; ++key) {
        while (next < m_order.size() && pairKey(words.at(m_order.at(next)).letters) < key)
            ++next;
        m_from[size_t(key)] = quint8(next);
    }
}

CaselessWords::CaselessWords(std::initializer_list<const char *> words)
    : CaselessWords(QList<QByteArray>(words.begin(), words.end()))
{
}

CaselessWords::CaselessWords(const QList<QByteArray> &words)
    : CaselessWords(parse(words), {})
{
}

CaselessWords::CaselessWords(std::initializer_list<const CaselessWords *> lists)
    : CaselessWords(
        [&lists] {
            Q_ASSERT(lists.size() <= 64);
            QList<Word> out;
            quint64 bit = 1;
            for (const CaselessWords *list : lists) {
                for (const Word &w : list->m_words) {
                    // A word two lists share is looked at once.
                    auto same = std::find_if(out.begin(), out.end(), [&w](const Word &o) {
                        return o.letters == w.letters && o.boundaryBefore == w.boundaryBefore
                            && o.boundaryAfter == w.boundaryAfter;
                    });
                    if (same == out.end()) {
                        out.append(w);
                        out.last().lists = bit;
                    } else {
                        same->lists |= bit;
                    }
                }
                bit <<= 1;
            }
            return out;
        }(),
        QList<const CaselessWords *>(lists.begin(), lists.end()))
{
}

QList<CaselessWords::Word> CaselessWords::parse(const QList<QByteArray> &words)
{
    QList<Word> out;
    for (QByteArray s : words) {
        Word w;
        if (s.startsWith('*')) {
            w.boundaryBefore = false;
            s.remove(0, 1);
        }
        if (s.endsWith('*')) {
            w.boundaryAfter = false;
            s.chop(1);
        }
        Q_ASSERT(s.size() >= 2 && std::all_of(s.cbegin(), s.cend(), [](char c) { return c >= 'a' && c <= 'z'; }));
        w.letters = s;
        if (s.size() > 2)
            w.third = unsigned(s.at(2) - 'a');
        out.append(w);
    }
    return out;
}

CaselessWords::CaselessWords(QList<Word> words, QList<const CaselessWords *> sources)
    : m_words(std::move(words))
    , m_pairs(m_words)
    , m_sources(std::move(sources))
{
    m_shortest = m_words.isEmpty() ? 0 : m_words.first().letters.size();
    for (const Word &w : std::as_const(m_words)) {
        m_secondLetters[size_t(w.letters.at(0) - 'a')] |= quint32(1) << (w.letters.at(1) - 'a');
        m_shortest = std::min(m_shortest, w.letters.size());
    }
    static std::atomic<int> sets{0}; // sets are made in function statics, on any thread
    m_id = sets++;
    if (!m_sources.isEmpty())
        m_allLists = m_sources.size() == 64 ? ~quint64(0) : (quint64(1) << m_sources.size()) - 1;
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        const int id = m_sources.at(i)->m_id;
        if (id >= m_bitById.size())
            m_bitById.resize(id + 1);
        if (!m_bitById.at(id)) // a list given twice answers with its first bit
            m_bitById[id] = quint64(1) << i;
    }
}

const quint8 *CaselessWords::letterIndices()
{
    static_assert(NoLetter == 26);
    return letterIndexTable().data();
}

quint64 CaselessWords::bitOf(const CaselessWords &list) const
{
    if (m_sources.isEmpty())
        return &list == this ? 1 : 0;
    return list.m_id < m_bitById.size() ? m_bitById.at(list.m_id) : 0;
}

bool CaselessWords::boundaryAt(QStringView text, qsizetype at)
{
    const bool before = at > 0 && isWordChar(text.at(at - 1));
    const bool after = at < text.size() && isWordChar(text.at(at));
    return before != after;
}

bool CaselessWords::matchesAt(const Word &w, QStringView text, qsizetype at) const
{
    const qsizetype n = w.letters.size();
    if (at + n > text.size())
        return false;
    for (qsizetype k = 2; k < n; ++k)
        if (fold(text.at(at + k)) != w.letters.at(k))
            return false;
    return (!w.boundaryBefore || boundaryAt(text, at)) && (!w.boundaryAfter || boundaryAt(text, at + n));
}

bool CaselessWords::in(QStringView text) const
{
    return scan(text, true) != 0;
}

quint64 CaselessWords::which(QStringView text) const
{
    return scan(text, false);
}

template <typename Visit>
void CaselessWords::visitPairs(QStringView text, Visit &&visit) const
{
    if (m_words.isEmpty() || text.size() < m_shortest)
        return;
    const quint8 *const index = letterIndices();
    const quint32 *const rows = m_secondLetters.data();
    const char16_t *const begin = text.utf16();
    const char16_t *const last = begin + text.size() - 1; // the last position a pair can open at
    quint32 row = rows[index[*begin]];
    for (const char16_t *c = begin; c < last; ++c) {
        const unsigned b = index[c[1]];
        if (Q_UNLIKELY((row >> b) & 1)) {
            const unsigned a = index[c[0]];
            const auto [from, to] = m_pairs.wordsOpeningWith(char('a' + a), char('a' + b));
            // The third letter turns most candidates away before a call (at the text's end, none).
            const unsigned third = c + 2 <= last ? index[c[2]] : NoLetter + 1;
            for (const quint8 *i = from; i != to; ++i) {
                const Word &w = m_words.constData()[*i];
                if (w.third != NoLetter && w.third != third)
                    continue;
                if (visit(w, c - begin))
                    return;
            }
        }
        row = rows[b];
    }
}

quint64 CaselessWords::scan(QStringView text, bool any) const
{
    quint64 found = 0;
    visitPairs(text, [&](const Word &w, qsizetype at) {
        if (!(w.lists & ~found) || !matchesAt(w, text, at))
            return false;
        found |= w.lists;
        return any || found == m_allLists;
    });
    return found;
}

QList<CaselessWords::Occurrence> CaselessWords::occurrences(QStringView text) const
{
    QList<Occurrence> out;
    visitPairs(text, [&](const Word &w, qsizetype at) {
        if (matchesAt(w, text, at))
            out.append({at, w.letters.size(), w.lists});
        return false;
    });
    return out;
}

} // namespace DealScope
