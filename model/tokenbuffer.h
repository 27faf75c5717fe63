// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <memory>

namespace DealScope {

// Internal to EntityExtractor (entityextractor.cpp): the word and punctuation
// tokens of one line. A growable array whose append is one compare and one
// store. The tokenizer appends a token for nearly every word, and
// std::vector's push_back was not inlined there (a call per token).
class TokenBuffer
{
public:
    // No default member values: the buffer's storage is allocated without
    // constructing tokens (every article grew it, clearing hundreds of them).
    struct Tok
    {
        qsizetype start;
        qsizetype end;
        quint32 flags; // EntityExtractor's token flags
        qint32 lex;    // index into the frozen lexicon (or "not looked up"); fills the padding
    };

    void clear() { m_size = 0; }
    void reserve(size_t n)
    {
        if (n > m_capacity)
            grow(n);
    }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    Tok &operator[](qsizetype i) { return m_data[i]; }
    const Tok &operator[](qsizetype i) const { return m_data[i]; }
    const Tok &front() const { return m_data[0]; }
    const Tok *begin() const { return m_data.get(); }
    const Tok *end() const { return m_data.get() + m_size; }
    // Room for n more tokens, written by the caller and then committed.
    Q_ALWAYS_INLINE Tok *room(size_t n)
    {
        if (Q_UNLIKELY(m_size + n > m_capacity))
            grow(std::max(m_capacity * 2 + 64, m_size + n));
        return m_data.get() + m_size;
    }
    void commit(size_t n) { m_size += n; }
    // Writes t just past the last token, not counted: a loop looking for a
    // token with some flags stops there without testing the bounds.
    void setSentinel(const Tok &t) { *room(1) = t; }
    Q_ALWAYS_INLINE void push_back(const Tok &t)
    {
        if (Q_UNLIKELY(m_size == m_capacity))
            grow(m_capacity * 2 + 64);
        m_data[m_size++] = t;
    }

private:
    Q_NEVER_INLINE void grow(size_t n);

    std::unique_ptr<Tok[]> m_data;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

} // namespace DealScope
