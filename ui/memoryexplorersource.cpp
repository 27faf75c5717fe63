// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryexplorersource.h"

#include "articleanalyzer.h"
#include "articlereader.h"
#include "bundledcorpus.h"
#include "factreconciler.h"
#include "figureformat.h"
#include "relationextractor.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace DealScope {

namespace {

QString metricLabel(Metric metric)
{
    QString name = metricName(metric);
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return name;
}

} // namespace

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
    m_facts.clear();
    m_factIndex.clear();
    m_factsByEntity.clear();
    m_factByMention.clear();

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
    for (const Fact &f : facts) {
        FactSummary s;
        s.id = f.id;
        s.subject = f.subject;
        s.object = f.object;
        s.metric = metricLabel(f.metric);
        if (!f.part.isEmpty())
            s.metric += QStringLiteral(" (%1)").arg(f.part);
        s.kind = f.sources.isEmpty() ? FigureKind::Money : f.sources.first().kind;
        s.value = f.value;
        s.valueMax = f.valueMax;
        s.unit = f.unit;
        s.qualifier = f.qualifier;
        s.valueText = FigureFormat::value(s.kind, f.value, f.valueMax, f.unit, f.qualifier);
        s.when = f.time;
        switch (f.status) {
        case FactStatus::Single: s.status = Status::Single; break;
        case FactStatus::Corroborated: s.status = Status::Corroborated; break;
        case FactStatus::Conflict: s.status = Status::Conflict; break;
        case FactStatus::Retracted: s.status = Status::Retracted; break;
        }
        s.alternatives = f.alternatives;
        for (const FactMention &m : f.sources) {
            const qint64 articleId = articleByFile.value(m.article, -1);
            const Article *a = articleId >= 0 ? &m_articles.at(articleId).article : nullptr;
            FactSource src;
            src.articleId = articleId;
            src.title = a ? (a->title.isEmpty() ? a->fileName : a->title) : m.article;
            src.publisher = a ? a->publisher : QString();
            src.date = m.articleDate;
            src.text = m.text;
            src.start = m.start;
            src.end = m.end;
            src.quote = m.quote;
            src.quoteStart = m.start - m.sentenceStart;
            src.quoteEnd = m.end - m.sentenceStart;
            if (src.quoteStart < 0 || src.quoteEnd > src.quote.size()) {
                src.quoteStart = src.quote.indexOf(m.text);
                src.quoteEnd = src.quoteStart < 0 ? -1 : src.quoteStart + m.text.size();
            }
            s.sources.append(src);
            if (articleId >= 0 && !m_factByMention.contains({articleId, m.start}))
                m_factByMention.insert({articleId, m.start}, f.id);
        }
        m_factIndex.insert(s.id, m_facts.size());
        m_facts.append(s);
        m_factsByEntity[f.subject].append(f.id);
        if (!f.object.isEmpty() && f.object != f.subject)
            m_factsByEntity[f.object].append(f.id);
    }
    // A retracted figure shows what the text says instead: its alternative.
    for (FactSummary &s : m_facts) {
        if (s.status != Status::Retracted)
            continue;
        for (qint64 alt : s.alternatives) {
            const auto it = m_factIndex.constFind(alt);
            if (it != m_factIndex.constEnd() && m_facts.at(*it).status != Status::Retracted) {
                s.correction = m_facts.at(*it).valueText;
                break;
            }
        }
    }

    m_entities.clear();
    for (auto it = entities.begin(); it != entities.end(); ++it) {
        it->articleCount = int(entityArticles.value(it.key()).size());
        it->factCount = int(m_factsByEntity.value(it.key()).size());
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
    QList<FactSummary> list;
    for (qint64 id : m_factsByEntity.value(entity))
        list.append(m_facts.at(m_factIndex.value(id)));
    return list;
}

std::optional<ExplorerSource::FactSummary> MemoryExplorerSource::fact(qint64 id) const
{
    const auto it = m_factIndex.constFind(id);
    if (it == m_factIndex.constEnd())
        return std::nullopt;
    return m_facts.at(*it);
}

qint64 MemoryExplorerSource::factAt(qint64 articleId, qsizetype start) const
{
    return m_factByMention.value({articleId, start}, -1);
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
        SearchHit hit;
        hit.articleId = id;
        hit.title = a.title.isEmpty() ? a.fileName : a.title;
        hit.start = first;
        hit.end = first + words.first().size();
        const qsizetype from = qMax<qsizetype>(0, first - 60);
        const qsizetype to = qMin(a.text.size(), hit.end + 60);
        QString snippet = a.text.mid(from, to - from);
        hit.snippetHitStart = first - from;
        hit.snippetHitEnd = hit.end - from;
        // Newlines would break the one-line result list.
        snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (from > 0) {
            snippet.prepend(QStringLiteral("…"));
            ++hit.snippetHitStart;
            ++hit.snippetHitEnd;
        }
        if (to < a.text.size())
            snippet.append(QStringLiteral("…"));
        hit.snippet = snippet;
        hits.append(hit);
    }
    for (int i = 0; i < hits.size(); ++i)
        hits[i].rank = i + 1;
    return hits;
}

} // namespace DealScope
