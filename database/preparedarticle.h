// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleextraction.h"
#include "spancodec.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace DealScope {

// An analysed article as the store writes it, made by an ingest worker
// thread so that the single writing thread only looks up a few ids and
// inserts: the text already compressed, each distinct figure type and entity
// listed once, the spans pointing at those lists. The figures and mentions
// themselves (hundreds of small strings) are freed by the worker.
class PreparedArticle
{
public:
    struct TypeKey
    {
        FigureKind kind = FigureKind::Money;
        QString unit;
        Qualifier qualifier = Qualifier::Exact;
    };

    struct EntityKey
    {
        QString name;
        EntityType type = EntityType::Organisation;
        QString partOf;
        qint64 mentions = 0; // in this article
    };

    // `textDictionary`: a TextDictionaries id to compress the text with, or 0.
    static PreparedArticle prepare(const ArticleExtraction &extraction, quint32 textDictionary = 0);

    Article article;           // metadata, text and excluded regions
    QByteArray utf8Text;       // article.text as UTF-8, which the index is given
    QByteArray compressedText; // StoredText::compressUtf8(utf8Text, textDictionary)
    QList<TypeKey> types;
    QList<EntityKey> entities;
    // typeId and entityId are indexes into `types` and `entities` until the
    // writer replaces them with the rows' ids.
    SpanCodec::Spans spans;
};

} // namespace DealScope
