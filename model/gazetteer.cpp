// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include <QFile>

namespace DealScope {

Gazetteer Gazetteer::fromTsv(const QByteArray &tsv, QString *error)
{
    Q_UNUSED(tsv);
    Q_UNUSED(error);
    return {};
}

Gazetteer Gazetteer::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return fromTsv(file.readAll(), error);
}

Gazetteer Gazetteer::bundled()
{
    return fromFile(QStringLiteral(":/dealscope/data/organisations.tsv"));
}

void Gazetteer::add(const Entry &entry)
{
    m_index.insert(entry.name, m_entries.size());
    for (const QString &alias : entry.aliases)
        m_index.insert(alias, m_entries.size());
    m_entries.append(entry);
}

const Gazetteer::Entry *Gazetteer::find(const QString &nameOrAlias) const
{
    const auto it = m_index.constFind(nameOrAlias);
    return it == m_index.cend() ? nullptr : &m_entries.at(*it);
}

} // namespace DealScope
