// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explorersource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace DealScope {

// The deals and announcements of the store, one row each in timeline order:
// date (or "undated"), main figure, title, parties. Rows naming the
// highlighted entity among their parties are bold and flagged
// (ItemRole::Highlighted), so a view can also keep only those.
class EventListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, FigureColumn, TitleColumn, PartiesColumn, ColumnCount };

    explicit EventListModel(QObject *parent = nullptr);

    void setEvents(const QList<ExplorerSource::EventSummary> &events);
    void setHighlightedEntity(const QString &entity);
    QString highlightedEntity() const { return m_entity; }
    int rowOf(qint64 eventId) const; // -1 when absent
    int highlightedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isHighlighted(int row) const { return m_highlighted.contains(row); }
    void announce(const QList<int> &rows);

    QList<ExplorerSource::EventSummary> m_events;
    QHash<qint64, int> m_rows;              // event id → row
    QHash<QString, QList<int>> m_byParty;   // party → its events' rows, ascending
    QString m_entity;
    QSet<int> m_highlighted;                // rows of m_entity's events

};

} // namespace DealScope
