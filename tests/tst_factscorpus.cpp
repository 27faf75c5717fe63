// SPDX-License-Identifier: GPL-3.0-or-later
// The whole chain over the bundled corpus: extraction, relations,
// reconciliation, events. Expectations from shared/seed-facts.md.
#include "articleanalyzer.h"
#include "articlereader.h"
#include "bundledcorpus.h"
#include "eventbuilder.h"
#include "factreconciler.h"
#include "relationextractor.h"

#include <QTest>

using namespace DealScope;

class TestFactsCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedFacts();

private:
    QList<Fact> m_facts;
    QList<Event> m_events;
};

void TestFactsCorpus::initTestCase()
{
    const Gazetteer gazetteer = Gazetteer::bundled();
    const ArticleAnalyzer analyzer(gazetteer);
    const RelationExtractor relations(gazetteer);
    QList<FactMention> mentions;
    int order = 0;
    const auto files = BundledCorpus::files();
    QCOMPARE(files.size(), 5);
    for (const BundledCorpus::File &f : files) {
        const ArticleReader::Result r = ArticleReader().readBytes(f.bytes, f.fileName);
        QVERIFY2(r.ok(), qPrintable(r.error));
        mentions += relations.extract(analyzer.analyze(r.article), order++);
    }
    m_facts = FactReconciler::reconcile(mentions);
    m_events = EventBuilder::build(m_facts);
}

void TestFactsCorpus::seedFacts()
{
    auto near = [](double a, double b) { return std::abs(a - b) <= 0.005 * b; };
    // The $38 billion agreement: one corroborated fact, at least four articles.
    const Fact *f38 = nullptr;
    for (const Fact &f : std::as_const(m_facts))
        if (f.metric == Metric::ComputeCommitment && near(f.value, 38e9) && (!f38 || f.articles().size() > f38->articles().size()))
            f38 = &f;
    QVERIFY(f38);
    QCOMPARE(f38->status, FactStatus::Corroborated);
    QVERIFY(f38->articles().size() >= 4);
    QCOMPARE(f38->time, QStringLiteral("2025-11-03"));
    // Corrections and traps.
    for (const Fact &f : std::as_const(m_facts)) {
        if (near(f.value, 6e8))
            QCOMPARE(f.status, FactStatus::Retracted);
        QVERIFY(!(f.metric == Metric::StakePercent && near(f.value, 24)));
        QVERIFY(!near(f.value, 5e12) && !near(f.value, 5e11)); // the teaser
        if (f.metric == Metric::Valuation || f.metric == Metric::ValuationPre)
            QVERIFY(f.status != FactStatus::Conflict);
    }
    // The undated investment event comes after the dated agreement it expands.
    int dated = -1, undated = -1;
    for (int i = 0; i < m_events.size(); ++i)
        for (qint64 id : m_events.at(i).facts)
            for (const Fact &f : std::as_const(m_facts))
                if (f.id == id && f.part.isEmpty()) {
                    if (f.metric == Metric::ComputeCommitment && near(f.value, 38e9) && m_events.at(i).date == QStringLiteral("2025-11-03"))
                        dated = i;
                    if (f.metric == Metric::Investment && near(f.value, 50e9) && m_events.at(i).precision == TimePrecision::Undated)
                        undated = i;
                }
    QVERIFY(dated >= 0);
    QVERIFY(undated > dated);
}

QTEST_GUILESS_MAIN(TestFactsCorpus)
#include "tst_factscorpus.moc"
