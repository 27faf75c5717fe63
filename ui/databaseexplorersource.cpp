// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseexplorersource.h"

#include "articlerepository.h"
#include "database.h"
#include "defaultdatabase.h"
#include "eventstore.h"
#include "factindex.h"
#include "factoutline.h"
#include "factquery.h"
#include "factrefresher.h"
#include "factstore.h"
#include "figureformat.h"
#include "searchindex.h"
#include "summaryloader.h"

#include <limits>

namespace DealScope {

namespace {

constexpr int CachedArticles = 64; // analysed articles, ~50 KB each
constexpr int CachedTexts = 256;
constexpr int CachedFacts = 1024;
constexpr int CachedListedFacts = 8192; // ~1 KB each

ExplorerSource::ArticleSummary summaryOf(const ArticleRepository::Entry &e)
{
    return {e.id, e.fileName, e.title.isEmpty() ? e.fileName : e.title, e.publisher, e.date};
}

ExplorerSource::EventSummary summaryOf(const EventStore::Row &row)
{
    ExplorerSource::EventSummary e;
    e.id = row.id;
    e.date = row.date;
    e.title = row.title;
    e.parties = row.parties;
    e.figure = row.figure;
    e.articleCount = row.articleCount;
    return e;
}

} // namespace

DatabaseExplorerSource::DatabaseExplorerSource(QObject *parent)
    : ExplorerSource(parent)
    , m_db(std::make_unique<Database>())
    , m_analyzer(Gazetteer::bundled())
    , m_summaries(new SummaryLoader(this))
    , m_events(new SummaryLoader(SummaryLoader::Part::Events, this))
    , m_refresher(new FactRefresher(this))
    , m_extractions(CachedArticles)
    , m_texts(CachedTexts)
    , m_factCache(CachedFacts)
    , m_listedCache(CachedListedFacts)
{
    connect(m_summaries, &SummaryLoader::ready, this, &ExplorerSource::summariesReady);
    connect(m_summaries, &SummaryLoader::ready, this, [this] {
        if (m_eventsWanted && m_db->isOpen() && !m_events->isReady() && !m_events->isRunning())
            m_events->start(m_db->path());
    });
    connect(m_events, &SummaryLoader::ready, this, &ExplorerSource::eventsReady);
    connect(m_refresher, &FactRefresher::finished, this, &DatabaseExplorerSource::refreshFinished);
}

DatabaseExplorerSource::~DatabaseExplorerSource()
{
    // Workers first (they have connections of their own), then the
    // statements before their connection.
    delete m_refresher;
    delete m_summaries;
    delete m_events;
    m_facts.reset();
    m_search.reset();
    m_repository.reset();
    m_db.reset();
}

bool DatabaseExplorerSource::open(const QString &path, QString *error)
{
    m_facts.reset();
    m_search.reset();
    m_repository.reset();
    m_db->close();
    if (!DefaultDatabase::open(*m_db, path, error))
        return false;
    m_repository = std::make_unique<ArticleRepository>(*m_db);
    m_search = std::make_unique<SearchIndex>(*m_db);
    m_facts = std::make_unique<FactQuery>(*m_db);
    // A database filled before facts were stored (or by older rules) gets
    // them now, in the background: the window shows the facts it has meanwhile.
    if (!FactStore(*m_db).isCurrent() && !m_refresher->isRunning()) {
        m_refresher->start(m_db->path());
        emit workStarted(backgroundWork());
    }
    reload();
    return true;
}

QString DatabaseExplorerSource::databasePath() const
{
    return m_db->path();
}

bool DatabaseExplorerSource::isRefreshing() const
{
    return m_refresher->isRunning();
}

QString DatabaseExplorerSource::backgroundWork() const
{
    return isRefreshing() ? tr("Bringing the facts up to date…") : QString();
}

void DatabaseExplorerSource::refreshFinished(bool ok, const QString &error)
{
    if (!ok)
        qWarning("dealscope: cannot bring the facts up to date: %s", qPrintable(error));
    reload();
    emit workFinished(ok ? tr("Facts are up to date") : tr("Facts could not be brought up to date: %1").arg(error));
}

void DatabaseExplorerSource::reload()
{
    m_extractions.clear();
    m_texts.clear();
    m_factCache.clear();
    m_listedCache.clear();
    m_summaryCache.clear();
    m_articleCount.reset();
    m_events->cancel(); // started again when the summaries are ready, if they were asked for
    if (m_db->isOpen())
        m_summaries->start(m_db->path());
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

std::optional<ExplorerSource::ArticleSummary> DatabaseExplorerSource::cachedSummary(qint64 id) const
{
    const auto it = m_summaryCache.constFind(id);
    if (it != m_summaryCache.constEnd())
        return *it;
    const std::optional<ArticleSummary> summary = articleSummary(id);
    m_summaryCache.insert(id, summary);
    return summary;
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

const DatabaseExplorerSource::ArticleText *DatabaseExplorerSource::articleText(qint64 id) const
{
    if (const ArticleText *cached = m_texts.object(id))
        return cached;
    if (!m_repository)
        return nullptr;
    std::optional<Article> stored = m_repository->article(id);
    if (!stored)
        return nullptr;
    m_texts.insert(id, new ArticleText{std::move(stored->text)});
    return m_texts.object(id);
}

std::optional<ExplorerSource::FactSummary> DatabaseExplorerSource::readFact(qint64 id, bool withQuotes) const
{
    const std::optional<FactQuery::Row> row = m_facts ? m_facts->fact(id) : std::nullopt;
    if (!row)
        return std::nullopt;
    const Fact &f = row->fact;
    FactSummary s;
    s.id = f.id;
    s.subject = f.subject;
    s.object = f.object;
    s.metric = FactIndex::metricLabel(f);
    s.kind = row->kind;
    s.value = f.value;
    s.valueMax = f.valueMax;
    s.unit = f.unit;
    s.qualifier = f.qualifier;
    s.valueText = FigureFormat::value(s.kind, f.value, f.valueMax, f.unit, f.qualifier);
    s.when = f.time;
    s.status = FactIndex::statusOf(f.status);
    s.alternatives = f.alternatives;
    for (const FactQuery::Source &m : row->sources) {
        FactSource src;
        src.articleId = m.articleId;
        src.start = m.start;
        src.end = m.end;
        if (const auto a = cachedSummary(m.articleId)) {
            src.title = a->title;
            src.publisher = a->publisher;
            src.date = a->date;
        }
        // Quotes need the article's text: only when asked for.
        if (const ArticleText *t = withQuotes ? articleText(m.articleId) : nullptr) {
            src.text = t->text.mid(m.start, m.end - m.start);
            qsizetype quoteEnd = m.sentenceEnd; // stored with the mention
            if (quoteEnd < m.sentenceStart || quoteEnd > t->text.size())
                quoteEnd = t->text.size();
            src.quote = t->text.mid(m.sentenceStart, quoteEnd - m.sentenceStart);
            src.quoteStart = m.start - m.sentenceStart;
            src.quoteEnd = m.end - m.sentenceStart;
            if (src.quoteStart < 0 || src.quoteEnd > src.quote.size()) {
                src.quoteStart = src.quote.indexOf(src.text);
                src.quoteEnd = src.quoteStart < 0 ? -1 : src.quoteStart + src.text.size();
            }
        }
        s.sources.append(src);
    }
    // A retracted figure shows what the text says instead: its alternative.
    if (s.status == Status::Retracted) {
        for (qint64 alt : s.alternatives) {
            const std::optional<FactQuery::Row> other = m_facts->fact(alt);
            if (other && other->fact.status != FactStatus::Retracted) {
                s.correction = FigureFormat::value(other->kind, other->fact.value, other->fact.valueMax,
                                                   other->fact.unit, other->fact.qualifier);
                break;
            }
        }
    }
    return s;
}

std::optional<ExplorerSource::FactSummary> DatabaseExplorerSource::fact(qint64 id) const
{
    if (const FactSummary *cached = m_factCache.object(id))
        return *cached;
    std::optional<FactSummary> f = readFact(id, true);
    if (f)
        m_factCache.insert(id, new FactSummary(*f));
    return f;
}

std::optional<ExplorerSource::FactSummary> DatabaseExplorerSource::factForList(qint64 id) const
{
    if (const FactSummary *cached = m_factCache.object(id))
        return *cached;
    if (const FactSummary *cached = m_listedCache.object(id))
        return *cached;
    std::optional<FactSummary> f = readFact(id, false);
    if (f)
        m_listedCache.insert(id, new FactSummary(*f));
    return f;
}

QList<ExplorerSource::FactGroup> DatabaseExplorerSource::factGroups(const QString &entity) const
{
    if (m_summaries->isReady()) {
        const FactOutline &outline = m_summaries->wait().outline;
        if (outline.isValid())
            return outline.groupsAbout(entity);
    }
    // Before the outline is there: the entity's facts by a scan of the facts table.
    FactOutline one;
    if (m_facts) {
        m_facts->forEachKey(
            [&one](const FactQuery::Key &key) {
                one.add(key);
                return true;
            },
            entity);
    }
    one.finish();
    return one.groupsAbout(entity);
}

QList<ExplorerSource::FactSummary> DatabaseExplorerSource::factsAbout(const QString &entity) const
{
    QList<FactSummary> list;
    for (const FactGroup &g : factGroups(entity)) {
        for (qint64 id : g.ids) {
            if (const auto f = fact(id))
                list.append(*f);
        }
    }
    return list;
}

QList<ExplorerSource::EntitySummary> DatabaseExplorerSource::entities() const
{
    if (!m_db->isOpen())
        return {};
    return m_summaries->wait().entities;
}

QList<ExplorerSource::EventSummary> DatabaseExplorerSource::events() const
{
    if (!m_db->isOpen())
        return {};
    // Asked for before the entity list is done: build them now rather than answer none.
    m_eventsWanted = true;
    if (!m_events->isReady() && !m_events->isRunning())
        m_events->start(m_db->path());
    m_events->wait();
    // Every event at once: for small stores and tests; the deal list reads pages.
    QList<EventSummary> all = eventPage(0, int(qMin<qint64>(eventCount(), std::numeric_limits<int>::max())));
    const EventStore store(*m_db);
    for (EventSummary &e : all)
        e.facts = store.factsOf(e.id);
    return all;
}

std::optional<ExplorerSource::EventSummary> DatabaseExplorerSource::eventSummary(qint64 id) const
{
    if (!m_db->isOpen())
        return std::nullopt;
    const EventStore store(*m_db);
    const auto row = store.row(id);
    if (!row)
        return std::nullopt;
    EventSummary e = summaryOf(*row);
    e.facts = store.factsOf(id);
    return e;
}

qint64 DatabaseExplorerSource::eventCount(const QString &party) const
{
    if (!m_db->isOpen())
        return 0;
    const EventStore store(*m_db);
    return party.isEmpty() ? store.count() : store.countOf(party);
}

QList<ExplorerSource::EventSummary> DatabaseExplorerSource::eventPage(qint64 offset, int limit,
                                                                      const QString &party) const
{
    if (!m_db->isOpen())
        return {};
    QList<EventSummary> page;
    for (const EventStore::Row &row : EventStore(*m_db).rows(offset, limit, party))
        page.append(summaryOf(row));
    return page;
}

void DatabaseExplorerSource::requestEvents() const
{
    m_eventsWanted = true;
    if (m_db->isOpen() && m_summaries->isReady() && !m_events->isReady() && !m_events->isRunning())
        m_events->start(m_db->path());
}

bool DatabaseExplorerSource::hasEvents() const
{
    return !m_db->isOpen() || m_events->isReady();
}

qint64 DatabaseExplorerSource::factAt(qint64 articleId, qsizetype start) const
{
    return m_facts ? m_facts->factAt(articleId, start) : -1;
}

int DatabaseExplorerSource::factCount() const
{
    if (m_summaries->isReady())
        return int(m_summaries->wait().factCount);
    return m_facts ? int(m_facts->count()) : 0;
}

bool DatabaseExplorerSource::hasSummaries() const
{
    return !m_db->isOpen() || m_summaries->isReady();
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
