// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseexplorersource.h"

#include "articlerepository.h"
#include "database.h"
#include "defaultdatabase.h"
#include "factstore.h"
#include "searchindex.h"

#include <algorithm>

namespace DealScope {

namespace {

constexpr int CachedArticles = 16;

EntityType entityTypeFromName(const QString &name)
{
    for (EntityType t : {EntityType::Organisation, EntityType::Person, EntityType::Product, EntityType::Place}) {
        if (entityTypeName(t) == name)
            return t;
    }
    return EntityType::Organisation;
}

ExplorerSource::ArticleSummary summaryOf(const ArticleRepository::Entry &e)
{
    return {e.id, e.fileName, e.title.isEmpty() ? e.fileName : e.title, e.publisher, e.date};
}

} // namespace

DatabaseExplorerSource::DatabaseExplorerSource(QObject *parent)
    : ExplorerSource(parent)
    , m_db(std::make_unique<Database>())
    , m_analyzer(Gazetteer::bundled())
    , m_extractions(CachedArticles)
{
}

DatabaseExplorerSource::~DatabaseExplorerSource()
{
    // The statements must go before their connection.
    m_search.reset();
    m_repository.reset();
    m_db.reset();
}

bool DatabaseExplorerSource::open(const QString &path, QString *error)
{
    m_search.reset();
    m_repository.reset();
    m_db->close();
    if (!DefaultDatabase::open(*m_db, path, error))
        return false;
    // A database filled before facts were stored (or by older rules) gets
    // them now, once.
    FactStore store(*m_db);
    if (!store.isCurrent()) {
        QString why;
        if (!store.refresh(m_analyzer, &why))
            qWarning("dealscope: cannot bring the facts up to date: %s", qPrintable(why));
    }
    m_repository = std::make_unique<ArticleRepository>(*m_db);
    m_search = std::make_unique<SearchIndex>(*m_db);
    reload();
    return true;
}

QString DatabaseExplorerSource::databasePath() const
{
    return m_db->path();
}

void DatabaseExplorerSource::reload()
{
    m_extractions.clear();
    m_articleCount.reset();
    m_facts.reset();
    m_entities.reset();
    m_refs.clear();
    emit contentChanged();
}

QString DatabaseExplorerSource::location() const
{
    return m_db->path();
}

QList<ExplorerSource::ArticleSummary> DatabaseExplorerSource::articles() const
{
    QList<ArticleSummary> list;
    if (!m_repository)
        return list;
    for (const ArticleRepository::Entry &e : m_repository->list())
        list.append(summaryOf(e));
    return list;
}

int DatabaseExplorerSource::articleCount() const
{
    if (!m_articleCount)
        m_articleCount = m_repository ? int(m_repository->count()) : 0;
    return *m_articleCount;
}

std::optional<ExplorerSource::ArticleSummary> DatabaseExplorerSource::articleSummary(qint64 id) const
{
    if (!m_repository)
        return std::nullopt;
    if (const auto e = m_repository->entry(id))
        return summaryOf(*e);
    return std::nullopt;
}

std::optional<ArticleExtraction> DatabaseExplorerSource::article(qint64 id) const
{
    if (const ArticleExtraction *cached = m_extractions.object(id))
        return *cached;
    if (!m_repository)
        return std::nullopt;
    std::optional<Article> stored = m_repository->article(id);
    if (!stored)
        return std::nullopt;
    // The same analysis the ingest ran, on the same text: the same offsets.
    auto *x = new ArticleExtraction(m_analyzer.analyze(std::move(*stored)));
    std::optional<ArticleExtraction> result = *x;
    m_extractions.insert(id, x);
    return result;
}

FactIndex::ArticleRef DatabaseExplorerSource::articleRef(const QString &fileName) const
{
    const auto it = m_refs.constFind(fileName);
    if (it != m_refs.constEnd())
        return *it;
    FactIndex::ArticleRef ref;
    ref.id = m_repository ? m_repository->idForFileName(fileName) : -1;
    if (ref.id >= 0) {
        if (const auto e = m_repository->entry(ref.id)) {
            ref.title = e->title.isEmpty() ? e->fileName : e->title;
            ref.publisher = e->publisher;
        }
    }
    m_refs.insert(fileName, ref);
    return ref;
}

const FactIndex &DatabaseExplorerSource::facts() const
{
    if (!m_facts) {
        m_facts.emplace();
        if (m_db->isOpen()) {
            const FactStore store(*m_db);
            QString error;
            // Sources name their article by file name: map them all in one
            // pass, not one lookup per name (file_name has no index).
            if (m_refs.isEmpty() && m_repository) {
                for (const ArticleRepository::Entry &e : m_repository->list()) {
                    FactIndex::ArticleRef &ref = m_refs[e.fileName];
                    if (e.id > ref.id) // the newest of one name, as idForFileName()
                        ref = {e.id, e.title.isEmpty() ? e.fileName : e.title, e.publisher};
                }
            }
            const QList<Fact> all = store.facts(&error);
            if (!error.isEmpty())
                qWarning("dealscope: cannot read the facts: %s", qPrintable(error));
            m_facts->rebuild(all, [this](const FactMention &m) { return articleRef(m.article); });
        }
    }
    return *m_facts;
}

QList<ExplorerSource::EntitySummary> DatabaseExplorerSource::entities() const
{
    if (!m_entities) {
        m_entities.emplace();
        if (m_repository) {
            const QHash<QString, int> factCounts = facts().entityFactCounts();
            for (const ArticleRepository::EntityCount &c : m_repository->entities())
                m_entities->append({c.name, entityTypeFromName(c.type), c.articleCount, factCounts.value(c.name)});
            std::sort(m_entities->begin(), m_entities->end(), [](const EntitySummary &a, const EntitySummary &b) {
                if (a.factCount != b.factCount)
                    return a.factCount > b.factCount;
                if (a.articleCount != b.articleCount)
                    return a.articleCount > b.articleCount;
                return a.name.localeAwareCompare(b.name) < 0;
            });
        }
    }
    return *m_entities;
}

QList<ExplorerSource::FactSummary> DatabaseExplorerSource::factsAbout(const QString &entity) const
{
    return facts().about(entity);
}

std::optional<ExplorerSource::FactSummary> DatabaseExplorerSource::fact(qint64 id) const
{
    return facts().fact(id);
}

qint64 DatabaseExplorerSource::factAt(qint64 articleId, qsizetype start) const
{
    return facts().factAt(articleId, start);
}

int DatabaseExplorerSource::factCount() const
{
    return facts().count();
}

QList<ExplorerSource::SearchHit> DatabaseExplorerSource::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    const SearchQuery parsed = SearchQuery::parse(query);
    if (!m_search || !parsed.isValid())
        return hits;
    QString error;
    const QList<SearchIndex::Result> results = m_search->search(parsed, limit, &error);
    if (!error.isEmpty())
        qWarning("dealscope: search failed: %s", qPrintable(error));
    for (const SearchIndex::Result &r : results) {
        const QString title = r.title.isEmpty() ? r.fileName : r.title;
        const std::optional<Article> a = r.hits.isEmpty() ? std::nullopt : m_repository->article(r.articleId);
        SearchHit hit = a ? makeHit(r.articleId, title, a->text, r.hits.first().start, r.hits.first().end)
                          : SearchHit{r.articleId, title, 0, r.snippet, -1, -1, -1, -1};
        hit.rank = r.rank;
        hits.append(hit);
    }
    return hits;
}

} // namespace DealScope
