// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace DealScope {

// What the user has selected, shared by every view: an entity (by canonical
// name), a fact, an event, an article, or one figure mention in an article.
// A fact may carry the mention it was reached through, so the reader can
// scroll to that place.
struct Selection
{
    enum class Kind { None, Entity, Fact, Event, Article, FigureMention };

    Kind kind = Kind::None;
    QString name;          // Entity: canonical name
    qint64 id = -1;        // Fact / Event: its id; FigureMention: its fact, -1 when none
    qint64 articleId = -1; // Article, FigureMention; optional for Fact
    qsizetype start = -1;  // mention span in the article's text, end exclusive
    qsizetype end = -1;

    static Selection entity(const QString &name);
    static Selection fact(qint64 factId);
    static Selection factMention(qint64 factId, qint64 articleId, qsizetype start, qsizetype end);
    static Selection event(qint64 eventId);
    // An article, optionally at a range (a search hit) to mark and scroll to.
    static Selection article(qint64 articleId, qsizetype start = -1, qsizetype end = -1);
    static Selection figureMention(qint64 articleId, qsizetype start, qsizetype end, qint64 factId = -1);

    bool isNull() const { return kind == Kind::None; }
    bool hasMention() const { return articleId >= 0 && start >= 0; }

    friend bool operator==(const Selection &a, const Selection &b)
    {
        return a.kind == b.kind && a.name == b.name && a.id == b.id && a.articleId == b.articleId
            && a.start == b.start && a.end == b.end;
    }
    friend bool operator!=(const Selection &a, const Selection &b) { return !(a == b); }
};

QString selectionKindName(Selection::Kind kind); // "entity", "fact", ...

} // namespace DealScope

Q_DECLARE_METATYPE(DealScope::Selection)
