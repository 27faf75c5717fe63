// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "selection.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace DealScope {

class EntityListModel;
class ExplorerSource;
class SelectionHub;

// The entity browser: every organisation, person, product and place with
// its article and fact counts, filterable; picking one selects it everywhere.
class EntityBrowserView : public QWidget
{
    Q_OBJECT

public:
    EntityBrowserView(ExplorerSource *source, SelectionHub *hub, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    EntityListModel *model() const { return m_model; }

public slots:
    void reload();

private:
    void followSelection(const Selection &selection);
    void selectRow(const QModelIndex &proxyIndex);

    ExplorerSource *m_source;
    SelectionHub *m_hub;
    QLineEdit *m_filter;
    QTableView *m_table;
    EntityListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_following = false;
};

} // namespace DealScope
