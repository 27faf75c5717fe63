// SPDX-License-Identifier: GPL-3.0-or-later
#include "unionfind.h"

#include <numeric>

namespace DealScope {

UnionFind::UnionFind(int n)
    : m_parent(n)
{
    std::iota(m_parent.begin(), m_parent.end(), 0);
}

} // namespace DealScope
