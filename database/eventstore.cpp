// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstore.h"

#include "database.h"
#include "eventbuilder.h"
#include "factcodes.h"
#include "factsourcescan.h"
#include "unionfind.h"

#include <sqlite3.h>

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <numeric>
#include <tuple>
#include <vector>

namespace DealScope {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// A fact the timeline uses, as integers: the grouping keys and the content
// order are all codes, so no string is built per fact while grouping.
struct FactRec
{
    qint64 id = 0;
    double value = 0;
    // Codes in 32 bits: a record per placed fact (1.4 million at 100,000 articles).
    qint32 subject = 0; // fact_names ids, 0 for none
    qint32 object = 0;
    qint32 type = 0;
    qint32 time = 0; // FactCodes time code (yyyymmdd at most, or minus a name id)
    qint32 timeRank = 0; // ranks of the strings, so that ints compare as inContentOrder's strings
    qint32 subjectRank = 0;
    qint32 objectRank = 0;
    qint32 partRank = 0;
    // Its two distinct parties, smaller id first (lo = 0 when it has fewer).
    qint32 lo = 0;
    qint32 hi = 0;
    quint8 metric = 0;
    bool dated = false;
    bool hasSubject = false; // a non-empty name
    bool hasObject = false;
};

// A source of a used fact: where it stands, which is all the grouping needs.
struct SourceRec
{
    qint32 fact = 0; // index into the used facts
    qint32 position = 0;
    qint32 file = 0; // interned file name: EventBuilder's keys name the article by its file name
    qint32 sentence = 0; // UTF-16 offsets
    qint32 paragraph = 0;
    bool refers = false;
};

// A grouping key within one article: kind, the fact's time and up to three numbers.
struct LocalKey
{
    int kind = 0;
    qint64 time = 0;
    qint64 a = 0;
    qint64 b = 0;
    qint64 c = 0;
    int fact = 0;
    auto tie() const { return std::tie(kind, time, a, b, c); }
};

// Ranks of strings, so that comparing ranks compares the strings.
template<typename Key>
QHash<Key, int> rankBy(const QHash<Key, QString> &strings)
{
    QList<Key> keys = strings.keys();
    std::sort(keys.begin(), keys.end(), [&](Key x, Key y) { return strings.value(x) < strings.value(y); });
    QHash<Key, int> ranks;
    int rank = 0;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0 && strings.value(keys.at(i)) != strings.value(keys.at(i - 1)))
            ++rank;
        ranks.insert(keys.at(i), rank);
    }
    return ranks;
}

// Text for a NOT NULL column: a null QString would bind NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString joined(const QStringList &list)
{
    return text(list.join(QChar(EventStore::Separator)));
}

QStringList split(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QChar(EventStore::Separator));
}

} // namespace

EventStore::EventStore(Database &db)
    : m_db(db)
{
}

bool EventStore::markOutOfDate(Database &db, QString *error)
{
    return db.exec("DELETE FROM meta WHERE key = 'events_version'", error);
}

bool EventStore::isCurrent() const
{
    Statement s = m_db.prepare("SELECT value FROM meta WHERE key = 'events_version'");
    return s.step() && s.columnText(0) == QString::number(Version);
}

bool EventStore::rebuild(QString *error, const std::atomic<bool> *stop)
{
    if (m_db.inTransaction())
        return write(error, stop);
    if (!m_db.beginImmediate(error))
        return false;
    if (!write(error, stop) || !m_db.commit(error)) {
        m_db.rollback();
        return false;
    }
    return true;
}

