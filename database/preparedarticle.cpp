// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparedarticle.h"

#include "storedtext.h"

#include <QHash>
#include <QPair>

namespace DealScope {

PreparedArticle PreparedArticle::prepare(const ArticleExtraction &x, quint32 textDictionary)
{
    PreparedArticle p;
    p.article = x.article;
    p.utf8Text = x.article.text.toUtf8();
    p.compressedText = StoredText::compressUtf8(p.utf8Text, textDictionary);

    // Figures and mentions in the order extraction gave them.
    QHash<QPair<QString, int>, qint64> typeIndex; // (unit, kind * 256 + qualifier)
    p.spans.figures.reserve(x.figures.size());
    for (const Figure &f : x.figures) {
        const QPair<QString, int> key(f.unit, int(f.kind) * 256 + int(f.qualifier));
        auto it = typeIndex.constFind(key);
        if (it == typeIndex.constEnd()) {
            it = typeIndex.insert(key, p.types.size());
            p.types.append({f.kind, f.unit.isNull() ? QStringLiteral("") : f.unit, f.qualifier});
        }
        SpanCodec::StoredFigure stored;
        stored.start = f.start;
        stored.end = f.end;
        stored.typeId = *it;
        if (f.kind != FigureKind::Date) {
            stored.value = f.value;
            stored.valueMax = f.valueMax;
        }
        stored.date = f.date;
        stored.dateMax = f.dateMax;
        stored.retracted = f.retracted;
        p.spans.figures.append(stored);
    }
    QHash<QPair<QString, int>, qint64> entityIndex; // (name, type)
    p.spans.mentions.reserve(x.entities.size());
    for (const EntityMention &e : x.entities) {
        const QPair<QString, int> key(e.name, int(e.type));
        auto it = entityIndex.constFind(key);
        if (it == entityIndex.constEnd()) {
            it = entityIndex.insert(key, p.entities.size());
            p.entities.append({e.name, e.type, e.partOf, 0});
        }
        ++p.entities[*it].mentions;
        p.spans.mentions.append({qint64(e.start), qint64(e.end), *it, e.known});
    }
    return p;
}

} // namespace DealScope
