// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement.h"
#include "statement.h"

#include <QList>
#include <QString>

namespace DealScope {

class Database;

// Keeps the figure-less ties (distribution, joint ventures) AgreementReader
// finds in each stored article. They are few, so names are stored as text;
// an article's rows go with it (ON DELETE CASCADE). Runs no transaction of
// its own: rows commit with their article.
class AgreementStore
{
public:
    explicit AgreementStore(Database &db);

    bool add(qint64 articleId, const QList<Agreement> &agreements, QString *error = nullptr);
    // Every stored tie, by article and place in it.
    QList<AgreementSource> all(QString *error = nullptr) const;

private:
    Database &m_db;
    Statement m_insert;
};

} // namespace DealScope
