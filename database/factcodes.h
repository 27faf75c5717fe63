// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fact.h"
#include "factmention.h"
#include "statement.h"

#include <QHash>
#include <QString>

#include <functional>
#include <vector>

namespace DealScope {

class Database;

// The integer codes the fact tables store instead of repeated text: names
// (fact_names), what a reading measures (fact_types) and times. Codes are
// looked up on demand and cached; load() reads both tables at once for
// bulk reads. Runs no transaction: new rows commit with the caller's.
class FactCodes
{
public:
    struct Type
    {
        Metric metric = Metric::Other;
        QString part;
        FigureKind kind = FigureKind::Money;
        QString unit;
        Qualifier qualifier = Qualifier::Exact;
    };

    explicit FactCodes(Database &db);

    bool load(QString *error = nullptr);
    // The row of `name` in fact_names, added when new; -1 on error.
    qint64 nameId(const QString &name, QString *error = nullptr);
    QString name(qint64 id); // "" for 0 (NULL) or an unknown id
    qint64 typeId(const Type &type, QString *error = nullptr);
    const Type &type(qint64 id);
    // Sets the fact's metric, part, unit and qualifier from a type id, and
    // returns the whole type (its kind is not part of a Fact).
    const Type &applyType(qint64 id, Fact &fact);
    // facts.status: the FactStatus in declaration order, 0 single … 3 retracted.
    static FactStatus status(qint64 code);

    // ISO dates of day, month or year precision as yyyymmdd, yyyymm, yyyy;
    // any other text as minus its name id; 0 (NULL) for "".
    qint64 timeCode(const QString &iso, QString *error = nullptr);
    QString time(qint64 code);
    // time() of a positive code, without the cache: for threads that must not touch it.
    static QString isoDate(qint64 code);

    // A 31-bit hash of a family key (FNV-1a over the UTF-16 units, folded):
    // stable across processes, and 4 bytes in a record.
    static qint64 hash(const QString &key);

private:
    static QString typeKey(const Type &type);
    // The id `select` finds, else the one `insert` creates; -1 on error.
    qint64 selectOrInsert(Statement &select, Statement &insert,
                          const std::function<void(Statement &)> &bind, QString *error);

    Database &m_db;
    Statement m_selectName;
    Statement m_insertName;
    Statement m_nameById;
    Statement m_selectType;
    Statement m_insertType;
    Statement m_typeById;
    QHash<QString, qint64> m_nameIds;
    QHash<qint64, QString> m_names;
    // The names load() read, by id (fact_names' ids are dense rowids): name() is asked for every reading a
    // bulk pass decodes, and an index beats a hash look-up. Names added later are found in m_names.
    std::vector<QString> m_nameList;
    QHash<QString, qint64> m_typeIds;
    QHash<qint64, Type> m_types;
    QHash<qint64, QString> m_times; // decoded once: a few thousand distinct dates
};

} // namespace DealScope
