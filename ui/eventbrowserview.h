// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "selection.h"

#include <QWidget>

class QCheckBox;
class QSortFilterProxyModel;
class QTreeView;

namespace DealScope {

class EventListModel;
class ExplorerSource;
class SelectionHub;

// The deal browser: every deal and announcement in timeline order with its
// parties and main figure. Picking one selects it everywhere (the figure
// panel then lists its facts); selecting an entity elsewhere puts its events
// in bold, and can keep only those.
class EventBrowserView : public QWidget
{
    Q_OBJECT

public:
    EventBrowserView(ExplorerSource *source, SelectionHub *hub, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    EventListModel *model() const { return m_model; }
    QCheckBox *onlySelected() const { return m_only; }

public slots:
    void reload();

private:
    void followSelection(const Selection &selection);
    void selectRow(const QModelIndex &proxyIndex);
    void filterToEntity(bool only);
    void updateOnlyLabel();

    ExplorerSource *m_source;
    SelectionHub *m_hub;
    QCheckBox *m_only;
    QTreeView *m_view;
    EventListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_following = false;
    bool m_columnsSized = false;
    qint64 m_allCount = 0;
    // A deal selected elsewhere is shown when it lies within this many rows.
    static constexpr int MaxRowsToFollow = 20000;
};

} // namespace DealScope
