// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleanalyzer.h"
#include "articlestore.h"
#include "database.h"
#include "eventbuilder.h"
#include "eventstore.h"
#include "factstore.h"
#include "gazetteer.h"
#include "ingestor.h"
#include "syntheticcorpus.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace DealScope;

// The stored events: always what EventBuilder makes of the stored facts (the
// timeline's definition), kept up to date by the ingest.
class TestEventStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eventsAfterIngest();
    void addingAnArticle();
    void removingAnArticle();
    void pagesAndParties();
    void stoppedRebuildChangesNothing();
    void outOfDateEventsAreBuiltOnFirstUse();

private:
    // Articles: the five bundled ones and `synthetic` generated ones from `first`.
    void ingest(int first, int synthetic, bool bundled);
    void compareWithBuilder();
    static QString describe(const Event &e);

    QTemporaryDir m_dir;
    Database m_db;
    ArticleAnalyzer m_analyzer{Gazetteer::bundled()};
};

void TestEventStore::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("events.sqlite")), &error), qPrintable(error));
}

void TestEventStore::cleanup()
{
    m_db.close();
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
}

void TestEventStore::ingest(int first, int synthetic, bool bundled)
{
    QList<Ingestor::Source> sources;
    if (bundled) {
        const QDir corpus(QStringLiteral(DEALSCOPE_SOURCE_DIR "/resources/corpus"));
        for (const QString &name : corpus.entryList(QDir::Files, QDir::Name))
            sources.append({corpus.filePath(name), {}, false});
    }
    const SyntheticCorpus generator(7);
    for (int i = first; i < first + synthetic; ++i) {
        SyntheticCorpus::GeneratedArticle a = generator.article(quint64(i));
        sources.append({QStringLiteral("/synthetic/%1").arg(a.fileName), std::move(a.bytes), true});
    }
    Ingestor ingestor(m_db, m_analyzer);
    const Ingestor::Summary s = ingestor.ingest(sources);
    QVERIFY2(s.committed(), qPrintable(s.fatalError));
    // An ingest leaves the events out of date (rebuilding them costs a pass over every fact);
    // their first reader brings them up to date.
    QVERIFY(!EventStore(m_db).isCurrent());
    QString error;
    QVERIFY2(EventStore(m_db).update(&error), qPrintable(error));
}

QString TestEventStore::describe(const Event &e)
{
    QStringList facts;
    for (qint64 f : e.facts)
        facts.append(QString::number(f));
    return QStringLiteral("%1 %2 %3 %4 [%5] {%6} (%7) after %8")
        .arg(e.id)
        .arg(e.date, timePrecisionName(e.precision), e.title, e.parties.join(u','), facts.join(u','),
             e.sources.join(u','))
        .arg(e.after);
}

void TestEventStore::compareWithBuilder()
{
    EventStore store(m_db);
    QVERIFY(store.isCurrent());
    QString error;
    const QList<Event> stored = store.events(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Event> built = EventBuilder::build(inContentOrder(FactStore(m_db).factsWithoutQuotes()));
    QCOMPARE(stored.size(), built.size());
    for (qsizetype i = 0; i < built.size(); ++i)
        QCOMPARE(describe(stored.at(i)), describe(built.at(i)));
    QCOMPARE(store.count(), qint64(built.size()));
}

void TestEventStore::eventsAfterIngest()
{
    ingest(0, 150, true);
    compareWithBuilder();
    // The corpus exercises every part of the ordering: dated and undated
    // events, and undated ones placed after the event they refer back to.
    const QList<Event> events = EventStore(m_db).events();
    QVERIFY(events.size() > 100);
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const Event &e) { return e.precision == TimePrecision::Undated; }));
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const Event &e) { return e.precision != TimePrecision::Undated; }));
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const Event &e) { return e.facts.size() > 1; }));
}

void TestEventStore::addingAnArticle()
{
    ingest(0, 60, false);
    const qint64 before = EventStore(m_db).count();
    ingest(60, 1, true);
    compareWithBuilder();
    QVERIFY(EventStore(m_db).count() > before);
}

