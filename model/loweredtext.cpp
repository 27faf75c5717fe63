// SPDX-License-Identifier: GPL-3.0-or-later
#include "loweredtext.h"

namespace DealScope {

LoweredText::LoweredText(QStringView s)
{
    if (s.size() <= kCapacity && lowerAscii(s))
        return;
    m_heap = s.toString().toLower().simplified();
    m_view = m_heap;
}

bool LoweredText::lowerAscii(QStringView s)
{
    qsizetype n = 0;
    bool space = false;
    for (const QChar qc : s) {
        const char16_t c = qc.unicode();
        if (c >= 128)
            return false;
        if (c == u' ' || (c >= u'\t' && c <= u'\r')) { // QChar::isSpace in ASCII
            space = n > 0;
            continue;
        }
        if (space)
            m_buf[n++] = u' ';
        space = false;
        m_buf[n++] = (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    }
    m_view = QStringView(m_buf, n);
    return true;
}

} // namespace DealScope
