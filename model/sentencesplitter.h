// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace DealScope {

// Splits article text into paragraphs (lines) and sentences. Headings and
// bullet items are lines of their own, so they become their own units; a
// full stop inside an abbreviation ("Inc.", "U.S.", "Nov.") or a decimal
// ("2.5") does not end a sentence.
class SentenceSplitter
{
public:
    struct Span
    {
        qsizetype start = 0; // UTF-16 offsets, end exclusive
        qsizetype end = 0;
        bool contains(qsizetype pos) const { return start <= pos && pos < end; }
        friend bool operator==(const Span &a, const Span &b) { return a.start == b.start && a.end == b.end; }
    };

    static QList<Span> paragraphs(const QString &text);
    static QList<Span> sentences(const QString &text);
    // The same, from the text's paragraphs() when the caller has them already.
    static QList<Span> sentences(const QString &text, const QList<Span> &paragraphs);
    // The index of the span holding `pos`, or -1.
    static qsizetype indexOf(const QList<Span> &spans, qsizetype pos);

private:
    static void splitParagraph(const QString &text, Span paragraph, QList<Span> &out);
    static bool isAbbreviation(const QString &text, qsizetype dot, qsizetype wordStart);
};

} // namespace DealScope
