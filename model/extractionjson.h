// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleextraction.h"

#include <QJsonObject>

namespace DealScope {

// The JSON of `dealscope extract --json`, as the command-line contract defines it.
class ExtractionJson
{
public:
    static QJsonObject article(const ArticleExtraction &extraction);
    static QJsonObject figure(const Figure &figure, const QString &text);
    static QJsonObject entity(const EntityMention &entity, const QString &text);
};

} // namespace DealScope
