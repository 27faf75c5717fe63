// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

namespace DealScope {

// Paints ItemRole::RichText (escaped HTML with <b>/<mark>/<s>) where a
// model provides it, so quotes and snippets can show their figure
// highlighted; falls back to the plain display text.
class RichTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Plain cells repeat ("single", "undated", parties, values): their sizes
    // are measured once per text, font and width, not laid out again for
    // every row a view measures.
    mutable QHash<QString, QSize> m_plainSizes;
    // The height of one line in the last font asked (ItemRole::OneLine rows).
    mutable QFont m_lineFont;
    mutable QSize m_lineSize;
};

} // namespace DealScope
