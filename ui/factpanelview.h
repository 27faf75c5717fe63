// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explorersource.h"
#include "selection.h"

#include <QModelIndex>

#include <QWidget>

class QLabel;
class QTreeView;

namespace DealScope {

class FactTreeModel;
class SelectionHub;

// The figure panel: the facts about the selected entity (or of the selected
// deal), grouped by metric,
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
    qint64 shownEvent() const { return m_event; } // -1 unless an event's facts are shown

public slots:
    void showEntity(const QString &entity);
    void showDeal(qint64 eventId);
    void reload();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void followSelection(const Selection &selection);
    void pick(const QModelIndex &index);
    void spanSources(const QModelIndex &expanded);
    void showGroups(const QList<ExplorerSource::FactGroup> &groups);

    ExplorerSource *m_source;
    SelectionHub *m_hub;
    QLabel *m_title;
    QTreeView *m_tree;
    FactTreeModel *m_model;
    QString m_entity;
    qint64 m_event = -1;
    bool m_columnsSized = false;
    bool m_following = false;
};

} // namespace DealScope
