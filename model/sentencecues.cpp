// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencecues.h"

#include "caselesswords.h"

#include <QRegularExpression>

namespace DealScope {

SentenceCues::SentenceCues(const QString &sentence, std::function<QString()> neighbours)
    : m_sentence(sentence)
    , m_neighbours(std::move(neighbours))
{
}

// Cue lists: verbs and nouns of deal reporting, never names. The words are
// ones the expression cannot match without: most texts are turned away by a
// scan, before a match object is made.
bool SentenceCues::hasComputeCue(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(cloud|compute|computing|capacity|infrastructure|data[- ]cent(er|re)s?|gpus?|chips?|)"
                       R"(servers?|hosting|supercomput\w*|accelerators?|workloads?)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const CaselessWords words{"cloud", "comput*", "capacity", "infrastructure", "data", "gpu*", "chip*", "server*", "hosting", "supercomput*", "accelerator*", "workload*"};
    return words.in(s) && re.match(s).hasMatch();
}

bool SentenceCues::hasInvestCue(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(invest|invests|invested|investing|investments?|investors?|contribut\w*|put(s|ting)? up|)"
                       R"(pour(s|ed|ing)?|inject(s|ed|ing)?|infusion|backing|equity)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const CaselessWords words{"invest*", "contribut*", "put*", "pour*", "inject*", "infusion", "backing", "equity"};
    return words.in(s) && re.match(s).hasMatch();
}

} // namespace DealScope
