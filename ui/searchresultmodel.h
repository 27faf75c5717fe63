// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explorersource.h"

#include <QAbstractListModel>

namespace DealScope {

// Search results, one row per article: title and snippet, hit highlighted.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(const QList<ExplorerSource::SearchHit> &hits);
    const QList<ExplorerSource::SearchHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<ExplorerSource::SearchHit> m_hits;
};

} // namespace DealScope
