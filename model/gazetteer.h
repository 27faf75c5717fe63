// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitymention.h"

#include <QHash>
#include <QList>
#include <QString>

namespace DealScope {

// Known organisations, people, products and places, read from a TSV data
// file (resources/data/organisations.tsv): canonical name, type, aliases,
// and what it is part of. Only data: the extractor finds unlisted names too.
class Gazetteer
{
public:
    struct Entry
    {
        QString name;
        EntityType type = EntityType::Organisation;
        QStringList aliases;
        QString partOf;
    };

    static Gazetteer fromTsv(const QByteArray &tsv, QString *error = nullptr);
    static Gazetteer fromFile(const QString &path, QString *error = nullptr);
    // The gazetteer bundled into the program (":/dealscope/data/organisations.tsv").
    static Gazetteer bundled();

    void add(const Entry &entry);
    const Entry *find(const QString &nameOrAlias) const;
    const QList<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index; // name or alias → entry
};

} // namespace DealScope
