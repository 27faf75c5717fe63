// SPDX-License-Identifier: GPL-3.0-or-later
#include "richtextdelegate.h"

#include "itemroles.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace DealScope {

namespace {

int depth(QModelIndex index)
{
    int d = 0;
    while (index.parent().isValid()) {
        index = index.parent();
        ++d;
    }
    return d;
}

void prepare(QTextDocument &doc, const QStyleOptionViewItem &option, const QString &html)
{
    doc.setDocumentMargin(2);
    doc.setDefaultFont(option.font);
    doc.setDefaultStyleSheet(QStringLiteral("mark { background-color: #ffe08a; font-weight: bold; }"));
    doc.setHtml(html);
}

} // namespace

void RichTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString html = index.data(ItemRole::RichText).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    prepare(doc, opt, html);
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    // A spanned row may reach past the viewport: wrap at what can be seen.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget))
        textRect.setRight(qMin(textRect.right(), view->viewport()->width() - 4));
    doc.setTextWidth(textRect.width());
    painter->save();
    painter->translate(textRect.topLeft());
    painter->setClipRect(textRect.translated(-textRect.topLeft()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    if (opt.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // A row height asked of a one-line row: one line of the font, measured
    // once, instead of reading and laying out every cell of every row.
    if (option.rect.width() < 0 && index.data(ItemRole::OneLine).toBool()) {
        if (m_lineSize.isEmpty() || option.font != m_lineFont) {
            QStyleOptionViewItem line = option;
            line.text = QStringLiteral("Xg");
            line.features |= QStyleOptionViewItem::HasDisplay;
            QStyle *style = line.widget ? line.widget->style() : QApplication::style();
            m_lineSize = style->sizeFromContents(QStyle::CT_ItemViewItem, &line, QSize(), line.widget);
            m_lineFont = option.font;
        }
        return m_lineSize;
    }
    const QString html = index.data(ItemRole::RichText).toString();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (html.isEmpty()) {
        constexpr auto Sized = QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator;
        if (opt.features & Sized || index.data(Qt::SizeHintRole).isValid())
            return QStyledItemDelegate::sizeHint(option, index);
        const QString key = opt.text + QChar(0x1f) + opt.font.key() + QChar(0x1f) + QString::number(opt.rect.width())
            + QChar(0x1f) + QString::number(int(opt.features));
        const auto it = m_plainSizes.constFind(key);
        if (it != m_plainSizes.constEnd())
            return *it;
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (m_plainSizes.size() > 4096)
            m_plainSizes.clear();
        m_plainSizes.insert(key, size);
        return size;
    }
    QTextDocument doc;
    prepare(doc, opt, html);
    // Wrap to the view's width (rich rows span the row); the views lay
    // themselves out again when resized.
    const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget);
    int width = view ? view->viewport()->width() - 20 * (depth(index) + 1) - 8 : 600;
    width = qMax(width, 200);
    doc.setTextWidth(width);
    return QSize(width, int(doc.size().height()) + 2);
}

} // namespace DealScope
