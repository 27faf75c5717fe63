// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencesplitter.h"

#include "stopfinder.h"

#include <QSet>

namespace DealScope {

namespace {

// Words that end with a full stop without ending the sentence.
const QSet<QString> &abbreviations()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        const char *list[] = {"inc", "corp", "co", "ltd", "plc", "llc", "mr", "mrs", "ms", "dr", "prof", "st",
                              "jr", "sr", "vs", "etc", "no", "nos", "approx", "est", "dept", "fig", "gov",
                              "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                              "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "bn", "mn", "mln",
                              "e.g", "i.e", "cf", "al", "ca", "rs", "av", "bros"};
        for (const char *w : list)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

bool isBlank(const QString &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i)
        if (!text.at(i).isSpace())
            return false;
    return true;
}

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'\u201D' || c == u'\u2019'
        || c == u'*';
}

} // namespace

QList<SentenceSplitter::Span> SentenceSplitter::paragraphs(const QString &text)
{
    QList<Span> out;
    const qsizetype size = text.size();
    StopFinder lineEnds(text, size, {u'\n', u'\u2029'});
    for (qsizetype lineStart = 0; lineStart <= size;) {
        const qsizetype i = lineEnds.next(lineStart);
        qsizetype s = lineStart, e = i;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        if (e > s)
            out.append({s, e});
        lineStart = i + 1;
    }
    return out;
}

QList<SentenceSplitter::Span> SentenceSplitter::sentences(const QString &text)
{
    return sentences(text, paragraphs(text));
}

QList<SentenceSplitter::Span> SentenceSplitter::sentences(const QString &text, const QList<Span> &paragraphs)
{
    QList<Span> out;
    for (const Span &p : paragraphs)
        splitParagraph(text, p, out);
    return out;
}

qsizetype SentenceSplitter::indexOf(const QList<Span> &spans, qsizetype pos)
{
    // Spans are sorted and disjoint: binary search.
    qsizetype lo = 0, hi = spans.size() - 1;
    while (lo <= hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (pos < spans.at(mid).start)
            hi = mid - 1;
        else if (pos >= spans.at(mid).end)
            lo = mid + 1;
        else
            return mid;
    }
    return -1;
}

bool SentenceSplitter::isAbbreviation(const QString &text, qsizetype dot, qsizetype wordStart)
{
    const QString word = text.mid(wordStart, dot - wordStart);
    if (word.isEmpty())
        return false;
    // Initials and dotted acronyms: "J.", "U.S", "U.A.E".
    if (word.size() == 1 && word.at(0).isUpper())
        return true;
    if (word.contains(u'.')) {
        bool dotted = true;
        for (const QString &part : word.split(u'.'))
            dotted = dotted && part.size() <= 2;
        if (dotted)
            return true;
    }
    return abbreviations().contains(word.toLower());
}

void SentenceSplitter::splitParagraph(const QString &text, Span paragraph, QList<Span> &out)
{
    qsizetype start = paragraph.start;
    const QChar *const d = text.constData(); // not reloaded after every append
    // Where the word ending at `at` starts: after the last white space since
    // the sentence's start. Sought back from the few sentence ends that get
    // this far, instead of a branch on white space at every character.
    auto wordStartBefore = [&](qsizetype at) {
        while (at > start && !d[at - 1].isSpace())
            --at;
        return at;
    };
    StopFinder ends(text, paragraph.end, {u'.', u'!', u'?', u'\u2026'});
    qsizetype resume = paragraph.start; // where the search goes on
    for (qsizetype i = ends.next(resume); i < paragraph.end; i = ends.next(resume)) {
        resume = i + 1;
        const QChar c = d[i];
        qsizetype j = i + 1;
        while (j < paragraph.end && (isClosing(text.at(j)) || text.at(j) == u'.'))
            ++j;
        if (j >= paragraph.end)
            break;
        if (!text.at(j).isSpace())
            continue; // "2.5", "example.com", "U.S." inside a word
        qsizetype k = j;
        while (k < paragraph.end && text.at(k).isSpace())
            ++k;
        if (k >= paragraph.end)
            break;
        if (text.at(k).isLower())
            continue;
        const qsizetype wordStart = wordStartBefore(i);
        if (c == u'.' && isAbbreviation(text, i, wordStart)) {
            // "Acme Inc. said" continues; "... from Acme Inc. The deal" is ambiguous:
            // only a following capitalised function word starts a new sentence.
            static const QStringList starters = {QStringLiteral("The"), QStringLiteral("It"),
                                                 QStringLiteral("This"), QStringLiteral("A"),
                                                 QStringLiteral("In"), QStringLiteral("That")};
            bool starts = false;
            for (const QString &w : starters)
                if (text.mid(k, w.size()) == w && k + w.size() < paragraph.end
                    && text.at(k + w.size()).isSpace())
                    starts = true;
            const QString word = text.mid(wordStart, i - wordStart);
            if (!starts || word.size() == 1)
                continue;
        }
        if (!isBlank(text, start, j))
            out.append({start, j});
        start = k;
        resume = k;
    }
    if (!isBlank(text, start, paragraph.end))
        out.append({start, paragraph.end});
}

} // namespace DealScope
