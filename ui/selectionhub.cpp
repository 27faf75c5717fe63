// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionhub.h"

#include <QAction>

namespace DealScope {

SelectionHub::SelectionHub(QObject *parent)
    : QObject(parent)
    , m_backAction(new QAction(tr("Back"), this))
    , m_forwardAction(new QAction(tr("Forward"), this))
{
    qRegisterMetaType<DealScope::Selection>();
    // Spelled out rather than QKeySequence::Back, which differs per platform.
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_backAction->setToolTip(tr("Back to the previous selection (Alt+Left)"));
    m_forwardAction->setToolTip(tr("Forward to the next selection (Alt+Right)"));
    connect(m_backAction, &QAction::triggered, this, &SelectionHub::back);
    connect(m_forwardAction, &QAction::triggered, this, &SelectionHub::forward);
    updateActions();
}

void SelectionHub::setHistoryLimit(qsizetype limit)
{
    m_limit = qMax<qsizetype>(1, limit);
    while (m_back.size() > m_limit)
        m_back.removeFirst();
    updateActions();
}

void SelectionHub::select(const Selection &selection)
{
    if (selection == m_current)
        return;
    if (!m_current.isNull()) {
        m_back.append(m_current);
        if (m_back.size() > m_limit)
            m_back.removeFirst();
    }
    m_forward.clear();
    setCurrent(selection);
}

void SelectionHub::back()
{
    if (m_back.isEmpty())
        return;
    m_forward.append(m_current);
    setCurrent(m_back.takeLast());
}

void SelectionHub::forward()
{
    if (m_forward.isEmpty())
        return;
    m_back.append(m_current);
    setCurrent(m_forward.takeLast());
}

void SelectionHub::clearHistory()
{
    m_back.clear();
    m_forward.clear();
    updateActions();
    emit historyChanged();
}

void SelectionHub::setCurrent(const Selection &selection)
{
    m_current = selection;
    updateActions();
    emit historyChanged();
    emit selectionChanged(m_current);
}

void SelectionHub::updateActions()
{
    m_backAction->setEnabled(canGoBack());
    m_forwardAction->setEnabled(canGoForward());
}

} // namespace DealScope