bool EventStore::write(QString *error, const std::atomic<bool> *stop)
{
    auto stopped = [&] {
        if (!stop || !stop->load())
            return false;
        setError(error, QStringLiteral("stopped"));
        return true;
    };
    FactCodes codes(m_db);
    if (!codes.load(error))
        return false;

    // Articles by id, their file names interned.
    QHash<qint64, int> fileOfArticle;
    QStringList files;
    {
        QHash<QString, int> fileIds;
        Statement s = m_db.prepare("SELECT id, file_name FROM articles");
        while (s.step()) {
            const QString name = s.columnText(1);
            auto it = fileIds.constFind(name);
            if (it == fileIds.constEnd()) {
                it = fileIds.insert(name, int(files.size()));
                files.append(name);
            }
            fileOfArticle.insert(s.columnInt(0), *it);
        }
        if (!s.succeeded())
            return s.fail(error);
    }

    // The facts the timeline uses: neither retracted nor loose figures (EventBuilder::build).
    std::vector<FactRec> facts;
    QHash<qint64, QString> names, times, parts;
    {
        Statement s = m_db.prepare("SELECT id, subject, object, type, value, time, status FROM facts ORDER BY id");
        while (s.step()) {
            FactRec f;
            f.id = s.columnInt(0);
            f.type = qint32(s.columnInt(3));
            const FactCodes::Type &type = codes.type(f.type);
            if (type.metric == Metric::Other || FactCodes::status(s.columnInt(6)) == FactStatus::Retracted)
                continue;
            f.subject = qint32(s.columnInt(1));
            f.object = qint32(s.columnInt(2));
            f.value = s.columnDouble(4);
            f.time = qint32(s.columnInt(5));
            f.metric = quint8(type.metric);
            for (qint64 id : {f.subject, f.object})
                if (!names.contains(id))
                    names.insert(id, codes.name(id));
            if (!times.contains(f.time))
                times.insert(f.time, codes.time(f.time));
            if (!parts.contains(f.type))
                parts.insert(f.type, type.part);
            facts.push_back(f);
        }
        if (!s.succeeded())
            return s.fail(error);
    }
    const QHash<qint64, int> nameRank = rankBy(names), timeRank = rankBy(times), partRank = rankBy(parts);
    for (FactRec &f : facts) {
        f.subjectRank = nameRank.value(f.subject);
        f.objectRank = nameRank.value(f.object);
        f.timeRank = timeRank.value(f.time);
        f.partRank = partRank.value(f.type);
        f.dated = timePrecisionOf(times.value(f.time)) != TimePrecision::Undated;
        f.hasSubject = !names.value(f.subject).isEmpty();
        f.hasObject = !names.value(f.object).isEmpty();
        if (f.hasSubject && f.hasObject && f.subject != f.object) {
            f.lo = std::min(f.subject, f.object);
            f.hi = std::max(f.subject, f.object);
        }
    }
    const int n = int(facts.size());

    if (stopped())
        return false;
    std::vector<SourceRec> sources;
    {
        // `facts` is in id order: each source's fact is found by bisection.
        auto visit = [&](qint64 id, qint32 position, const Statement &s) {
            const auto at = std::lower_bound(facts.cbegin(), facts.cend(), id,
                                             [](const FactRec &f, qint64 id) { return f.id < id; });
            if (at == facts.cend() || at->id != id)
                return true; // a fact the timeline does not use
            const int c = FactSourceScan::FirstColumn;
            SourceRec r;
            r.fact = int(at - facts.cbegin());
            r.position = position;
            r.file = fileOfArticle.value(s.columnInt(1), -1);
            r.sentence = qint32(s.columnInt(c));
            r.paragraph = qint32(s.columnInt(c + 1));
            r.refers = (s.columnInt(c + 2) & 16) != 0; // refers to earlier
            sources.push_back(r);
            return true;
        };
        const bool scanned = FactSourceScan(m_db, "sentence_start, paragraph_start, flags").run(visit, error);
        if (!scanned)
            return false;
    }

    if (stopped())
        return false;
    // Links (EventBuilder's keys, all of which include the fact's time):
    // dated facts of the same two parties...
    UnionFind uf(n);
    {
        std::vector<int> paired;
        for (int i = 0; i < n; ++i)
            if (facts[size_t(i)].dated && facts[size_t(i)].lo)
                paired.push_back(i);
        auto key = [&](int i) {
            const FactRec &f = facts[size_t(i)];
            return std::tie(f.time, f.lo, f.hi);
        };
        std::sort(paired.begin(), paired.end(), [&](int a, int b) { return key(a) < key(b); });
        for (size_t i = 1; i < paired.size(); ++i)
            if (key(paired[i]) == key(paired[i - 1]))
                uf.unite(paired[i], paired[i - 1]);
    }
    // ...and within one article: a sentence, a paragraph and a party, or
    // (undated) the same two parties.
    std::sort(sources.begin(), sources.end(), [](const SourceRec &a, const SourceRec &b) { return a.file < b.file; });
    {
        std::vector<LocalKey> keys;
        for (size_t begin = 0; begin < sources.size();) {
            size_t end = begin;
            keys.clear();
            while (end < sources.size() && sources[end].file == sources[begin].file) {
                const SourceRec &r = sources[end++];
                const FactRec &f = facts[size_t(r.fact)];
                keys.push_back({1, f.time, r.sentence, 0, 0, r.fact});
                // The parties as EventBuilder lists them: the subject, and an object other than it.
                if (f.hasSubject)
                    keys.push_back({2, f.time, r.paragraph, f.subject, 0, r.fact});
                if (f.hasObject && f.object != f.subject)
                    keys.push_back({2, f.time, r.paragraph, f.object, 0, r.fact});
                if (!f.dated && f.lo)
                    keys.push_back({3, f.time, f.lo, f.hi, 0, r.fact});
            }
            std::sort(keys.begin(), keys.end(), [](const LocalKey &a, const LocalKey &b) { return a.tie() < b.tie(); });
            for (size_t i = 1; i < keys.size(); ++i)
                if (keys[i].tie() == keys[i - 1].tie())
                    uf.unite(keys[i].fact, keys[i - 1].fact);
            begin = end;
        }
    }

    // Facts in content order (inContentOrder over facts read by id); an
    // event's facts keep that order, and events are made in the order of
    // their first fact.
    std::vector<int> order(facts.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const FactRec &x = facts[size_t(a)], &y = facts[size_t(b)];
        return std::tie(x.timeRank, x.subjectRank, x.objectRank, x.metric, x.partRank, x.value, x.id)
            < std::tie(y.timeRank, y.subjectRank, y.objectRank, y.metric, y.partRank, y.value, y.id);
    });
    std::vector<int> groupOfRoot(facts.size(), -1), groupOf(facts.size());
    int groupCount = 0;
    for (int i : order) {
        int &g = groupOfRoot[size_t(uf.find(i))];
        if (g < 0)
            g = groupCount++;
        groupOf[size_t(i)] = g;
    }
    uf = UnionFind(0);
    groupOfRoot = {};
    std::vector<int> groupStart(size_t(groupCount) + 1, 0), members(facts.size());
    for (int i = 0; i < n; ++i)
        ++groupStart[size_t(groupOf[size_t(i)]) + 1];
    std::partial_sum(groupStart.begin(), groupStart.end(), groupStart.begin());
    {
        std::vector<int> fill(groupStart.begin(), groupStart.end() - 1);
        for (int i : order)
            members[size_t(fill[size_t(groupOf[size_t(i)])]++)] = i;
    }
    order = {};
    // A fact's sources in source order.
    std::sort(sources.begin(), sources.end(), [](const SourceRec &a, const SourceRec &b) {
        return a.fact != b.fact ? a.fact < b.fact : a.position < b.position;
    });
    std::vector<size_t> sourceStart(size_t(n) + 1, 0);
    for (const SourceRec &r : sources)
        ++sourceStart[size_t(r.fact) + 1];
    std::partial_sum(sourceStart.begin(), sourceStart.end(), sourceStart.begin());

    auto leadOf = [&](int g) -> const FactRec & { return facts[size_t(members[size_t(groupStart[size_t(g)])])]; };
    auto forEachFile = [&](int g, const std::function<void(int)> &use) {
        for (int m = groupStart[size_t(g)]; m < groupStart[size_t(g) + 1]; ++m) {
            const int f = members[size_t(m)];
            for (size_t s = sourceStart[size_t(f)]; s < sourceStart[size_t(f) + 1]; ++s)
                use(sources[s].file);
        }
    };

    // Timeline order: dated events by the start of their period, coarser
    // first on a tie (stable over the order they were made in)...
    std::vector<int> dated, undated;
    for (int g = 0; g < groupCount; ++g)
        (leadOf(g).dated ? dated : undated).push_back(g);
    QHash<qint64, std::pair<qint64, int>> periodOfTime; // time code → (start's julian day, -precision)
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        periodOfTime.insert(it.key(), {timeStart(*it).toJulianDay(), -int(timePrecisionOf(*it))});
    std::stable_sort(dated.begin(), dated.end(), [&](int a, int b) {
        return periodOfTime.value(leadOf(a).time) < periodOfTime.value(leadOf(b).time);
    });
    // ...an undated event after the latest dated event its articles refer back to.
    std::vector<int> datedRank(size_t(groupCount), -1);
    for (size_t r = 0; r < dated.size(); ++r)
        datedRank[size_t(dated[r])] = int(r);
    std::vector<int> latestReferred(size_t(files.size()), -1); // file → highest dated rank it refers back to
    for (const SourceRec &r : sources) {
        const int rank = datedRank[size_t(groupOf[size_t(r.fact)])];
        if (r.refers && rank >= 0 && r.file >= 0)
            latestReferred[size_t(r.file)] = std::max(latestReferred[size_t(r.file)], rank);
    }
    std::vector<std::vector<int>> anchored(dated.size());
    std::vector<int> loose;
    for (int u : undated) {
        int best = -1;
        forEachFile(u, [&](int file) {
            if (file >= 0)
                best = std::max(best, latestReferred[size_t(file)]);
        });
        (best >= 0 ? anchored[size_t(best)] : loose).push_back(u);
    }
    std::vector<int> timeline;
    std::vector<qint64> afterOf(size_t(groupCount), 0), idOf(size_t(groupCount), 0);
    for (size_t r = 0; r < dated.size(); ++r) {
        timeline.push_back(dated[r]);
        idOf[size_t(dated[r])] = qint64(timeline.size());
        for (int u : anchored[r]) {
            timeline.push_back(u);
            idOf[size_t(u)] = qint64(timeline.size());
            afterOf[size_t(u)] = idOf[size_t(dated[r])];
        }
    }
    for (int u : loose) {
        timeline.push_back(u);
        idOf[size_t(u)] = qint64(timeline.size());
    }

    // The fact index is made again after the rows (one sort instead of a
    // random insert per row), and the parties go in in key order at the end.
    if (!m_db.exec("DELETE FROM event_parties", error) || !m_db.exec("DROP INDEX IF EXISTS event_facts_by_fact", error)
        || !m_db.exec("DELETE FROM event_facts", error) || !m_db.exec("DELETE FROM events", error))
        return false;
    std::vector<std::pair<qint64, qint64>> eventParties; // (name id, event id)
    Statement insertEvent = m_db.prepare(
        "INSERT INTO events (id, date, precision, title, sort_key, after_event, parties, sources, figure, facts) "
        "VALUES (?1, ?2, ?3, ?4, ?1, ?5, ?6, ?7, ?8, ?9)");
    Statement insertFact = m_db.prepare("INSERT INTO event_facts (event_id, fact_id) VALUES (?1, ?2)");
    Statement insertParty = m_db.prepare("INSERT OR IGNORE INTO event_parties (name, event_id) VALUES (?1, ?2)");
    QList<Fact> own;
    QList<const Fact *> ownPointers;
    for (int g : timeline) {
        const qint64 id = idOf[size_t(g)];
        if (id % 4096 == 0 && stopped())
            return false;
        own.clear();
        QStringList parties, sourceFiles, factIds;
        QList<qint64> partyIds;
        QSet<int> seenFiles;
        QSet<qint64> seenParties;
        for (int m = groupStart[size_t(g)]; m < groupStart[size_t(g) + 1]; ++m) {
            const FactRec &r = facts[size_t(members[size_t(m)])];
            Fact f;
            f.id = r.id;
            f.subject = names.value(r.subject);
            f.object = names.value(r.object);
            codes.applyType(r.type, f);
            f.value = r.value;
            own.append(f);
            factIds.append(QString::number(r.id));
            for (qint64 party : {r.subject, r.object}) {
                const QString &name = names.value(party);
                if (!name.isEmpty() && !seenParties.contains(party)) { // ids and names are one to one
                    seenParties.insert(party);
                    parties.append(name);
                    partyIds.append(party);
                }
            }
        }
        forEachFile(g, [&](int file) {
            const QString name = file >= 0 ? files.at(file) : QString();
            if (!seenFiles.contains(file)) {
                seenFiles.insert(file);
                sourceFiles.append(name);
            }
        });
        ownPointers.clear();
        for (const Fact &f : std::as_const(own))
            ownPointers.append(&f);
        const QString date = times.value(leadOf(g).time);
        const QString title = EventBuilder::title(ownPointers);
        insertEvent.bind(1, id);
        insertEvent.bind(2, date.isEmpty() ? QString() : date);
        insertEvent.bind(3, timePrecisionName(timePrecisionOf(date)));
        insertEvent.bind(4, text(title));
        if (afterOf[size_t(g)])
            insertEvent.bind(5, afterOf[size_t(g)]);
        else
            insertEvent.bindNull(5);
        insertEvent.bind(6, joined(parties));
        insertEvent.bind(7, joined(sourceFiles));
        insertEvent.bind(8, text(EventBuilder::mainFigure(ownPointers, title)));
        insertEvent.bind(9, text(factIds.join(u' ')));
        if (!insertEvent.execute(error))
            return false;
        // After the event row: event_facts refers to it.
        for (const Fact &f : std::as_const(own)) {
            insertFact.bind(1, id);
            insertFact.bind(2, f.id);
            if (!insertFact.execute(error))
                return false;
        }
        for (qint64 party : std::as_const(partyIds))
            eventParties.emplace_back(party, id);
    }
    if (stopped() || !m_db.exec("CREATE INDEX event_facts_by_fact ON event_facts(fact_id)", error))
        return false;
    std::sort(eventParties.begin(), eventParties.end());
    for (const auto &[party, id] : eventParties) {
        insertParty.bind(1, party);
        insertParty.bind(2, id);
        if (!insertParty.execute(error))
            return false;
    }
    Statement mark = m_db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('events_version', ?1)");
    mark.bind(1, QString::number(Version));
    return mark.execute(error);
}

