// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenbuffer.h"

namespace DealScope {

void TokenBuffer::grow(size_t n)
{
    std::unique_ptr<Tok[]> data(new Tok[n]);
    std::copy(m_data.get(), m_data.get() + m_size, data.get());
    m_data = std::move(data);
    m_capacity = n;
}

} // namespace DealScope
