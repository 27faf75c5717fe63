// SPDX-License-Identifier: GPL-3.0-or-later
#include "factcodes.h"

#include <algorithm>

#include "asciidigits.h"
#include "database.h"

#include <sqlite3.h>

namespace DealScope {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

Qualifier qualifierFromName(const QString &name)
{
    for (Qualifier q : {Qualifier::Exact, Qualifier::Approx, Qualifier::UpperBound, Qualifier::LowerBound,
                        Qualifier::Range, Qualifier::Vague})
        if (qualifierName(q) == name)
            return q;
    return Qualifier::Exact;
}

FigureKind kindFromName(const QString &name)
{
    for (FigureKind k : {FigureKind::Money, FigureKind::Percent, FigureKind::Power, FigureKind::Count,
                         FigureKind::Date, FigureKind::Duration})
        if (figureKindName(k) == name)
            return k;
    return FigureKind::Money;
}

} // namespace

FactCodes::FactCodes(Database &db)
    : m_db(db)
    , m_selectName(db.prepare("SELECT id FROM fact_names WHERE name = ?1"))
    // No RETURNING: SQLite runs it as a trigger, which gives the insert a
    // statement journal, and opening one makes FTS5 write out the words it
    // holds for the ingest's articles — a full-text segment per new name.
    , m_insertName(db.prepare("INSERT INTO fact_names (name) VALUES (?1)"))
    , m_nameById(db.prepare("SELECT name FROM fact_names WHERE id = ?1"))
    , m_selectType(db.prepare(
          "SELECT id FROM fact_types WHERE metric = ?1 AND part = ?2 AND kind = ?3 AND unit = ?4 AND qualifier = ?5"))
    , m_insertType(db.prepare(
          "INSERT INTO fact_types (metric, part, kind, unit, qualifier) VALUES (?1, ?2, ?3, ?4, ?5)"))
    , m_typeById(db.prepare("SELECT metric, part, kind, unit, qualifier FROM fact_types WHERE id = ?1"))
{
}

bool FactCodes::load(QString *error)
{
    Statement n = m_db.prepare("SELECT id, name FROM fact_names ORDER BY id");
    m_nameList.clear();
    while (n.step()) {
        const qint64 id = n.columnInt(0);
        const QString name = n.columnText(1);
        m_names.insert(id, name);
        m_nameIds.insert(name, id);
        if (id < qint64(m_nameList.size()) + (qint64(1) << 16)) { // dense ids only: a stray large id stays out
            if (id >= qint64(m_nameList.size()))
                m_nameList.resize(size_t(id) + 1);
            m_nameList[size_t(id)] = name;
        }
    }
    if (!n.succeeded()) {
        setError(error, Database::describe(n.resultCode(), n.errorText()));
        return false;
    }
    Statement t = m_db.prepare("SELECT id, metric, part, kind, unit, qualifier FROM fact_types");
    while (t.step()) {
        Type type{metricFromName(t.columnText(1)).value_or(Metric::Other), t.columnText(2),
                  kindFromName(t.columnText(3)), t.columnText(4), qualifierFromName(t.columnText(5))};
        m_typeIds.insert(typeKey(type), t.columnInt(0));
        m_types.insert(t.columnInt(0), std::move(type));
    }
    if (!t.succeeded()) {
        setError(error, Database::describe(t.resultCode(), t.errorText()));
        return false;
    }
    return true;
}

qint64 FactCodes::selectOrInsert(Statement &select, Statement &insert, const std::function<void(Statement &)> &bind,
                                 QString *error)
{
    // The row is looked up first; only a missing one is inserted.
    bind(select);
    qint64 id = -1;
    if (select.step())
        id = select.columnInt(0);
    else if (!select.succeeded())
        setError(error, Database::describe(select.resultCode(), select.errorText()));
    const bool found = id >= 0 || !select.succeeded();
    select.reset();
    if (found)
        return id;
    bind(insert);
    insert.step();
    if (insert.resultCode() == SQLITE_DONE)
        id = sqlite3_last_insert_rowid(m_db.handle());
    else
        setError(error, Database::describe(insert.resultCode(), insert.errorText()));
    insert.reset();
    return id;
}

qint64 FactCodes::nameId(const QString &name, QString *error)
{
    const QString key = name.isNull() ? QStringLiteral("") : name;
    if (const auto it = m_nameIds.constFind(key); it != m_nameIds.constEnd())
        return *it;
    const qint64 id = selectOrInsert(m_selectName, m_insertName, [&key](Statement &s) { s.bind(1, key); }, error);
    if (id >= 0) {
        m_nameIds.insert(key, id);
        m_names.insert(id, key);
    }
    return id;
}

