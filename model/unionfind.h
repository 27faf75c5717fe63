// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace DealScope {

// Disjoint sets over 0..n-1: which items a chain of links joins into one group.
class UnionFind
{
public:
    explicit UnionFind(int n);
    // Inline: called once per link in the event builders' inner loops. Path
    // halving in a loop: no recursion, however long a chain of links grows.
    int find(int i)
    {
        while (m_parent[i] != i) {
            m_parent[i] = m_parent[m_parent[i]];
            i = m_parent[i];
        }
        return i;
    }
    void unite(int a, int b) { m_parent[find(a)] = find(b); }

private:
    QList<int> m_parent;
};

} // namespace DealScope
