// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleextraction.h"
#include "figure.h"
#include "selection.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace DealScope {

// What the explorer's views read: articles, entities, facts with their
// sources, and full-text search. The views know only this interface, so the
// in-memory source and the SQLite store are interchangeable behind it.
class ExplorerSource : public QObject
{
    Q_OBJECT

public:
    enum class Status { Single, Corroborated, Conflict, Retracted };

    struct ArticleSummary
    {
        qint64 id = -1;
        QString fileName;
        QString title;
        QString publisher;
        QDate date;
    };

    struct EntitySummary
    {
        QString name;
        EntityType type = EntityType::Organisation;
        int articleCount = 0;
        int factCount = 0;
    };

    // One article reporting a fact, and where.
    struct FactSource
    {
        qint64 articleId = -1;
        QString title;
        QString publisher;
        QDate date;
        QString text;             // the figure as written
        qsizetype start = -1;     // in the article's text
        qsizetype end = -1;
        QString quote;            // the sentence it stands in
        qsizetype quoteStart = -1; // the figure inside `quote`
        qsizetype quoteEnd = -1;
    };

    struct FactSummary
    {
        qint64 id = -1;
        QString subject;
        QString object;
        QString metric;
        FigureKind kind = FigureKind::Money;
        double value = 0;
        std::optional<double> valueMax;
        QString unit;
        Qualifier qualifier = Qualifier::Exact;
        QString valueText; // formatted with its qualifier: "up to $2 billion"
        QString when;      // as precise as known, empty when undated
        Status status = Status::Single;
        QString correction;         // retracted facts: what the text says instead
        QList<qint64> alternatives; // conflicting values of the same metric
        QList<FactSource> sources;  // oldest report first

        QString firstReportedBy() const;
    };

    // Facts of one metric about an entity, as the figure panel lists them
    // (alternatives next to each other): ids only, details through fact().
    struct FactGroup
    {
        QString metric;
        QList<qint64> ids;
    };

    // One deal or announcement (EventBuilder's events) as the deal browser lists it.
    struct EventSummary
    {
        qint64 id = -1;
        QString date;        // ISO of its precision, empty when undated
        QString title;
        QStringList parties;
        QString figure;      // its main figure, formatted: the largest amount of money, else the lead fact's
        QList<qint64> facts; // ids, as fact() reads them
        int articleCount = 0;
    };

    struct SearchHit
    {
        qint64 articleId = -1;
        QString title;
        int rank = 0;
        QString snippet;
        qsizetype snippetHitStart = -1; // the hit inside `snippet`
        qsizetype snippetHitEnd = -1;
        qsizetype start = -1;           // the hit in the article's text
        qsizetype end = -1;
    };

    using QObject::QObject;

    virtual QString location() const = 0; // the database file, or what stands in for it
    virtual QList<ArticleSummary> articles() const = 0;
    // Cheap forms for the status bar; the defaults go through articles().
    virtual int articleCount() const;
    virtual std::optional<ArticleSummary> articleSummary(qint64 id) const;
    virtual std::optional<ArticleExtraction> article(qint64 id) const = 0;
    virtual QList<EntitySummary> entities() const = 0;
    virtual QList<FactSummary> factsAbout(const QString &entity) const = 0;
    // The facts about `entity` grouped and ordered for the panel, without
    // their details: cheap where factsAbout() is not. The default groups
    // factsAbout().
    virtual QList<FactGroup> factGroups(const QString &entity) const;
    virtual std::optional<FactSummary> fact(qint64 id) const = 0;
    // The fact as a list row needs it: its sources may come without their
    // text and quote (empty) when reading those costs. The default is fact().
    virtual std::optional<FactSummary> factForList(qint64 id) const { return fact(id); }
    // The fact a figure mention reports, or -1.
    virtual qint64 factAt(qint64 articleId, qsizetype start) const = 0;
    virtual int factCount() const = 0;
    // Deals and announcements in timeline order. May wait for the background
    // work building them while hasEvents() is false (eventsReady() follows);
    // the default has none.
    virtual QList<EventSummary> events() const { return {}; }
    virtual bool hasEvents() const { return true; }
    // Asks for the events to be built in the background. Building them reads
    // every fact, so a source may wait for this (the deals list asks when it
    // is first shown) instead of paying for them in every window.
    virtual void requestEvents() const {}
    // One of events(), by id; the default searches events().
    virtual std::optional<EventSummary> eventSummary(qint64 id) const;
    // The events in pages, for lists of a large store: `limit` events from
    // place `offset` of the timeline (of the events naming `party` among their
    // parties when it is given). A page's events may come without their
    // facts (eventSummary() has them). Call once hasEvents(); the defaults go
    // through events().
    virtual qint64 eventCount(const QString &party = QString()) const;
    virtual QList<EventSummary> eventPage(qint64 offset, int limit, const QString &party = QString()) const;
    // The same over a list held whole.
    static QList<EventSummary> pageOf(const QList<EventSummary> &events, qint64 offset, int limit,
                                      const QString &party);
    static qint64 countOf(const QList<EventSummary> &events, const QString &party);
    // False while entities() and factCount() are still being computed in the
    // background (they then wait for it); summariesReady() follows.
    virtual bool hasSummaries() const { return true; }
    // What the source is doing in the background for the status bar, or empty.
    virtual QString backgroundWork() const { return QString(); }
    virtual QList<SearchHit> search(const QString &query, int limit = 100) const = 0;

    // Reads the store again after it changed behind the source's back (an
    // ingest through another connection); emits contentChanged.
    virtual void reload() {}

    // A short text for the status bar.
    virtual QString describe(const Selection &selection) const;

    static QString statusName(Status status); // "single", "corroborated", ...
    // Facts in the panel's order (by metric, then parties and time; stable), grouped by metric.
    static QList<FactGroup> groupFacts(QList<FactSummary> facts);

    // A hit at [start, end) of `text`, with a one-line snippet around it.
    static SearchHit makeHit(qint64 articleId, const QString &title, const QString &text, qsizetype start,
                             qsizetype end);

signals:
    void contentChanged(); // articles were added or removed
    void summariesReady(); // entities() and factCount() answer at once from now on
    void eventsReady();    // events() answers at once from now on
    // Work on the store in the background (facts being brought up to date),
    // for the status bar; `message` says how it ended.
    void workStarted(const QString &what);
    void workFinished(const QString &message);
};

} // namespace DealScope
