// SPDX-License-Identifier: GPL-3.0-or-later
#include "factoutline.h"

#include "factindex.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace DealScope {

namespace {

constexpr qint32 NoName = -1;

// Ranks of strings in the order QString's operator< gives (as the panel sorts).
std::vector<qint32> ranksOf(const QStringList &list)
{
    std::vector<qint32> order(size_t(list.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&list](qint32 a, qint32 b) { return list.at(a) < list.at(b); });
    std::vector<qint32> rank(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        rank[size_t(order[i])] = qint32(i);
    return rank;
}

} // namespace

int FactOutline::intern(QHash<QString, int> &table, QStringList &list, const QString &text)
{
    const auto it = table.constFind(text);
    if (it != table.constEnd())
        return *it;
    const int index = int(list.size());
    table.insert(text, index);
    list.append(text);
    return index;
}

void FactOutline::add(const FactQuery::Key &key)
{
    if (!m_valid)
        return;
    if (m_factIds.size() >= std::numeric_limits<quint32>::max()) {
        m_valid = false; // more facts than the compact form holds: callers ask the store instead
        return;
    }
    Fact f;
    f.metric = key.metric;
    f.part = key.part;
    const int label = intern(m_labels, m_labelList, FactIndex::metricLabel(f));
    if (label > std::numeric_limits<quint16>::max()) {
        m_valid = false;
        return;
    }
    // Facts are numbered densely in the order they come (ids encode their family: sparse).
    m_factIds.push_back(key.id);
    m_labelOf.push_back(quint16(label));
    m_whenOf.push_back(intern(m_whens, m_whenList, key.when));
    m_subjectOf.push_back(key.subject.isEmpty() ? NoName : intern(m_names, m_nameList, key.subject));
    m_objectOf.push_back(key.object.isEmpty() ? NoName : intern(m_names, m_nameList, key.object));
    ++m_factCount;
}

void FactOutline::finish()
{
    if (!m_valid) {
        *this = FactOutline();
        m_valid = false;
        return;
    }
    // As FactIndex: a fact is about its subject, and about its object when that differs.
    auto aboutObject = [this](size_t id) { return m_objectOf[id] != NoName && m_objectOf[id] != m_subjectOf[id]; };
    // Every entity's slice, in the order facts are read in (by id).
    m_offsets.assign(size_t(m_nameList.size()) + 1, 0);
    for (size_t id = 0; id < m_subjectOf.size(); ++id) {
        if (m_subjectOf[id] != NoName)
            ++m_offsets[size_t(m_subjectOf[id]) + 1];
        if (aboutObject(id))
            ++m_offsets[size_t(m_objectOf[id]) + 1];
    }
    std::partial_sum(m_offsets.begin(), m_offsets.end(), m_offsets.begin());
    m_ids.resize(m_offsets.back());
    std::vector<quint32> fill(m_offsets.begin(), m_offsets.end() - 1);
    for (size_t id = 0; id < m_subjectOf.size(); ++id) {
        if (m_subjectOf[id] != NoName)
            m_ids[fill[size_t(m_subjectOf[id])]++] = quint32(id);
        if (aboutObject(id))
            m_ids[fill[size_t(m_objectOf[id])]++] = quint32(id);
    }

    // Then each slice in the panel's order: metric label, subject, object,
    // time, and the fact id (the order a stable sort keeps).
    const std::vector<qint32> nameRank = ranksOf(m_nameList);
    const std::vector<qint32> labelRank = ranksOf(m_labelList);
    const std::vector<qint32> whenRank = ranksOf(m_whenList);
    auto rankOfName = [&nameRank](qint32 name) { return name == NoName ? -1 : nameRank[size_t(name)]; };
    auto key = [&](quint32 id) {
        return std::tuple(labelRank[m_labelOf[id]], rankOfName(m_subjectOf[id]), rankOfName(m_objectOf[id]),
                          whenRank[size_t(m_whenOf[id])], m_factIds[id]);
    };
    for (size_t name = 0; name + 1 < m_offsets.size(); ++name)
        std::sort(m_ids.begin() + m_offsets[name], m_ids.begin() + m_offsets[name + 1],
                  [&key](quint32 a, quint32 b) { return key(a) < key(b); });

    // Only the labels are needed from now on.
    std::vector<qint32>().swap(m_subjectOf);
    std::vector<qint32>().swap(m_objectOf);
    std::vector<qint32>().swap(m_whenOf);
    m_whens.clear();
    m_whenList.clear();
    m_nameList.clear();
}

int FactOutline::countAbout(const QString &entity) const
{
    const auto it = m_names.constFind(entity);
    if (it == m_names.constEnd() || size_t(*it) + 1 >= m_offsets.size())
        return 0;
    return int(m_offsets[size_t(*it) + 1] - m_offsets[size_t(*it)]);
}

QList<ExplorerSource::FactGroup> FactOutline::groupsAbout(const QString &entity) const
{
    QList<ExplorerSource::FactGroup> groups;
    const auto it = m_names.constFind(entity);
    if (it == m_names.constEnd() || size_t(*it) + 1 >= m_offsets.size())
        return groups;
    int label = -1;
    for (quint32 i = m_offsets[size_t(*it)]; i < m_offsets[size_t(*it) + 1]; ++i) {
        const quint32 id = m_ids[i];
        if (m_labelOf[id] != label) {
            label = m_labelOf[id];
            groups.append({m_labelList.at(label), {}});
        }
        groups.last().ids.append(m_factIds[id]);
    }
    return groups;
}

} // namespace DealScope