void TestEventStore::removingAnArticle()
{
    ingest(0, 80, true);
    // The article reporting the most events goes, as a replaced file's old version does.
    qint64 article = -1;
    QString file;
    {
        // The article that is a source most often (file names are unique here).
        QHash<QString, int> sourcesOf;
        for (const Fact &f : FactStore(m_db).facts())
            for (const FactMention &m : f.sources)
                ++sourcesOf[m.article];
        for (auto it = sourcesOf.cbegin(); it != sourcesOf.cend(); ++it)
            if (file.isEmpty() || it.value() > sourcesOf.value(file) || (it.value() == sourcesOf.value(file) && it.key() < file))
                file = it.key();
        Statement s = m_db.prepare("SELECT id FROM articles WHERE file_name = ?1");
        s.bind(1, file);
        QVERIFY(s.step());
        article = s.columnInt(0);
    }
    const QList<Event> before = EventStore(m_db).events();
    QVERIFY(std::any_of(before.cbegin(), before.cend(), [&](const Event &e) { return e.sources.contains(file); }));

    QVERIFY(m_db.beginImmediate());
    FactStore facts(m_db);
    QVERIFY(facts.forgetArticle(article));
    QVERIFY(ArticleStore(m_db).remove(article));
    QVERIFY(facts.reconcilePending());
    QVERIFY(!EventStore(m_db).isCurrent()); // the facts changed: the events are out of date...
    QString error;
    QVERIFY2(EventStore(m_db).update(&error), qPrintable(error)); // ...until updated, as their first reader does
    QVERIFY(m_db.commit());

    compareWithBuilder();
    const QList<Event> after = EventStore(m_db).events();
    QVERIFY(after.size() < before.size());
    QVERIFY(std::none_of(after.cbegin(), after.cend(), [&](const Event &e) { return e.sources.contains(file); }));
}

void TestEventStore::pagesAndParties()
{
    ingest(0, 120, true);
    const EventStore store(m_db);
    const QList<Event> all = store.events();
    // Pages of all events follow the timeline.
    const QList<EventStore::Row> page = store.rows(10, 25);
    QCOMPARE(page.size(), 25);
    for (int i = 0; i < page.size(); ++i) {
        const Event &e = all.at(10 + i);
        QCOMPARE(page.at(i).id, e.id);
        QCOMPARE(page.at(i).title, e.title);
        QCOMPARE(page.at(i).date, e.date);
        QCOMPARE(page.at(i).parties, e.parties);
        QCOMPARE(page.at(i).articleCount, int(e.sources.size()));
        QVERIFY(!page.at(i).figure.isEmpty());
        QCOMPARE(store.factsOf(e.id), e.facts);
    }
    QVERIFY(store.rows(all.size(), 10).isEmpty());
    QCOMPARE(store.row(all.constLast().id)->title, all.constLast().title);
    QVERIFY(!store.row(all.size() + 1));

    // A party's events: those naming it, in timeline order, paged too.
    // (from the middle of the timeline on: an event of party-less readings names nobody)
    QString party;
    for (qsizetype i = all.size() / 2; i < all.size() && party.isEmpty(); ++i)
        if (!all.at(i).parties.isEmpty())
            party = all.at(i).parties.constFirst();
    QVERIFY(!party.isEmpty());
    QList<qint64> naming;
    for (const Event &e : all)
        if (e.parties.contains(party))
            naming.append(e.id);
    QCOMPARE(store.eventsOf(party), naming);
    QCOMPARE(store.countOf(party), qint64(naming.size()));
    QList<qint64> paged;
    for (qint64 offset = 0;; offset += 3) {
        const QList<EventStore::Row> rows = store.rows(offset, 3, party);
        if (rows.isEmpty())
            break;
        for (const EventStore::Row &r : rows)
            paged.append(r.id);
    }
    QCOMPARE(paged, naming);
    QCOMPARE(store.countOf(QStringLiteral("No Such Party")), qint64(0));
}

void TestEventStore::stoppedRebuildChangesNothing()
{
    ingest(0, 40, true);
    const QList<Event> before = EventStore(m_db).events();
    const std::atomic<bool> stop{true};
    QString error;
    QVERIFY(!EventStore(m_db).rebuild(&error, &stop));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_db.inTransaction());
    QCOMPARE(EventStore(m_db).events().size(), before.size());
    QVERIFY(EventStore(m_db).isCurrent());
}

void TestEventStore::outOfDateEventsAreBuiltOnFirstUse()
{
    // What the migration to schema version 6 leaves: facts, no events, no mark.
    ingest(0, 40, true);
    QVERIFY(m_db.exec("DELETE FROM event_parties; DELETE FROM event_facts; DELETE FROM events; "
                      "DELETE FROM meta WHERE key = 'events_version'"));
    EventStore store(m_db);
    QVERIFY(!store.isCurrent());
    QCOMPARE(store.count(), qint64(0));
    QString error;
    QVERIFY2(store.update(&error), qPrintable(error));
    compareWithBuilder();
    QVERIFY(store.count() > 0);
}

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
