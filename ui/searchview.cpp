// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchview.h"

#include "explorersource.h"
#include "itemroles.h"
#include "richtextdelegate.h"
#include "searchresultmodel.h"
#include "selectionhub.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace DealScope {

SearchView::SearchView(ExplorerSource *source, SelectionHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_hub(hub)
    , m_field(new QLineEdit(this))
    , m_results(new QListView(this))
    , m_status(new QLabel(this))
    , m_model(new SearchResultModel(this))
    , m_typing(new QTimer(this))
{
    m_field->setPlaceholderText(tr("Search articles (Ctrl+K)"));
    m_field->setClearButtonEnabled(true);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new RichTextDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    // Search as the user types, once typing pauses.
    m_typing->setSingleShot(true);
    m_typing->setInterval(200);
    connect(m_field, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &SearchView::runSearch);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_typing->isActive())
            runSearch();
        const QModelIndex current = m_results->currentIndex();
        openIndex(current.isValid() ? current.row() : 0);
    });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) { openIndex(index.row()); });
    connect(m_results, &QListView::clicked, this, [this](const QModelIndex &index) { openIndex(index.row()); });
    m_field->installEventFilter(this);
    m_results->installEventFilter(this);
}

void SearchView::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchView::runSearch()
{
    m_typing->stop();
    const QString query = m_field->text().trimmed();
    if (query.isEmpty()) {
        m_model->setHits({});
        m_status->clear();
        return;
    }
    const QList<ExplorerSource::SearchHit> hits = m_source->search(query);
    m_model->setHits(hits);
    m_status->setText(hits.isEmpty() ? tr("No article matches.") : tr("%n article(s)", nullptr, int(hits.size())));
    if (!hits.isEmpty())
        m_results->setCurrentIndex(m_model->index(0));
}

bool SearchView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_field && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
        // Arrows in the field walk the results; Enter opens the current one.
        const int rows = m_model->rowCount();
        if (rows == 0)
            return true;
        int row = m_results->currentIndex().isValid() ? m_results->currentIndex().row() : -1;
        row = key->key() == Qt::Key_Down ? qMin(row + 1, rows - 1) : qMax(row - 1, 0);
        m_results->setCurrentIndex(m_model->index(row));
        return true;
    }
    if (watched == m_results && key->key() == Qt::Key_Escape) {
        focusField();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SearchView::openIndex(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row);
    m_results->setCurrentIndex(index);
    m_hub->select(Selection::article(index.data(ItemRole::ArticleId).toLongLong(),
                                     index.data(ItemRole::Start).toLongLong(),
                                     index.data(ItemRole::End).toLongLong()));
}

} // namespace DealScope
