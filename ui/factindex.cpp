// SPDX-License-Identifier: GPL-3.0-or-later
#include "factindex.h"

#include "figureformat.h"

namespace DealScope {

ExplorerSource::Status FactIndex::statusOf(FactStatus status)
{
    switch (status) {
    case FactStatus::Single: return ExplorerSource::Status::Single;
    case FactStatus::Corroborated: return ExplorerSource::Status::Corroborated;
    case FactStatus::Conflict: return ExplorerSource::Status::Conflict;
    case FactStatus::Retracted: return ExplorerSource::Status::Retracted;
    }
    return ExplorerSource::Status::Single;
}

QString FactIndex::metricLabel(const Fact &fact)
{
    QString name = metricName(fact.metric);
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!fact.part.isEmpty())
        name += QStringLiteral(" (%1)").arg(fact.part);
    return name;
}

void FactIndex::clear()
{
    m_facts.clear();
    m_index.clear();
    m_byEntity.clear();
    m_byMention.clear();
}

void FactIndex::rebuild(const QList<Fact> &facts, const ArticleLookup &lookup)
{
    clear();
    m_facts.reserve(facts.size());
    for (const Fact &f : facts) {
        ExplorerSource::FactSummary s;
        s.id = f.id;
        s.subject = f.subject;
        s.object = f.object;
        s.metric = metricLabel(f);
        s.kind = f.sources.isEmpty() ? FigureKind::Money : f.sources.first().kind;
        s.value = f.value;
        s.valueMax = f.valueMax;
        s.unit = f.unit;
        s.qualifier = f.qualifier;
        s.valueText = FigureFormat::value(s.kind, f.value, f.valueMax, f.unit, f.qualifier);
        s.when = f.time;
        s.status = statusOf(f.status);
        s.alternatives = f.alternatives;
        for (const FactMention &m : f.sources) {
            const ArticleRef a = lookup(m);
            ExplorerSource::FactSource src;
            src.articleId = a.id;
            src.title = a.title.isEmpty() ? m.article : a.title;
            src.publisher = a.publisher;
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
            if (a.id >= 0 && !m_byMention.contains({a.id, m.start}))
                m_byMention.insert({a.id, m.start}, f.id);
        }
        m_index.insert(s.id, m_facts.size());
        m_facts.append(s);
        m_byEntity[f.subject].append(f.id);
        if (!f.object.isEmpty() && f.object != f.subject)
            m_byEntity[f.object].append(f.id);
    }
    // A retracted figure shows what the text says instead: its alternative.
    for (ExplorerSource::FactSummary &s : m_facts) {
        if (s.status != ExplorerSource::Status::Retracted)
            continue;
        for (qint64 alt : s.alternatives) {
            const auto it = m_index.constFind(alt);
            if (it != m_index.constEnd() && m_facts.at(*it).status != ExplorerSource::Status::Retracted) {
                s.correction = m_facts.at(*it).valueText;
                break;
            }
        }
    }
}

QList<ExplorerSource::FactSummary> FactIndex::about(const QString &entity) const
{
    QList<ExplorerSource::FactSummary> list;
    for (qint64 id : m_byEntity.value(entity))
        list.append(m_facts.at(m_index.value(id)));
    return list;
}

std::optional<ExplorerSource::FactSummary> FactIndex::fact(qint64 id) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return std::nullopt;
    return m_facts.at(*it);
}

QHash<QString, int> FactIndex::entityFactCounts() const
{
    QHash<QString, int> counts;
    for (auto it = m_byEntity.constBegin(); it != m_byEntity.constEnd(); ++it)
        counts.insert(it.key(), int(it->size()));
    return counts;
}

} // namespace DealScope
