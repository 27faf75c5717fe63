// SPDX-License-Identifier: GPL-3.0-or-later
#include "selection.h"

namespace DealScope {

Selection Selection::entity(const QString &name)
{
    Selection s;
    s.kind = Kind::Entity;
    s.name = name;
    return s;
}

Selection Selection::fact(qint64 factId)
{
    Selection s;
    s.kind = Kind::Fact;
    s.id = factId;
    return s;
}

Selection Selection::factMention(qint64 factId, qint64 articleId, qsizetype start, qsizetype end)
{
    Selection s = fact(factId);
    s.articleId = articleId;
    s.start = start;
    s.end = end;
    return s;
}

Selection Selection::event(qint64 eventId)
{
    Selection s;
    s.kind = Kind::Event;
    s.id = eventId;
    return s;
}

Selection Selection::article(qint64 articleId, qsizetype start, qsizetype end)
{
    Selection s;
    s.kind = Kind::Article;
    s.articleId = articleId;
    s.start = start;
    s.end = end;
    return s;
}

Selection Selection::figureMention(qint64 articleId, qsizetype start, qsizetype end, qint64 factId)
{
    Selection s;
    s.kind = Kind::FigureMention;
    s.id = factId;
    s.articleId = articleId;
    s.start = start;
    s.end = end;
    return s;
}

QString selectionKindName(Selection::Kind kind)
{
    switch (kind) {
    case Selection::Kind::None: return QStringLiteral("none");
    case Selection::Kind::Entity: return QStringLiteral("entity");
    case Selection::Kind::Fact: return QStringLiteral("fact");
    case Selection::Kind::Event: return QStringLiteral("event");
    case Selection::Kind::Article: return QStringLiteral("article");
    case Selection::Kind::FigureMention: return QStringLiteral("figure");
    }
    return QString();
}

} // namespace DealScope
