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

// Both kinds of words in one scan, of each sentence and of the whole text
// (a sentence opens where the text does or after white space, so a word that
// opens at a boundary in a sentence does so in the text as well).
const CaselessWords &tieWords()
{
    static const CaselessWords words{&distributionWords(), &jointVentureWords()};
    return words;
}

// The article's text holds the words of a tie and those of a sentence that states one, in one scan.
bool mayStateAgreement(const QString &text)
{
    static const CaselessWords words{&agreementWords(), &tieWords()};
    return words.which(text) == 0b11;
}

} // namespace

QList<Agreement> AgreementReader::read(const ArticleExtraction &extraction) const
{
    QList<Agreement> out;
    const Article &article = extraction.article;
    if (!mayStateAgreement(article.text))
        return out;
    for (const SentenceSplitter::Span &sentence : SentenceSplitter::sentences(article.text)) {
        if (article.isExcluded(sentence.start, sentence.end))
            continue;
        const QStringView text = QStringView(article.text).mid(sentence.start, sentence.end - sentence.start);
        const quint64 ties = tieWords().which(text);
        const bool distribution = ties & tieWords().bitOf(distributionWords());
        const bool jointVenture = ties & tieWords().bitOf(jointVentureWords());
        if (!distribution && !jointVenture)
            continue;
        SentenceReader reader(extraction, sentence, out);
        if (distribution)
            reader.readDistribution();
        if (jointVenture)
            reader.readJointVentures();
    }
    return out;
}

} // namespace DealScope
