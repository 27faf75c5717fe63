// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementreader.h"

#include "caselesswords.h"
#include "sentencereader.h"
#include "sentencesplitter.h"

namespace DealScope {

namespace {

// Cheap test before any sentence is split: most articles state no such tie.
// (CaselessWords folds as Qt::CaseInsensitive does, in a fraction of the time.)
const CaselessWords &agreementWords()
{
    static const CaselessWords words{"*istribut*", "*resel*", "*resold*", "*venture*"};
    return words;
}

// Words SentenceReader's distribution and joint-venture expressions cannot match without: each
// opens with an ASCII letter other than s or k, so a Unicode \b before it is an ASCII one too.
const CaselessWords &distributionWords()
{
    static const CaselessWords words{"distribut*", "resel*", "resold*"};
    return words;
}
const CaselessWords &jointVentureWords()
{
    static const CaselessWords words{"joint*"};
    return words;
}

// The words of a sentence that states a tie and those of each kind of tie, in one scan of the article's text.
const CaselessWords &articleWords()
{
    static const CaselessWords words{&agreementWords(), &distributionWords(), &jointVentureWords()};
    return words;
}

} // namespace

QList<Agreement> AgreementReader::read(const ArticleExtraction &extraction) const
{
    QList<Agreement> out;
    const Article &article = extraction.article;
    const quint64 agreementBit = articleWords().bitOf(agreementWords());
    const quint64 distributionBit = articleWords().bitOf(distributionWords());
    const quint64 jointVentureBit = articleWords().bitOf(jointVentureWords());
    // Where the text holds the words of a tie, found once: a sentence opens where the text does or
    // after white space and closes before white space or where the text does, and the tie words
    // ask for no boundary after them, so a sentence holds one exactly where the text holds one
    // within the sentence's bounds.
    QList<CaselessWords::Occurrence> ties;
    quint64 found = 0;
    for (const CaselessWords::Occurrence &o : articleWords().occurrences(article.text)) {
        found |= o.lists;
        if (o.lists & (distributionBit | jointVentureBit))
            ties.append(o);
    }
    if (!(found & agreementBit) || ties.isEmpty())
        return out; // most articles state no such tie
    auto within = [](const CaselessWords::Occurrence &o, SentenceSplitter::Span span) {
        return o.position >= span.start && o.position + o.length <= span.end;
    };
    auto tiesWithin = [&](SentenceSplitter::Span span) {
        quint64 lists = 0;
        for (const CaselessWords::Occurrence &o : std::as_const(ties))
            if (within(o, span))
                lists |= o.lists;
        return lists;
    };
    // Only the paragraphs that hold such a word are split into sentences.
    QList<SentenceSplitter::Span> paragraphs;
    for (const SentenceSplitter::Span &p : SentenceSplitter::paragraphs(article.text))
        if (tiesWithin(p))
            paragraphs.append(p);
    for (const SentenceSplitter::Span &sentence : SentenceSplitter::sentences(article.text, paragraphs)) {
        if (article.isExcluded(sentence.start, sentence.end))
            continue;
        const quint64 kinds = tiesWithin(sentence);
        if (!kinds)
            continue;
        SentenceReader reader(extraction, sentence, out);
        if (kinds & distributionBit)
            reader.readDistribution();
        if (kinds & jointVentureBit)
            reader.readJointVentures();
    }
    return out;
}

} // namespace DealScope
