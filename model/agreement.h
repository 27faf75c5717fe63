// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace DealScope {

// A tie between two parties that an article states without a figure: one
// distributes the other's product, or both belong to a joint venture. These
// are edges of the stake graph as much as an investment is, but no figure
// carries them, so they are not facts.
struct Agreement
{
    enum class Kind { Distribution, JointVenture };

    Kind kind = Kind::Distribution;
    // Distribution: `from` distributes `to` (a product or its maker).
    // Joint venture: `from` is a member of the venture `to`.
    QString from;     // canonical names
    QString to;
    QString toType;   // "org" or "product": what `to` names
    QString toPartOf; // the maker of a product, empty otherwise
    qsizetype start = 0; // the words that state it ("exclusive distributor"), UTF-16 offsets
    qsizetype end = 0;
    qsizetype sentenceStart = 0;
    qsizetype sentenceEnd = 0;

    friend bool operator==(const Agreement &a, const Agreement &b)
    {
        return a.kind == b.kind && a.from == b.from && a.to == b.to && a.toType == b.toType
            && a.toPartOf == b.toPartOf && a.start == b.start && a.end == b.end
            && a.sentenceStart == b.sentenceStart && a.sentenceEnd == b.sentenceEnd;
    }
};

// A tie as one article states it.
struct AgreementSource
{
    Agreement agreement;
    qint64 articleId = 0;
    QString fileName;
};

// "distribution" or "joint_venture": the contract's edge kinds.
QString agreementKindName(Agreement::Kind kind);
// The inverse; false for a name that is not a kind.
bool agreementKindFromName(const QString &name, Agreement::Kind *kind);

} // namespace DealScope
