// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include <QDebug>
#include <QFile>
#include <QStringDecoder>

namespace DealScope {

namespace {

bool parseType(QStringView text, EntityType *type, bool *given)
{
    *given = false;
    const QString t = text.trimmed().toString().toLower();
    if (t == QLatin1String("org") || t == QLatin1String("organisation") || t == QLatin1String("organization")
        || t == QLatin1String("company")) {
        *type = EntityType::Organisation;
    } else if (t == QLatin1String("person")) {
        *type = EntityType::Person;
    } else if (t == QLatin1String("product")) {
        *type = EntityType::Product;
    } else if (t == QLatin1String("place")) {
        *type = EntityType::Place;
    } else if (t == QLatin1String("given")) {
        *given = true;
    } else {
        return false;
    }
    return true;
}

QStringList splitList(QStringView column)
{
    QStringList out;
    for (QStringView part : column.split(u'|')) {
        part = part.trimmed();
        if (!part.isEmpty())
            out.append(part.toString());
    }
    return out;
}

// "2025", "2025-03", "2025-03-17": the first day of the period; invalid otherwise.
QDate parseSince(QStringView text)
{
    const QString t = text.trimmed().toString();
    static const char *const formats[] = {"yyyy-MM-dd", "yyyy-MM", "yyyy"};
    for (const char *format : formats) {
        const QDate d = QDate::fromString(t, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    return {};
}

} // namespace

Gazetteer Gazetteer::fromTsv(const QByteArray &tsv, QString *error)
{
    Gazetteer g;
    QStringList problems;
    auto problem = [&problems](qsizetype line, const QString &what) {
        problems.append(QStringLiteral("line %1: %2").arg(line).arg(what));
    };

    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(tsv);
    if (decoder.hasError())
        problems.append(QStringLiteral("the file is not valid UTF-8"));

    QHash<QString, qsizetype> firstLine; // canonical name → line, for duplicates
    QList<QPair<qsizetype, qsizetype>> parentChecks; // (line, entry index)
    qsizetype lineNo = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNo;
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const QList<QStringView> cols = line.split(u'\t');
        if (cols.size() < 2) {
            problem(lineNo, QStringLiteral("expected at least 2 tab-separated columns (name, type), found %1")
                                .arg(cols.size()));
            continue;
        }
        if (cols.size() > 6) {
            problem(lineNo, QStringLiteral("expected at most 6 columns, found %1").arg(cols.size()));
            continue;
        }
        Entry e;
        e.name = cols.at(0).trimmed().toString();
        if (e.name.isEmpty()) {
            problem(lineNo, QStringLiteral("empty name"));
            continue;
        }
        bool given = false;
        if (!parseType(cols.at(1), &e.type, &given)) {
            problem(lineNo, QStringLiteral("unknown type \"%1\" (expected org, person, product, place or given)")
                                .arg(cols.at(1).trimmed().toString()));
            continue;
        }
        if (cols.size() > 2)
            e.aliases = splitList(cols.at(2));
        if (given) {
            if (e.aliases.isEmpty())
                problem(lineNo, QStringLiteral("a given-name line needs names in its third column"));
            for (const QString &n : std::as_const(e.aliases))
                g.m_givenNames.insert(n);
            continue;
        }
        if (cols.size() > 3)
            e.partOf = cols.at(3).trimmed().toString();
        if (cols.size() > 4)
            e.tickers = splitList(cols.at(4));
        if (cols.size() > 5 && !cols.at(5).trimmed().isEmpty()) {
            e.partOfSince = parseSince(cols.at(5));
            if (!e.partOfSince.isValid())
                problem(lineNo, QStringLiteral("part_of_since \"%1\" is no date (YYYY, YYYY-MM or YYYY-MM-DD)")
                                    .arg(cols.at(5).trimmed().toString()));
            else if (e.partOf.isEmpty())
                problem(lineNo, QStringLiteral("part_of_since without a part_of"));
        }
        if (e.partOf == e.name) {
            problem(lineNo, QStringLiteral("\"%1\" is part of itself").arg(e.name));
            e.partOf.clear();
        }
        const auto dup = firstLine.constFind(e.name);
        if (dup != firstLine.cend()) {
            problem(lineNo, QStringLiteral("duplicate name \"%1\" (first on line %2)").arg(e.name).arg(*dup));
            continue;
        }
        // An alias that already names another entry would make matches depend
        // on file order: report it and keep the first.
        QStringList kept;
        for (const QString &alias : std::as_const(e.aliases)) {
            const Entry *other = g.find(alias);
            if (other && other->name != e.name)
                problem(lineNo, QStringLiteral("alias \"%1\" already names \"%2\"").arg(alias, other->name));
            else if (alias != e.name && !kept.contains(alias))
                kept.append(alias);
        }
        e.aliases = kept;
        if (const Entry *other = g.find(e.name)) {
            problem(lineNo, QStringLiteral("name \"%1\" is already an alias of \"%2\"").arg(e.name, other->name));
            continue;
        }
        firstLine.insert(e.name, lineNo);
        if (!e.partOf.isEmpty())
            parentChecks.append({lineNo, g.m_entries.size()});
        g.add(e);
    }
    for (const auto &[line, index] : std::as_const(parentChecks)) {
        const QString &parent = g.m_entries.at(index).partOf;
        if (!firstLine.contains(parent))
            problem(line, QStringLiteral("part_of \"%1\" is not a listed name").arg(parent));
    }
    if (error)
        *error = problems.join(u'\n');
    return g;
}

Gazetteer Gazetteer::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return fromTsv(file.readAll(), error);
}

Gazetteer Gazetteer::bundled()
{
    // Parsed once; copies share the data.
    static const Gazetteer g = [] {
        QString error;
        Gazetteer loaded = fromFile(QStringLiteral(":/dealscope/data/organisations.tsv"), &error);
        if (!error.isEmpty())
            qWarning("bundled gazetteer: %s", qPrintable(error));
        return loaded;
    }();
    return g;
}

void Gazetteer::add(const Entry &entry)
{
    m_index.insert(entry.name, m_entries.size());
    for (const QString &alias : entry.aliases)
        m_index.insert(alias, m_entries.size());
    m_entries.append(entry);
}

const Gazetteer::Entry *Gazetteer::find(const QString &nameOrAlias) const
{
    const auto it = m_index.constFind(nameOrAlias);
    return it == m_index.cend() ? nullptr : &m_entries.at(*it);
}

} // namespace DealScope
