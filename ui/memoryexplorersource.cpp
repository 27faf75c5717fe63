// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryexplorersource.h"

#include "articleanalyzer.h"
#include "articlereader.h"
#include "bundledcorpus.h"
#include "eventlistbuilder.h"
#include "factreconciler.h"
#include "relationextractor.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace DealScope {

MemoryExplorerSource::MemoryExplorerSource(QObject *parent)
    : ExplorerSource(parent)
    , m_location(tr("bundled sample (in memory)"))
    , m_gazetteer(Gazetteer::bundled())
{
}

MemoryExplorerSource *MemoryExplorerSource::fromBundledCorpus(QObject *parent)
{
    auto *source = new MemoryExplorerSource(parent);
    const ArticleReader reader;
    const ArticleAnalyzer analyzer(source->m_gazetteer);
    QList<ArticleExtraction> extractions;
    for (const BundledCorpus::File &file : BundledCorpus::files()) {
        ArticleReader::Result read = reader.readBytes(file.bytes, file.fileName,
                                                      BundledCorpus::resourceFolder() + QLatin1Char('/') + file.fileName);
        if (read.ok())
            extractions.append(analyzer.analyze(std::move(read.article)));
    }
    source->addArticles(extractions);
    return source;
}

QList<qint64> MemoryExplorerSource::addArticles(const QList<ArticleExtraction> &extractions)
{
    QList<qint64> ids;
    for (const ArticleExtraction &e : extractions) {
        ids.append(m_articles.size());
        m_articles.append(e);
    }
    rebuild();
    emit contentChanged();
    return ids;
}

void MemoryExplorerSource::rebuild()
{
    const RelationExtractor relations(m_gazetteer);
    QList<FactMention> mentions;
    QHash<QString, qint64> articleByFile;
    QHash<QString, EntitySummary> entities;
    QHash<QString, QSet<qint64>> entityArticles;
    for (qint64 id = 0; id < m_articles.size(); ++id) {
        const ArticleExtraction &x = m_articles.at(id);
        articleByFile.insert(x.article.fileName, id);
        mentions += relations.extract(x, int(id));
        for (const EntityMention &m : x.entities) {
            EntitySummary &e = entities[m.name];
            e.name = m.name;
            e.type = m.type;
            entityArticles[m.name].insert(id);
        }
    }

    const QList<Fact> facts = FactReconciler::reconcile(mentions);
    m_events = EventListBuilder::build(facts);
    m_facts.rebuild(facts, [&](const FactMention &m) {
        FactIndex::ArticleRef ref;
        ref.id = articleByFile.value(m.article, -1);
        if (ref.id >= 0) {
            const Article &a = m_articles.at(ref.id).article;
            ref.title = a.title.isEmpty() ? a.fileName : a.title;
            ref.publisher = a.publisher;
        }
        return ref;
    });

    m_entities.clear();
    for (auto it = entities.begin(); it != entities.end(); ++it) {
        it->articleCount = int(entityArticles.value(it.key()).size());
        it->factCount = m_facts.countAbout(it.key());
        m_entities.append(*it);
    }
    std::sort(m_entities.begin(), m_entities.end(), [](const EntitySummary &a, const EntitySummary &b) {
        if (a.factCount != b.factCount)
            return a.factCount > b.factCount;
        if (a.articleCount != b.articleCount)
            return a.articleCount > b.articleCount;
        return a.name.localeAwareCompare(b.name) < 0;
    });
}

QList<ExplorerSource::ArticleSummary> MemoryExplorerSource::articles() const
{
    QList<ArticleSummary> list;
    for (qint64 id = 0; id < m_articles.size(); ++id) {
        const Article &a = m_articles.at(id).article;
        list.append({id, a.fileName, a.title.isEmpty() ? a.fileName : a.title, a.publisher, a.date});
    }
    return list;
}

std::optional<ArticleExtraction> MemoryExplorerSource::article(qint64 id) const
{
    if (id < 0 || id >= m_articles.size())
        return std::nullopt;
    return m_articles.at(id);
}

QList<ExplorerSource::EntitySummary> MemoryExplorerSource::entities() const
{
    return m_entities;
}

QList<ExplorerSource::FactSummary> MemoryExplorerSource::factsAbout(const QString &entity) const
{
    return m_facts.about(entity);
}

std::optional<ExplorerSource::FactSummary> MemoryExplorerSource::fact(qint64 id) const
{
    return m_facts.fact(id);
}

qint64 MemoryExplorerSource::factAt(qint64 articleId, qsizetype start) const
{
    return m_facts.factAt(articleId, start);
}

QList<ExplorerSource::SearchHit> MemoryExplorerSource::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return hits;
    for (qint64 id = 0; id < m_articles.size() && hits.size() < limit; ++id) {
        const Article &a = m_articles.at(id).article;
        qsizetype first = -1;
        bool all = true;
        for (const QString &w : words) {
            const qsizetype at = a.text.indexOf(w, 0, Qt::CaseInsensitive);
            if (at < 0) {
                all = false;
                break;
            }
            if (first < 0)
                first = at;
        }
        if (!all)
            continue;
        const SearchHit hit = makeHit(id, a.title.isEmpty() ? a.fileName : a.title, a.text, first,
                                      first + words.first().size());
        hits.append(hit);
    }
    for (int i = 0; i < hits.size(); ++i)
        hits[i].rank = i + 1;
    return hits;
}

} // namespace DealScope