qint64 EventStore::count() const
{
    // Ids are the places 1…N: no scan of the table.
    Statement s = m_db.prepare("SELECT coalesce(max(id), 0) FROM events");
    return s.step() ? s.columnInt(0) : 0;
}

qint64 EventStore::countOf(const QString &party) const
{
    Statement s = m_db.prepare(
        "SELECT count(*) FROM event_parties WHERE name = (SELECT id FROM fact_names WHERE name = ?1)");
    s.bind(1, party);
    return s.step() ? s.columnInt(0) : 0;
}

QList<Event> EventStore::events(QString *error) const
{
    QList<Event> out;
    if (!forEach(
            [&out](const Event &e) {
                out.append(e);
                return true;
            },
            error))
        return {};
    return out;
}

bool EventStore::forEach(const std::function<bool(const Event &)> &visit, QString *error) const
{
    Statement s = m_db.prepare("SELECT id, date, title, after_event, parties, sources, facts FROM events ORDER BY id");
    while (s.step()) {
        Event e;
        e.id = s.columnInt(0);
        e.date = s.columnIsNull(1) ? QString() : s.columnText(1);
        e.precision = timePrecisionOf(e.date);
        e.title = s.columnText(2);
        e.after = s.columnIsNull(3) ? 0 : s.columnInt(3);
        e.parties = split(s.columnText(4));
        e.sources = split(s.columnText(5));
        for (const QString &id : s.columnText(6).split(u' ', Qt::SkipEmptyParts))
            e.facts.append(id.toLongLong());
        if (!visit(e))
            return true;
    }
    return s.succeeded() || s.fail(error);
}

