// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explorersource.h"
#include "factquery.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace DealScope {

// Which facts name each entity, already in the order the figure panel lists
// them (by metric, then parties and time, so alternatives sit together),
// without any fact's details. Built once from every fact's key (a scan, in
// a worker thread); a lookup is then a slice of one array. Compact: four
// bytes per (entity, fact) pair and ten per fact (its id and label), so
// 100,000 articles' facts fit in a few tens of megabytes.
class FactOutline
{
public:
    // Collect every key, then finish() once.
    void add(const FactQuery::Key &key);
    void finish();

    // False when the facts did not fit the compact form (then nothing is kept).
    bool isValid() const { return m_valid; }
    qsizetype factCount() const { return m_factCount; }
    QList<ExplorerSource::FactGroup> groupsAbout(const QString &entity) const;
    int countAbout(const QString &entity) const;

private:
    int intern(QHash<QString, int> &table, QStringList &list, const QString &text);

    bool m_valid = true;
    qsizetype m_factCount = 0;
    QHash<QString, int> m_names; // subjects and objects
    QStringList m_nameList;
    QHash<QString, int> m_labels; // metric labels ("investment", "stake percent (target)")
    QStringList m_labelList;
    QHash<QString, int> m_whens;
    QStringList m_whenList;
    // By the facts' order of arrival (their index below); dropped by finish() but m_labelOf.
    std::vector<qint64> m_factIds; // index → fact id
    std::vector<qint32> m_subjectOf;
    std::vector<qint32> m_objectOf;
    std::vector<qint32> m_whenOf;
    std::vector<quint16> m_labelOf;
    // Every entity's facts (their indexes): m_ids[m_offsets[name] .. m_offsets[name + 1]).
    std::vector<quint32> m_ids;
    std::vector<quint32> m_offsets;
};

} // namespace DealScope
