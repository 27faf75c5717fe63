// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fact.h"
#include "factcodes.h"
#include "statement.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace DealScope {

class Database;

// Answers the explorer window's questions about stored facts with indexed
// SQL, one fact or one figure at a time, so that nothing loads the whole
// facts table. Read-only. Every SQL string on the fact tables the window
// uses is here, so a change of their layout is made in one place. Sources
// come back as article ids and offsets: the figure's text and its sentence
// are the article's own text at those offsets (see the window's source).
class FactQuery
{
public:
    // Where one source of a fact is: its article and UTF-16 offsets.
    struct Source
    {
        qint64 articleId = -1;
        qsizetype start = -1;
        qsizetype end = -1;
        qsizetype sentenceStart = -1; // the quote: [sentenceStart, sentenceEnd)
        qsizetype sentenceEnd = -1;
    };

    // A stored fact without mentions (fact.sources stays empty): its
    // sources are `sources`, oldest report first.
    struct Row
    {
        Fact fact;
        FigureKind kind = FigureKind::Money;
        QList<Source> sources;
    };

    // What the window groups and orders a fact by, without its details.
    struct Key
    {
        qint64 id = -1;
        QString subject;
        QString object;
        Metric metric = Metric::Other;
        QString part;
        QString when;
    };

    struct EntityRow
    {
        QString name;
        QString type; // "org", "person", "product", "place"
        int articleCount = 0;
        int factCount = 0; // facts naming it as subject or object
    };

    explicit FactQuery(Database &db);

    qint64 count() const;
    std::optional<Row> fact(qint64 id) const;
    // The fact a figure at `start` in the article reports (the lowest id
    // when several do), or -1.
    qint64 factAt(qint64 articleId, qsizetype start) const;
    // Ids of the facts naming `entity` as subject or object, ascending. A
    // scan of the facts table: callers keep an index (see forEachKey).
    QList<qint64> idsAbout(const QString &entity) const;
    // Every fact's key in id order, or only those naming `entity` when it is
    // not empty, until `visit` returns false; false (and lastError()) when
    // the query failed.
    bool forEachKey(const std::function<bool(const Key &)> &visit, const QString &entity = QString()) const;
    // Every entity named in the articles with the number of articles naming
    // it, most named first, and, with `withFactCounts`, its fact count.
    QList<EntityRow> entities(bool withFactCounts = true) const;

    QString lastError() const { return m_error; }

private:
    Database &m_db;
    mutable FactCodes m_codes; // decodes names, types and times; caches what it read
    mutable Statement m_count;
    mutable Statement m_fact;
    mutable Statement m_sources;
    mutable Statement m_families;
    mutable Statement m_factAt;
    mutable QString m_error;
};

} // namespace DealScope