QString FactCodes::name(qint64 id)
{
    if (id <= 0)
        return QStringLiteral("");
    if (id < qint64(m_nameList.size()) && !m_nameList[size_t(id)].isNull())
        return m_nameList[size_t(id)];
    if (const auto it = m_names.constFind(id); it != m_names.constEnd())
        return *it;
    QString name = QStringLiteral("");
    m_nameById.bind(1, id);
    if (m_nameById.step())
        name = m_nameById.columnText(0);
    m_nameById.reset();
    m_names.insert(id, name);
    return name;
}

QString FactCodes::typeKey(const Type &t)
{
    return metricName(t.metric) + u'\x1f' + t.part + u'\x1f' + figureKindName(t.kind) + u'\x1f' + t.unit + u'\x1f'
        + qualifierName(t.qualifier);
}

qint64 FactCodes::typeId(const Type &type, QString *error)
{
    const QString key = typeKey(type);
    if (const auto it = m_typeIds.constFind(key); it != m_typeIds.constEnd())
        return *it;
    const qint64 id = selectOrInsert(m_selectType, m_insertType, [&type](Statement &s) {
        s.bind(1, metricName(type.metric));
        s.bind(2, type.part.isNull() ? QStringLiteral("") : type.part);
        s.bind(3, figureKindName(type.kind));
        s.bind(4, type.unit.isNull() ? QStringLiteral("") : type.unit);
        s.bind(5, qualifierName(type.qualifier));
    }, error);
    if (id >= 0) {
        m_typeIds.insert(key, id);
        Type stored = type;
        if (stored.part.isNull())
            stored.part = QStringLiteral("");
        if (stored.unit.isNull())
            stored.unit = QStringLiteral("");
        m_types.insert(id, stored);
    }
    return id;
}

const FactCodes::Type &FactCodes::type(qint64 id)
{
    if (const auto it = m_types.constFind(id); it != m_types.constEnd())
        return *it;
    Type type{Metric::Other, QStringLiteral(""), FigureKind::Money, QStringLiteral(""), Qualifier::Exact};
    m_typeById.bind(1, id);
    if (m_typeById.step())
        type = {metricFromName(m_typeById.columnText(0)).value_or(Metric::Other), m_typeById.columnText(1),
                kindFromName(m_typeById.columnText(2)), m_typeById.columnText(3),
                qualifierFromName(m_typeById.columnText(4))};
    m_typeById.reset();
    return *m_types.insert(id, type);
}

qint64 FactCodes::timeCode(const QString &iso, QString *error)
{
    if (iso.isEmpty())
        return 0;
    const int y = iso.size() >= 4 ? asciiDigits(iso, 0, 4) : -1;
    if (y > 0 && iso.size() == 4)
        return y;
    if (y > 0 && (iso.size() == 7 || iso.size() == 10) && iso.at(4) == u'-') {
        const int m = asciiDigits(iso, 5, 2);
        if (m > 0 && iso.size() == 7)
            return qint64(y) * 100 + m;
        const int d = iso.size() == 10 && iso.at(7) == u'-' ? asciiDigits(iso, 8, 2) : -1;
        if (m > 0 && d > 0)
            return (qint64(y) * 100 + m) * 100 + d;
    }
    // Not a plain ISO date: kept as written.
    const qint64 id = nameId(iso, error);
    return id < 0 ? 0 : -id;
}

const FactCodes::Type &FactCodes::applyType(qint64 id, Fact &fact)
{
    const Type &t = type(id);
    fact.metric = t.metric;
    fact.part = t.part;
    fact.unit = t.unit;
    fact.qualifier = t.qualifier;
    return t;
}

FactStatus FactCodes::status(qint64 code)
{
    return FactStatus(std::clamp(int(code), 0, int(FactStatus::Retracted)));
}

QString FactCodes::time(qint64 code)
{
    if (code == 0)
        return QStringLiteral("");
    if (code < 0)
        return name(-code);
    if (const auto it = m_times.constFind(code); it != m_times.constEnd())
        return *it;
    const QString iso = isoDate(code);
    m_times.insert(code, iso);
    return iso;
}

QString FactCodes::isoDate(qint64 code)
{
    auto pad = [](qint64 v, int width) { return QStringLiteral("%1").arg(v, width, 10, QLatin1Char('0')); };
    return code < 10000 ? pad(code, 4)
        : code < 1000000 ? pad(code / 100, 4) + u'-' + pad(code % 100, 2)
                         : pad(code / 10000, 4) + u'-' + pad(code / 100 % 100, 2) + u'-' + pad(code % 100, 2);
}

qint64 FactCodes::hash(const QString &key)
{
    quint64 h = 14695981039346656037ull;
    for (const QChar c : key) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    // The low bits of FNV-1a only depend on the low bits: fold the high half in.
    return qint64((h ^ (h >> 31) ^ (h >> 62)) & 0x7fffffffull);
}

} // namespace DealScope
