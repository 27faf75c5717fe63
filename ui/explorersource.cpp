// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorersource.h"

#include <algorithm>
#include <tuple>

namespace DealScope {

QString ExplorerSource::FactSummary::firstReportedBy() const
{
    if (sources.isEmpty())
        return QString();
    const FactSource &first = sources.first();
    if (!first.publisher.isEmpty())
        return first.publisher;
    // Titles run long; the panel's column wants a name.
    return first.title.size() > 40 ? first.title.left(38).trimmed() + QStringLiteral("…") : first.title;
}

QString ExplorerSource::statusName(Status status)
{
    switch (status) {
    case Status::Single: return QStringLiteral("single");
    case Status::Corroborated: return QStringLiteral("corroborated");
    case Status::Conflict: return QStringLiteral("conflict");
    case Status::Retracted: return QStringLiteral("retracted");
    }
    return QString();
}

QString ExplorerSource::describe(const Selection &selection) const
{
    switch (selection.kind) {
    case Selection::Kind::None:
        return tr("Nothing selected");
    case Selection::Kind::Entity:
        return tr("Entity: %1").arg(selection.name);
    case Selection::Kind::Fact:
        if (const auto f = fact(selection.id))
            return tr("Fact: %1 — %2 %3").arg(f->subject, f->metric, f->valueText);
        return tr("Fact %1").arg(selection.id);
    case Selection::Kind::Event:
        // Never wait for the events being built to name it.
        if (const auto e = hasEvents() ? eventSummary(selection.id) : std::nullopt)
            return tr("Event: %1").arg(e->title);
        return tr("Event %1").arg(selection.id);
    case Selection::Kind::Article:
    case Selection::Kind::FigureMention:
        if (const auto a = articleSummary(selection.articleId))
            return selection.kind == Selection::Kind::Article
                ? tr("Article: %1").arg(a->title)
                : tr("Figure at %1 in %2").arg(selection.start).arg(a->title);
        return tr("Article %1").arg(selection.articleId);
    }
    return QString();
}

QList<ExplorerSource::FactGroup> ExplorerSource::groupFacts(QList<FactSummary> facts)
{
    // Alternatives sit next to each other: same parties and time, values apart.
    std::stable_sort(facts.begin(), facts.end(), [](const FactSummary &a, const FactSummary &b) {
        return std::tie(a.metric, a.subject, a.object, a.when) < std::tie(b.metric, b.subject, b.object, b.when);
    });
    QList<FactGroup> groups;
    for (const FactSummary &f : std::as_const(facts)) {
        if (groups.isEmpty() || groups.last().metric != f.metric)
            groups.append({f.metric, {}});
        groups.last().ids.append(f.id);
    }
    return groups;
}

QList<ExplorerSource::FactGroup> ExplorerSource::factGroups(const QString &entity) const
{
    return groupFacts(factsAbout(entity));
}

int ExplorerSource::articleCount() const
{
    return int(articles().size());
}

std::optional<ExplorerSource::EventSummary> ExplorerSource::eventSummary(qint64 id) const
{
    for (const EventSummary &e : events()) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

qint64 ExplorerSource::eventCount(const QString &party) const
{
    return countOf(events(), party);
}

QList<ExplorerSource::EventSummary> ExplorerSource::eventPage(qint64 offset, int limit, const QString &party) const
{
    return pageOf(events(), offset, limit, party);
}

QList<ExplorerSource::EventSummary> ExplorerSource::pageOf(const QList<EventSummary> &events, qint64 offset, int limit,
                                                          const QString &party)
{
    if (party.isEmpty())
        return events.mid(offset, limit);
    QList<EventSummary> page;
    qint64 skipped = 0;
    for (const EventSummary &e : events) {
        if (!e.parties.contains(party))
            continue;
        if (skipped++ < offset)
            continue;
        if (page.size() >= limit)
            break;
        page.append(e);
    }
    return page;
}

qint64 ExplorerSource::countOf(const QList<EventSummary> &events, const QString &party)
{
    if (party.isEmpty())
        return events.size();
    return std::count_if(events.cbegin(), events.cend(), [&](const EventSummary &e) { return e.parties.contains(party); });
}

std::optional<ExplorerSource::ArticleSummary> ExplorerSource::articleSummary(qint64 id) const
{
    for (const ArticleSummary &a : articles()) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

ExplorerSource::SearchHit ExplorerSource::makeHit(qint64 articleId, const QString &title, const QString &text,
                                                  qsizetype start, qsizetype end)
{
    SearchHit hit;
    hit.articleId = articleId;
    hit.title = title;
    hit.start = start;
    hit.end = end;
    const qsizetype from = qMax<qsizetype>(0, start - 60);
    const qsizetype to = qMin(text.size(), end + 60);
    QString snippet = text.mid(from, to - from);
    hit.snippetHitStart = start - from;
    hit.snippetHitEnd = end - from;
    // Newlines would break the one-line result list.
    snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (from > 0) {
        snippet.prepend(QStringLiteral("…"));
        ++hit.snippetHitStart;
        ++hit.snippetHitEnd;
    }
    if (to < text.size())
        snippet.append(QStringLiteral("…"));
    hit.snippet = snippet;
    return hit;
}

} // namespace DealScope
