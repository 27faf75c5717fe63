// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleextraction.h"
#include "entityextractor.h"
#include "excludedregionfinder.h"
#include "figureextractor.h"

namespace DealScope {

// The extraction pipeline for one decoded article: excluded regions, figures
// and entities. Const and stateless between calls, so one analyzer can serve
// several threads.
class ArticleAnalyzer
{
public:
    explicit ArticleAnalyzer(Gazetteer gazetteer);
    ArticleExtraction analyze(Article article) const;

private:
    ExcludedRegionFinder m_regions;
    FigureExtractor m_figures;
    EntityExtractor m_entities;
};

} // namespace DealScope
