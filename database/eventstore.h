// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

#include <optional>

namespace DealScope {

class Database;

// Keeps the events (deals and announcements) built from the stored facts in
// the `events`, `event_facts` and `event_parties` tables, in timeline order
// (an event's id is its place on the timeline), so that the timeline and the
// deal browser read them instead of grouping every fact on each use.
//
// rebuild() gives exactly EventBuilder::build(inContentOrder(facts)) but
// never holds the facts as Fact objects: it reads a few integers per fact and
// per source (the grouping keys are all codes), links facts with a
// union-find, and builds each event's title from its own facts only.
// Runs no transaction of its own when the caller has one open.
class EventStore
{
public:
    // Raised when the grouping or what is stored for an event changes.
    static constexpr int Version = 1;

    // What the deal browser lists for one event.
    struct Row
    {
        qint64 id = 0;
        QString date; // empty when undated
        QString title;
        QStringList parties;
        QString figure;
        int articleCount = 0;
    };

    explicit EventStore(Database &db);

    // True when the stored events were built from the stored facts by this version.
    bool isCurrent() const;
    // Facts are about to change: the stored events are out of date until
    // they are built again. Call it in the same transaction as the change.
    static bool markOutOfDate(Database &db, QString *error = nullptr);
    // `stop` (from another thread) ends it early, rolled back, with an error.
    bool rebuild(QString *error = nullptr, const std::atomic<bool> *stop = nullptr);
    // Rebuilds them when the facts changed since (FactStore marks that).
    bool update(QString *error = nullptr) { return isCurrent() || rebuild(error); }

    qint64 count() const;
    qint64 countOf(const QString &party) const; // events naming `party`
    // Events in timeline order, whole (with facts and sources), for the timeline command.
    QList<Event> events(QString *error = nullptr) const;
    // The same one at a time, so that a caller can write them out as they
    // come (a million events at 100,000 articles); `visit` returns false to stop.
    bool forEach(const std::function<bool(const Event &)> &visit, QString *error = nullptr) const;
    // `limit` rows from timeline place `offset` (0-based), of all events or
    // of those naming `party` among their parties.
    QList<Row> rows(qint64 offset, int limit, const QString &party = QString()) const;
    std::optional<Row> row(qint64 id) const;
    QList<qint64> factsOf(qint64 id) const;
    // Ids of the events naming `party` among their parties, ascending.
    QList<qint64> eventsOf(const QString &party) const;

    // Separates parties and sources in their columns (names never hold it).
    static constexpr char16_t Separator = u'\x1f';

private:
    bool write(QString *error, const std::atomic<bool> *stop);
    Database &m_db;
};

} // namespace DealScope
