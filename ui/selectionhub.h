// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "selection.h"

#include <QList>
#include <QObject>

class QAction;

namespace DealScope {

// The one selection every view shares. Views call select() when the user
// picks something and follow selectionChanged(); the hub keeps a browser-like
// history walked with back() and forward() (Alt+Left / Alt+Right).
class SelectionHub : public QObject
{
    Q_OBJECT

public:
    explicit SelectionHub(QObject *parent = nullptr);

    const Selection &current() const { return m_current; }
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    qsizetype historyLimit() const { return m_limit; }
    void setHistoryLimit(qsizetype limit);

    // Actions with the Alt+Left / Alt+Right shortcuts, enabled as history allows.
    QAction *backAction() const { return m_backAction; }
    QAction *forwardAction() const { return m_forwardAction; }

public slots:
    void select(const DealScope::Selection &selection);
    void back();
    void forward();
    void clearHistory();

signals:
    void selectionChanged(const DealScope::Selection &selection);
    void historyChanged();

private:
    void setCurrent(const Selection &selection);
    void updateActions();

    Selection m_current;
    QList<Selection> m_back;    // most recent last
    QList<Selection> m_forward; // the next one last
    qsizetype m_limit = 200;
    QAction *m_backAction;
    QAction *m_forwardAction;
};

} // namespace DealScope
