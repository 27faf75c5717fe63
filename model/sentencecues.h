// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace DealScope {

// Whether a sentence (and the sentences around it) speak of compute or of
// investing: asked for figure after figure of the same sentence, each
// answer is searched for once.
class SentenceCues
{
public:
    // `neighbours` gives the text around the sentence, asked for at most once.
    SentenceCues(const QString &sentence, std::function<QString()> neighbours);
    bool compute() const { return cached(m_compute, m_sentence, hasComputeCue); }
    bool computeAround() const
    {
        if (!m_computeAround)
            m_computeAround = hasComputeCue(m_neighbours());
        return *m_computeAround;
    }
    bool invest() const { return cached(m_invest, m_sentence, hasInvestCue); }

private:
    static bool hasComputeCue(const QString &s);
    static bool hasInvestCue(const QString &s);
    static bool cached(std::optional<bool> &answer, const QString &text, bool (*cue)(const QString &))
    {
        if (!answer)
            answer = cue(text);
        return *answer;
    }
    const QString &m_sentence;
    std::function<QString()> m_neighbours;
    mutable std::optional<bool> m_compute, m_computeAround, m_invest;
};

} // namespace DealScope