QList<EventStore::Row> EventStore::rows(qint64 offset, int limit, const QString &party) const
{
    QList<Row> out;
    // Ids are timeline places, so a page of all events is a range of the
    // primary key; a party's events are a range of event_parties.
    Statement s = party.isEmpty()
        ? m_db.prepare("SELECT id, date, title, parties, figure, sources FROM events WHERE id > ?1 ORDER BY id LIMIT ?2")
        : m_db.prepare("SELECT e.id, e.date, e.title, e.parties, e.figure, e.sources FROM event_parties p "
                       "JOIN events e ON e.id = p.event_id "
                       "WHERE p.name = (SELECT id FROM fact_names WHERE name = ?3) ORDER BY p.event_id "
                       "LIMIT ?2 OFFSET ?1");
    s.bind(1, offset);
    s.bind(2, qint64(limit));
    if (!party.isEmpty())
        s.bind(3, party);
    while (s.step()) {
        Row r;
        r.id = s.columnInt(0);
        r.date = s.columnIsNull(1) ? QString() : s.columnText(1);
        r.title = s.columnText(2);
        r.parties = split(s.columnText(3));
        r.figure = s.columnText(4);
        r.articleCount = int(split(s.columnText(5)).size());
        out.append(std::move(r));
    }
    return out;
}

std::optional<EventStore::Row> EventStore::row(qint64 id) const
{
    const QList<Row> one = rows(id - 1, 1);
    if (one.isEmpty() || one.first().id != id)
        return std::nullopt;
    return one.first();
}

QList<qint64> EventStore::factsOf(qint64 id) const
{
    QList<qint64> out;
    Statement s = m_db.prepare("SELECT facts FROM events WHERE id = ?1");
    s.bind(1, id);
    if (s.step())
        for (const QString &f : s.columnText(0).split(u' ', Qt::SkipEmptyParts))
            out.append(f.toLongLong());
    return out;
}

QList<qint64> EventStore::eventsOf(const QString &party) const
{
    QList<qint64> out;
    Statement s = m_db.prepare("SELECT p.event_id FROM event_parties p JOIN fact_names n ON n.id = p.name "
                               "WHERE n.name = ?1 ORDER BY p.event_id");
    s.bind(1, party);
    while (s.step())
        out.append(s.columnInt(0));
    return out;
}

} // namespace DealScope
