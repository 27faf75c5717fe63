// SPDX-License-Identifier: GPL-3.0-or-later
#include "fact.h"

#include <algorithm>

namespace DealScope {

QString factStatusName(FactStatus status)
{
    switch (status) {
    case FactStatus::Single: return QStringLiteral("single");
    case FactStatus::Corroborated: return QStringLiteral("corroborated");
    case FactStatus::Conflict: return QStringLiteral("conflict");
    case FactStatus::Retracted: return QStringLiteral("retracted");
    }
    return QString();
}

QStringList Fact::articles() const
{
    QStringList out;
    for (const FactMention &m : sources)
        if (!out.contains(m.article))
            out.append(m.article);
    return out;
}

QList<Fact> inContentOrder(QList<Fact> facts)
{
    std::stable_sort(facts.begin(), facts.end(), [](const Fact &a, const Fact &b) {
        if (a.time != b.time)
            return a.time < b.time;
        if (a.subject != b.subject)
            return a.subject < b.subject;
        if (a.object != b.object)
            return a.object < b.object;
        if (a.metric != b.metric)
            return a.metric < b.metric;
        if (a.part != b.part)
            return a.part < b.part;
        return a.value < b.value;
    });
    return facts;
}

} // namespace DealScope
