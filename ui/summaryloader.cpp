// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryloader.h"

#include "database.h"
#include "eventstore.h"
#include "factquery.h"
#include "factstore.h"

#include <QCollator>
#include <QThread>

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

namespace DealScope {

namespace {

EntityType entityTypeFromName(const QString &name)
{
    for (EntityType t : {EntityType::Organisation, EntityType::Person, EntityType::Product, EntityType::Place}) {
        if (entityTypeName(t) == name)
            return t;
    }
    return EntityType::Organisation;
}

} // namespace

SummaryLoader::SummaryLoader(QObject *parent)
    : QObject(parent)
{
}

SummaryLoader::SummaryLoader(Part part, QObject *parent)
    : QObject(parent)
    , m_part(part)
{
}

SummaryLoader::~SummaryLoader()
{
    m_stopped.append(m_current);
    for (const Run &run : std::as_const(m_stopped)) {
        if (!run.thread)
            continue;
        *run.stop = true;
        run.thread->wait();
        delete run.thread;
    }
}

std::shared_ptr<SummaryLoader::Summaries> SummaryLoader::compute(const QString &path, const std::atomic<bool> &stop,
                                                                 Part part)
{
    auto out = std::make_shared<Summaries>();
    Database db; // one connection per thread
    Database::Options options;
    options.create = false;
    options.migrate = false; // the window's connection has done that
    if (!db.open(path, options, &out->error))
        return out;
    if (part == Part::Events) {
        // Stored events are read page by page by the window; they are built
        // here only when the facts changed since (a database of an older
        // DealScope, or facts brought up to date).
        EventStore store(db);
        if (!store.isCurrent()) {
            if (!store.rebuild(&out->error, &stop))
                return stop ? std::make_shared<Summaries>() : out;
        }
        out->eventCount = store.count();
        return out;
    }
    const FactQuery query(db);
    if (!query.forEachKey([&](const FactQuery::Key &key) {
            out->outline.add(key);
            return !stop;
        }))
        out->error = query.lastError();
    if (stop)
        return std::make_shared<Summaries>();
    out->outline.finish();
    out->factCount = out->outline.factCount();
    const bool countFacts = !out->outline.isValid(); // else the outline counts them
    for (const FactQuery::EntityRow &row : query.entities(countFacts)) {
        const int facts = countFacts ? row.factCount : out->outline.countAbout(row.name);
        out->entities.append({row.name, entityTypeFromName(row.type), row.articleCount, facts});
    }
    if (stop)
        return std::make_shared<Summaries>();
    // Most facts first, then most articles, then by name as the locale sorts
    // names (collation keys made once: comparing names directly is slow).
    const QCollator collator;
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(out->entities.size()));
    for (const ExplorerSource::EntitySummary &e : std::as_const(out->entities))
        keys.push_back(collator.sortKey(e.name));
    std::vector<qsizetype> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    const auto &list = out->entities;
    std::sort(order.begin(), order.end(), [&list, &keys](qsizetype i, qsizetype j) {
        const ExplorerSource::EntitySummary &a = list.at(i);
        const ExplorerSource::EntitySummary &b = list.at(j);
        if (a.factCount != b.factCount)
            return a.factCount > b.factCount;
        if (a.articleCount != b.articleCount)
            return a.articleCount > b.articleCount;
        return keys[size_t(i)].compare(keys[size_t(j)]) < 0;
    });
    QList<ExplorerSource::EntitySummary> sorted;
    sorted.reserve(list.size());
    for (qsizetype i : order)
        sorted.append(list.at(i));
    out->entities = std::move(sorted);
    return out;
}

void SummaryLoader::cancel()
{
    if (m_current.thread) {
        *m_current.stop = true;
        m_stopped.append(m_current);
        m_current = Run();
    }
    m_result.reset();
}

void SummaryLoader::start(const QString &path)
{
    cancel();
    Run run;
    run.stop = std::make_shared<std::atomic<bool>>(false);
    run.result = std::make_shared<Summaries>();
    run.thread = QThread::create([path, part = m_part, result = run.result, stop = run.stop] {
        *result = std::move(*compute(path, *stop, part));
    });
    QThread *thread = run.thread;
    connect(thread, &QThread::finished, this, [this, thread] { finished(thread); }, Qt::QueuedConnection);
    m_current = run;
    thread->start(QThread::LowPriority);
}

void SummaryLoader::finished(QThread *thread)
{
    for (qsizetype i = 0; i < m_stopped.size(); ++i) {
        if (m_stopped.at(i).thread == thread) {
            delete m_stopped.takeAt(i).thread;
            return;
        }
    }
    if (thread != m_current.thread)
        return;
    adopt();
    delete m_current.thread;
    m_current.thread = nullptr;
    // Also when wait() took the result first: views that saw no summaries wait for this.
    emit ready();
}

void SummaryLoader::adopt()
{
    if (m_result || !m_current.thread)
        return;
    m_current.thread->wait();
    m_result = m_current.result;
    if (!m_result->error.isEmpty())
        qWarning("dealscope: cannot list the entities: %s", qPrintable(m_result->error));
}

const SummaryLoader::Summaries &SummaryLoader::wait()
{
    static const Summaries none;
    adopt(); // ready() still follows, from the worker's finished signal
    return m_result ? *m_result : none;
}

} // namespace DealScope
