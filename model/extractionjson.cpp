// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractionjson.h"

#include <QJsonArray>

namespace DealScope {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject ExtractionJson::figure(const Figure &f, const QString &text)
{
    QJsonObject o;
    o[QLatin1String("kind")] = figureKindName(f.kind);
    o[QLatin1String("text")] = text.mid(f.start, f.end - f.start);
    o[QLatin1String("start")] = qint64(f.start);
    o[QLatin1String("end")] = qint64(f.end);
    if (f.kind == FigureKind::Date) {
        o[QLatin1String("value")] = stringOrNull(f.date);
        o[QLatin1String("value_max")] = stringOrNull(f.dateMax);
    } else {
        o[QLatin1String("value")] = f.value;
        o[QLatin1String("value_max")] = f.valueMax ? QJsonValue(*f.valueMax) : QJsonValue(QJsonValue::Null);
    }
    o[QLatin1String("unit")] = stringOrNull(f.unit);
    o[QLatin1String("qualifier")] = qualifierName(f.qualifier);
    o[QLatin1String("retracted")] = f.retracted;
    return o;
}

QJsonObject ExtractionJson::entity(const EntityMention &e, const QString &text)
{
    QJsonObject o;
    o[QLatin1String("name")] = e.name;
    o[QLatin1String("type")] = entityTypeName(e.type);
    o[QLatin1String("text")] = text.mid(e.start, e.end - e.start);
    o[QLatin1String("start")] = qint64(e.start);
    o[QLatin1String("end")] = qint64(e.end);
    o[QLatin1String("part_of")] = stringOrNull(e.partOf);
    o[QLatin1String("known")] = e.known;
    return o;
}

QJsonObject ExtractionJson::article(const ArticleExtraction &x)
{
    const Article &a = x.article;
    QJsonObject o;
    o[QLatin1String("file")] = a.fileName;
    o[QLatin1String("path")] = a.filePath;
    o[QLatin1String("format")] = a.format;
    o[QLatin1String("encoding")] = a.encoding;
    o[QLatin1String("title")] = stringOrNull(a.title);
    o[QLatin1String("publisher")] = stringOrNull(a.publisher);
    o[QLatin1String("date")] = a.date.isValid() ? QJsonValue(a.date.toString(Qt::ISODate))
                                                : QJsonValue(QJsonValue::Null);
    QJsonArray figures;
    for (const Figure &f : x.figures) {
        QJsonObject fo = figure(f, a.text);
        // Figures of teasers and furniture stay visible, marked with their region.
        for (const ExcludedRegion &r : a.excluded) {
            if (r.contains(f.start, f.end)) {
                fo[QLatin1String("excluded")] = exclusionReasonName(r.reason);
                break;
            }
        }
        figures.append(fo);
    }
    o[QLatin1String("figures")] = figures;
    QJsonArray entities;
    for (const EntityMention &e : x.entities)
        entities.append(entity(e, a.text));
    o[QLatin1String("entities")] = entities;
    QJsonArray excluded;
    for (const ExcludedRegion &r : a.excluded) {
        excluded.append(QJsonObject{{QLatin1String("start"), qint64(r.start)},
                                    {QLatin1String("end"), qint64(r.end)},
                                    {QLatin1String("reason"), exclusionReasonName(r.reason)}});
    }
    o[QLatin1String("excluded")] = excluded;
    return o;
}

} // namespace DealScope
