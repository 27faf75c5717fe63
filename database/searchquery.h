// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace DealScope {

// A search as a person types it, made safe for SQLite's FTS5: words, quoted
// phrases, prefixes (`gigawat*`), OR between words, NOT before a word. Every
// word is cut into tokens the way the index cuts text (letters and digits,
// case and accents folded) and quoted, so no input can be read as FTS5
// syntax: `OPS-306` is the phrase "ops 306", `a:b` the phrase "a b", `$38`
// the token 38. Hits are found again in the article text by the same
// tokenizer, which gives their UTF-16 offsets directly (FTS5 counts bytes).
class SearchQuery
{
public:
    static constexpr int MaxTerms = 64;

    struct Term
    {
        QStringList tokens; // folded; more than one for a phrase
        bool prefix = false; // the last token is a prefix
        bool negated = false;
        int group = 0;       // terms of one group are ANDed, groups ORed
    };

    struct Token
    {
        qsizetype start = 0; // UTF-16 offsets, end exclusive
        qsizetype end = 0;
        QString folded;
    };

    struct Span
    {
        qsizetype start = 0;
        qsizetype end = 0;
        friend bool operator==(const Span &a, const Span &b) { return a.start == b.start && a.end == b.end; }
    };

    static SearchQuery parse(const QString &input);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }     // why the query cannot run
    QStringList warnings() const { return m_warnings; }
    QString text() const { return m_text; }
    const QList<Term> &terms() const { return m_terms; }

    QString ftsExpression() const;
    // Where the query's (not negated) terms occur in `text`, sorted, not
    // overlapping; hits separated only by white space are joined. `tokens`
    // are tokenSpans(text), when the caller has them already.
    QList<Span> findHits(const QString &text) const;
    QList<Span> findHits(const QString &text, const QList<Span> &tokens) const;

    // The index's tokenizer: runs of letters, digits and marks, folded.
    static QList<Token> tokenize(const QString &text);
    // The same tokens without folding (no string per token): what search
    // results need for hits and snippets, fifty articles per query.
    static QList<Span> tokenSpans(QStringView text);
    static QString fold(QStringView token);

private:
    QString m_text;
    QList<Term> m_terms;
    QString m_error;
    QStringList m_warnings;
};

} // namespace DealScope
