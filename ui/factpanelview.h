// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "selection.h"

#include <QModelIndex>

#include <QWidget>

class QLabel;
class QTreeView;

namespace DealScope {

class ExplorerSource;
class FactTreeModel;
class SelectionHub;

// The figure panel: the facts about the selected entity, grouped by metric,
// each expandable to its sources. Clicking a source opens it in the reader
// at the figure; selecting a fact anywhere selects it here.
class FactPanelView : public QWidget
{
    Q_OBJECT

public:
    FactPanelView(ExplorerSource *source, SelectionHub *hub, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    FactTreeModel *model() const { return m_model; }
    QString entity() const { return m_entity; }

public slots:
    void showEntity(const QString &entity);
    void reload();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void followSelection(const Selection &selection);
    void pick(const QModelIndex &index);
    void spanSources(const QModelIndex &expanded);

    ExplorerSource *m_source;
    SelectionHub *m_hub;
    QLabel *m_title;
    QTreeView *m_tree;
    FactTreeModel *m_model;
    QString m_entity;
    bool m_columnsSized = false;
    bool m_following = false;
};

} // namespace DealScope
