// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace DealScope {

// Internal to FigureExtractor (its retraction rules): a short stretch of text
// lower-cased with its whitespace simplified, as QString::toLower().simplified()
// gives it. ASCII stretches, nearly all of them, are built on the stack: this
// runs for many pairs of figures.
class LoweredText
{
public:
    Q_DISABLE_COPY_MOVE(LoweredText)
    explicit LoweredText(QStringView s);
    QStringView view() const { return m_view; }

private:
    static constexpr qsizetype kCapacity = 48;
    bool lowerAscii(QStringView s);

    char16_t m_buf[kCapacity];
    QString m_heap;
    QStringView m_view;
};

} // namespace DealScope
