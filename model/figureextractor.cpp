// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureextractor.h"

namespace DealScope {

FigureExtractor::FigureExtractor() = default;

QList<Figure> FigureExtractor::extract(const QString &text, const QDate &articleDate) const
{
    Q_UNUSED(text);
    Q_UNUSED(articleDate);
    return {};
}

} // namespace DealScope
