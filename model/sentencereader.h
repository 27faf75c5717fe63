// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement.h"
#include "articleextraction.h"
#include "sentencesplitter.h"

#include <QList>
#include <QString>
#include <QStringView>

class QRegularExpression;

namespace DealScope {

// AgreementReader's work on one sentence: the organisations and products it
// names, and the distribution and joint-venture ties between them, appended
// to the article's list (each once).
class SentenceReader
{
public:
    SentenceReader(const ArticleExtraction &x, SentenceSplitter::Span sentence, QList<Agreement> &out);

    void readDistribution();
    void readJointVentures();

private:
    // A party the sentence names: an organisation, or a product (for what is distributed).
    struct Party
    {
        const EntityMention *entity = nullptr;
        qsizetype start = 0;
        qsizetype end = 0;
    };

    QStringView slice(qsizetype from, qsizetype to) const;
    bool onlySpaces(qsizetype from, qsizetype to) const;
    bool negated(qsizetype at) const;
    const Party *partyAfter(qsizetype from, const QRegularExpression &gap, bool organisationOnly) const;
    const Party *partyBefore(qsizetype at, bool organisationOnly, const Party *not_ = nullptr) const;
    static bool sameOrganisation(const EntityMention &a, const EntityMention &b);
    const Party *calledName(qsizetype from);
    bool inBracketsAfter(const Party &name, const Party &p) const;
    QList<const Party *> listFrom(const Party *first) const;
    QList<const Party *> listBefore(const Party *last) const;
    void add(Agreement::Kind kind, const EntityMention &from, const EntityMention &to, qsizetype start, qsizetype end);

    const QString &m_text;
    SentenceSplitter::Span m_sentence;
    QList<Agreement> &m_out;
    QList<Party> m_parties;
    EntityMention m_calledEntity; // what calledName() found last
    Party m_called;
};

} // namespace DealScope
