// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleanalyzer.h"

namespace DealScope {

ArticleAnalyzer::ArticleAnalyzer(Gazetteer gazetteer)
    : m_entities(std::move(gazetteer))
{
}

ArticleExtraction ArticleAnalyzer::analyze(Article article) const
{
    ArticleExtraction extraction;
    article.excluded = m_regions.find(article.text);
    extraction.figures = m_figures.extract(article.text, article.date);
    extraction.entities = m_entities.extract(article.text);
    extraction.article = std::move(article);
    return extraction;
}

} // namespace DealScope
