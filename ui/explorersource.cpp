// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorersource.h"

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
        return tr("Event %1").arg(selection.id);
    case Selection::Kind::Article:
    case Selection::Kind::FigureMention:
        for (const ArticleSummary &a : articles()) {
            if (a.id == selection.articleId)
                return selection.kind == Selection::Kind::Article
                    ? tr("Article: %1").arg(a.title)
                    : tr("Figure at %1 in %2").arg(selection.start).arg(a.title);
        }
        return tr("Article %1").arg(selection.articleId);
    }
    return QString();
}

} // namespace DealScope
