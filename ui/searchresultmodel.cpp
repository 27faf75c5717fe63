// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultmodel.h"

#include "itemroles.h"

namespace DealScope {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultModel::setHits(const QList<ExplorerSource::SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExplorerSource::SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.title + QStringLiteral(" — ") + hit.snippet;
    case Qt::ToolTipRole:
        return hit.title;
    case ItemRole::RichText: {
        QString snippet;
        const qsizetype a = hit.snippetHitStart;
        const qsizetype b = hit.snippetHitEnd;
        if (a >= 0 && b > a && b <= hit.snippet.size())
            snippet = hit.snippet.left(a).toHtmlEscaped() + QStringLiteral("<mark>")
                + hit.snippet.mid(a, b - a).toHtmlEscaped() + QStringLiteral("</mark>") + hit.snippet.mid(b).toHtmlEscaped();
        else
            snippet = hit.snippet.toHtmlEscaped();
        return QStringLiteral("<b>%1. %2</b><br>%3").arg(hit.rank).arg(hit.title.toHtmlEscaped(), snippet);
    }
    case ItemRole::RowKind: return RowKind::Hit;
    case ItemRole::ArticleId: return hit.articleId;
    case ItemRole::Start: return hit.start;
    case ItemRole::End: return hit.end;
    }
    return {};
}

} // namespace DealScope
