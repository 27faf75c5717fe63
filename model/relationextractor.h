// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleextraction.h"
#include "factmention.h"
#include "gazetteer.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace DealScope {

// Reads every figure of an article as a FactMention: which metric it
// measures, between which parties, at what time, quoted from its sentence.
// Only general patterns over entities, verbs and nouns ("X invested $N in
// Y", "a N% stake in", "valued at", "funding round", "cloud agreement"):
// nothing here knows a particular company or deal.
class RelationExtractor
{
public:
    RelationExtractor() = default;
    // The gazetteer supplies part-of links the article itself does not state.
    explicit RelationExtractor(const Gazetteer &gazetteer);

    QList<FactMention> extract(const ArticleExtraction &extraction, int articleOrder = 0) const;

    // The organisation at the top of `name`'s part-of chain, using the links
    // known to the extractor plus `extra` (name → parent).
    QString rootOf(const QString &name, const QHash<QString, QString> &extra = {}) const;

private:
    QHash<QString, QString> m_partOf;
    QSet<QString> m_cloudNames; // gazetteer names with an alias that names a cloud ("GCP": "Google Cloud Platform")
};

} // namespace DealScope
