// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace DealScope {

class Database;
class Statement;

// Every fact's sources with the mention rows they name (schema version 10):
// one pass over facts in id order and one over fact_mentions in key order,
// merged by family (a fact's id is family << 20 | n). For readers that want
// all sources at once (FactStore::facts, EventStore).
class FactSourceScan
{
public:
    // The columns of fact_mentions a visitor reads; in the row it is handed
    // they are columns FirstColumn onwards.
    static constexpr int FirstColumn = 3;
    FactSourceScan(const Database &db, const char *mentionColumns);

    // Calls visit(fact id, position among the fact's sources, mention row)
    // for every source, by family, within a family in mention key order. A
    // source whose mention is missing is skipped. False (with `error`) when a
    // statement fails, a blob is damaged, or visit() returns false.
    bool run(const std::function<bool(qint64, qint32, const Statement &)> &visit, QString *error) const;

private:
    const Database &m_db;
    QString m_mentionSql;
};

} // namespace DealScope
