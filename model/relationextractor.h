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

    // The organisation at the top of `name`'s part-of chain in an article
    // written on `asOf`, using the links known to the extractor plus `extra`
    // (name → parent). A link the gazetteer dates holds only from its date
    // on: an article written before speaks of the company itself. An invalid
    // `asOf` (no idea when) takes every link as it stands today.
    QString rootOf(const QString &name, const QHash<QString, QString> &extra = {}, const QDate &asOf = {}) const;
    // Whether `name`'s own part-of link holds in an article written on `asOf`.
    bool partOfHolds(const QString &name, const QDate &asOf) const;
    // When an article was written, or at least how late: its date, else the
    // end of the latest period it mentions (an undated report of a 2022
    // takeover that names no later year is taken as written in 2022);
    // invalid when it names no date at all.
    static QDate writtenBy(const ArticleExtraction &extraction);

private:
    QHash<QString, QString> m_partOf;
    QHash<QString, QDate> m_partOfSince; // links that hold from a date on (acquisitions)
    QSet<QString> m_cloudNames; // gazetteer names with an alias that names a cloud ("GCP": "Google Cloud Platform")
};

} // namespace DealScope
