// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitymention.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace DealScope {

// Known organisations, people, products and places, read from a TSV data
// file (resources/data/organisations.tsv): canonical name, type, aliases,
// what it is part of, and stock tickers. Only data: the extractor finds
// unlisted names too.
//
// Columns (tab separated, '#' starts a comment line):
//   name  type  aliases(a|b|c)  part_of  tickers(T|U)  part_of_since
// type is org, person, product, place, or `given`: a `given` line carries a
// list of common first names in its aliases column (used to tell people from
// companies), not an entity. part_of_since (YYYY, YYYY-MM or YYYY-MM-DD)
// dates a part-of link that has not always held (an acquisition): an article
// written before it speaks of the company on its own.
class Gazetteer
{
public:
    struct Entry
    {
        QString name;
        EntityType type = EntityType::Organisation;
        QStringList aliases;
        QString partOf;
        QStringList tickers; // matched only where a ticker stands: "(AMZN)", "NYSE: IBM"
        QDate partOfSince;   // first day the part-of link holds; invalid when it always has
    };

    // Bad lines are skipped and described in *error, one "line N: …" each;
    // the good lines are still loaded.
    static Gazetteer fromTsv(const QByteArray &tsv, QString *error = nullptr);
    static Gazetteer fromFile(const QString &path, QString *error = nullptr);
    // The gazetteer bundled into the program (":/dealscope/data/organisations.tsv").
    static Gazetteer bundled();

    void add(const Entry &entry);
    void addGivenName(const QString &name) { m_givenNames.insert(name); }
    const Entry *find(const QString &nameOrAlias) const;
    const QList<Entry> &entries() const { return m_entries; }
    const QSet<QString> &givenNames() const { return m_givenNames; }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index; // name or alias → entry
    QSet<QString> m_givenNames;
};

} // namespace DealScope
