// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explorersource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>

namespace DealScope {

// The deals and announcements of the store, one row each in timeline order:
// date (or "undated"), main figure, title, parties. Rows are read a page at a
// time as the view scrolls (canFetchMore/fetchMore): a store of 100,000
// articles holds about a million events, and a list shows a few dozen.
// Rows naming the highlighted entity among their parties are bold and
// flagged (ItemRole::Highlighted); the model can also list only that
// entity's events.
class EventListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, FigureColumn, TitleColumn, PartiesColumn, ColumnCount };
    static constexpr int PageSize = 200;

    explicit EventListModel(QObject *parent = nullptr);

    // Reads the events from `source` page by page (its eventCount, eventPage).
    void setSource(const ExplorerSource *source);
    // A list given whole (tests, small sources): paged the same way.
    void setEvents(const QList<ExplorerSource::EventSummary> &events);
    void setHighlightedEntity(const QString &entity);
    QString highlightedEntity() const { return m_entity; }
    // Lists only the highlighted entity's events (true), or all (false).
    void setOnlyHighlighted(bool only);
    bool onlyHighlighted() const { return m_only; }
    int rowOf(qint64 eventId) const; // -1 when absent (or not read yet)
    // Reads pages until the event is listed (or `maxRows` are): its row, or -1.
    int loadUntil(qint64 eventId, int maxRows);
    int highlightedCount() const; // all the entity's events, read or not
    int totalCount() const { return int(m_total); } // all events, read or not

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    using Page = std::function<QList<ExplorerSource::EventSummary>(qint64 offset, int limit, const QString &party)>;
    using Count = std::function<qint64(const QString &party)>;

    void restart();
    void append(const QList<ExplorerSource::EventSummary> &events);
    bool isHighlighted(int row) const { return m_highlighted.contains(row); }
    void announce(const QList<int> &rows);
    QString party() const { return m_only ? m_entity : QString(); }

    Page m_page;
    Count m_count;
    QList<ExplorerSource::EventSummary> m_whole; // setEvents()' list
    qint64 m_total = 0;                          // rows in the list (m_only: the entity's)
    QList<ExplorerSource::EventSummary> m_events; // the rows read so far
    QHash<qint64, int> m_rows;              // event id → row
    QHash<QString, QList<int>> m_byParty;   // party → its events' rows among those read, ascending
    QString m_entity;
    bool m_only = false;
    bool m_notifying = false; // inside our own reset or insert signals
    QSet<int> m_highlighted;                // rows of m_entity's events
};

} // namespace DealScope
