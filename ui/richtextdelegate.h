// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
};

} // namespace DealScope
