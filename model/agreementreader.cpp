// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementreader.h"

#include "caselesswords.h"
#include "sentencereader.h"
#include "sentencesplitter.h"

namespace DealScope {

namespace {

// Cheap test before any sentence is split: most articles state no such tie.
// (CaselessWords folds as Qt::CaseInsensitive does, in a fraction of the time.)
bool mayStateAgreement(const QString &text)
{
    static const CaselessWords words{"*istribut*", "*resel*", "*resold*", "*venture*"};
    return words.in(text);
}

// Words SentenceReader's distribution and joint-venture expressions cannot match without: each
// opens with an ASCII letter other than s or k, so a Unicode \b before it is an ASCII one too.
bool mayDistribute(QStringView sentence)
{
    static const CaselessWords words{"distribut*", "resel*", "resold*"};
    return words.in(sentence);
}
bool mayNameJointVenture(QStringView sentence)
{
    static const CaselessWords words{"joint*"};
    return words.in(sentence);
}
// mayDistribute() || mayNameJointVenture() in one scan. Asked of the whole
// text too: a sentence opens where the text does or after white space, so a
// word that opens at a boundary in a sentence does so in the text as well.
bool mayNameEither(QStringView text)
{
    static const CaselessWords words{"distribut*", "resel*", "resold*", "joint*"};
    return words.in(text);
}

} // namespace

QList<Agreement> AgreementReader::read(const ArticleExtraction &extraction) const
{
    QList<Agreement> out;
    const Article &article = extraction.article;
    if (!mayStateAgreement(article.text) || !mayNameEither(article.text))
        return out;
    for (const SentenceSplitter::Span &sentence : SentenceSplitter::sentences(article.text)) {
        if (article.isExcluded(sentence.start, sentence.end))
            continue;
        const QStringView text = QStringView(article.text).mid(sentence.start, sentence.end - sentence.start);
        if (!mayNameEither(text))
            continue;
        const bool distribution = mayDistribute(text), jointVenture = mayNameJointVenture(text);
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
