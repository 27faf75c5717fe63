// SPDX-License-Identifier: GPL-3.0-or-later
// The facts store: mentions and facts written with their articles, rebuilt
// incrementally per family, independent of the order articles arrive in.
// Mentions are written by hand here (other companies, other deals) so the
// store's rules are tested apart from the extractors; the ingest tests at
// the end run the real chain over tests/data/factstore/.
#include "agreementstore.h"
#include "articleanalyzer.h"
#include "articlestore.h"
#include "database.h"
#include "factcodes.h"
#include "factreconciler.h"
#include "factstore.h"
#include "ingestor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace DealScope;

namespace {

// "Subject>Object:metric=value[@time][~][!]" — ~ approximate, ! retracted.
FactMention mention(const QString &file, const QString &spec, qsizetype start, const QString &quote)
{
    FactMention m;
    QString s = spec;
    if (s.endsWith(u'!')) {
        m.retracted = true;
        s.chop(1);
    }
    if (s.endsWith(u'~')) {
        m.qualifier = Qualifier::Approx;
        s.chop(1);
    }
    if (s.contains(u'@')) {
        m.time = s.section(u'@', 1);
        m.precision = timePrecisionOf(m.time);
        s = s.section(u'@', 0, 0);
    }
    m.subject = s.section(u'>', 0, 0);
    m.subjectName = m.subject;
    s = s.section(u'>', 1);
    m.object = s.section(u':', 0, 0);
    m.objectName = m.object;
    s = s.section(u':', 1);
    m.metric = metricFromName(s.section(u'=', 0, 0)).value_or(Metric::Other);
    m.value = s.section(u'=', 1).toDouble();
    m.kind = m.metric == Metric::StakePercent ? FigureKind::Percent : FigureKind::Money;
    m.unit = m.kind == FigureKind::Percent ? QStringLiteral("%") : QStringLiteral("USD");
    m.article = file;
    m.start = start;
    m.end = start + 5;
    m.text = QStringLiteral("$%1").arg(m.value);
    m.quote = quote;
    m.sentenceStart = start - 10;
    m.paragraphStart = 0;
    return m;
}

// One line per fact, ids left out: "Subject>Object:metric=value@time status [files]".
QString describe(const Fact &f)
{
    QStringList files = f.articles();
    return QStringLiteral("%1>%2:%3=%4@%5 %6 [%7]")
        .arg(f.subject, f.object, metricName(f.metric), QString::number(f.value, 'g', 12), f.time,
             factStatusName(f.status), files.join(u','));
}

// What a fact says, without its status and sources: names it across ids.
QString whatOf(const Fact &f)
{
    return QStringLiteral("%1>%2:%3=%4@%5")
        .arg(f.subject, f.object, metricName(f.metric), QString::number(f.value, 'g', 12), f.time);
}

// The facts `ids` name, as whatOf() says them (from `after`, else `before` for a dropped one), sorted.
QStringList factsNamed(const QList<qint64> &ids, const QList<Fact> &before, const QList<Fact> &after)
{
    QStringList named;
    for (const qint64 id : ids) {
        QString what = QStringLiteral("unknown id %1").arg(id);
        for (const QList<Fact> *facts : {&before, &after})
            for (const Fact &f : *facts)
                if (f.id == id)
                    what = whatOf(f);
        named.append(what);
    }
    named.sort();
    return named;
}

QStringList describeAll(const QList<Fact> &facts)
{
    QStringList lines;
    for (const Fact &f : facts)
        lines.append(describe(f));
    lines.sort();
    return lines;
}

} // namespace

class TestFactStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void incrementalUpdateTouchesOnlyAffectedFacts_data();
    void incrementalUpdateTouchesOnlyAffectedFacts();
    void conflictingArticleMakesAlternatives();
    void correctionIsRetracted();
    void repeatedBlockIsOneSource();
    void rebuildAllEqualsIncremental();
    void singleReadingFamiliesAreWhatTheReconcilerMakes();
    void readingsWithoutPartiesStayInTheirArticle();
    void removingAnArticleDropsItsSources();
    void ingestOrderDoesNotMatter_data();
    void ingestOrderDoesNotMatter();
    void reingestChangesNothing();
    void replacedArticleLosesOldMentions();
    void replacedWhileFactsDeferredLeavesNoMention();
    void refreshReadsStoredArticlesAgain();
    void refreshReadsAgreementsAgain();
    void ingestIntoFreshStoreKeepsItCurrent();
    void quotesComeFromTheArticleText();
    void factsWithoutQuotesKeepEverythingElse();
    void hashCollisionsKeepFamiliesApart();
    void batchIntoEmptyStoreEqualsOneAtATime();
    void batchReplacingEveryArticleKeepsFactsRight();
    void articleForgottenWhileStagedLeavesNothing();

private:
    qint64 addArticle(const QString &file, const QList<QPair<QString, QString>> &mentions);
    // The article row only; its mentions are returned for the caller to store.
    qint64 insertArticle(const QString &file, const QList<QPair<QString, QString>> &specs, QList<FactMention> &mentions);
    QByteArray fixture(const QString &name) const;
    Ingestor::Summary ingest(const QStringList &names, const QString &pathOverride = {},
                             const QByteArray &bytesOverride = {}, bool factsDeferred = false);
    // No mention without its article or its article_families row, none of a row's families missing, and SQLite's
    // own checks clean.
    void verifyMentionsConsistent();

    QTemporaryDir m_dir;
    Database m_db;
    int m_hash = 0;
};

void TestFactStore::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("facts.sqlite")));
    QString error;
    QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("facts.sqlite")), &error), qPrintable(error));
}

void TestFactStore::cleanup()
{
    m_db.close();
    for (const QString &f : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(m_dir.filePath(f));
}

// Stores an article row and the given mentions (spec, quote) at offsets 100, 200, …, each quote 10 units
// before its figure.
qint64 TestFactStore::addArticle(const QString &file, const QList<QPair<QString, QString>> &specs)
{
    QList<FactMention> mentions;
    const qint64 id = insertArticle(file, specs, mentions);
    FactStore store(m_db);
    QString error;
    if (id < 0 || !store.addMentions(id, mentions, &error) || !store.reconcilePending(&error))
        qWarning("addArticle: %s", qPrintable(error));
    return id;
}

qint64 TestFactStore::insertArticle(const QString &file, const QList<QPair<QString, QString>> &specs,
                                    QList<FactMention> &mentions)
{
    mentions.clear();
    qsizetype at = 100;
    for (const auto &s : specs) {
        mentions.append(mention(file, s.first, at, s.second));
        at += 100;
    }
    // The store keeps offsets, not sentences: the article's text holds each quote where its mention says.
    QString text = QStringLiteral("text of ") + file;
    text = text.leftJustified(at, u' ');
    for (const FactMention &m : std::as_const(mentions))
        text.replace(m.sentenceStart, m.quote.size(), m.quote);
    ArticleStore articles(m_db);
    ArticleExtraction x;
    x.article.fileName = file;
    x.article.format = QStringLiteral("txt");
    x.article.text = text;
    return articles.insert(x, QStringLiteral("/news/") + file, QString::number(++m_hash), 10);
}

QByteArray TestFactStore::fixture(const QString &name) const
{
    QFile f(QStringLiteral(DEALSCOPE_TEST_DATA "/factstore/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Ingestor::Summary TestFactStore::ingest(const QStringList &names, const QString &pathOverride, const QByteArray &bytesOverride,
                                        bool factsDeferred)
{
    const ArticleAnalyzer analyzer(Gazetteer::bundled());
    Ingestor ingestor(m_db, analyzer);
    ingestor.setThreadCount(1);
    ingestor.setFactsDeferred(factsDeferred);
    QList<Ingestor::Source> sources;
    for (const QString &n : names)
        sources.append({pathOverride.isEmpty() ? QStringLiteral("/news/") + n : pathOverride,
                        bytesOverride.isEmpty() ? fixture(n) : bytesOverride, true});
    return ingestor.ingest(sources);
}

void TestFactStore::verifyMentionsConsistent()
{
    auto number = [this](const char *sql) {
        Statement s = m_db.prepare(sql);
        return s.step() ? s.columnInt(0) : qint64(-1);
    };
    QCOMPARE(number("SELECT count(*) FROM fact_mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)"),
             qint64(0));
    QCOMPARE(number("SELECT count(*) FROM fact_mentions m WHERE NOT EXISTS "
                    "(SELECT 1 FROM article_families f WHERE f.article_id = m.article_id AND f.next_ord > m.ord)"),
             qint64(0));
    // Each row lists exactly its article's families (4 bytes each).
    QCOMPARE(number("SELECT count(*) FROM article_families f WHERE length(f.families) <> 4 * "
                    "(SELECT count(DISTINCT family) FROM fact_mentions m WHERE m.article_id = f.article_id)"),
             qint64(0));
    QCOMPARE(FactStore(m_db).mentionCount(), number("SELECT count(*) FROM fact_mentions"));
    QCOMPARE(number("SELECT count(*) FROM pragma_foreign_key_check"), qint64(0));
    QString details;
    QVERIFY2(m_db.integrityCheck(&details), qPrintable(details));
}

void TestFactStore::roundTrip_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dated investment") << QStringLiteral("Hitachi>Vantor Systems:investment=2000000000@2024-05")
                                      << QStringLiteral("Hitachi>Vantor Systems:investment=2000000000@2024-05 single [x.txt]");
    QTest::newRow("undated stake") << QStringLiteral("Siemens>Nordlicht:stake_percent=20")
                                   << QStringLiteral("Siemens>Nordlicht:stake_percent=20@ single [x.txt]");
    QTest::newRow("retracted") << QStringLiteral("Acme>Beta:investment=600000000!")
                               << QStringLiteral("Acme>Beta:investment=600000000@ retracted [x.txt]");
    QTest::newRow("approximate valuation") << QStringLiteral("Beta>:valuation=41000000000@2023~")
                                           << QStringLiteral("Beta>:valuation=41000000000@2023 single [x.txt]");
}

void TestFactStore::roundTrip()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    const QString quote = QStringLiteral("The sentence that reports it.");
    QVERIFY(addArticle(QStringLiteral("x.txt"), {{spec, quote}}) > 0);
    const QList<Fact> facts = FactStore(m_db).facts();
    QCOMPARE(facts.size(), 1);
    QCOMPARE(describe(facts.first()), expected);
    const FactMention &source = facts.first().sources.first();
    QCOMPARE(source.article, QStringLiteral("x.txt"));
    QCOMPARE(source.start, qsizetype(100));
    QCOMPARE(source.end, qsizetype(105));
    QCOMPARE(source.quote, quote);
    QCOMPARE(facts.first().firstReportedBy, QStringLiteral("x.txt"));
    QCOMPARE(facts.first().qualifier, spec.contains(u'~') ? Qualifier::Approx : Qualifier::Exact);
}

void TestFactStore::incrementalUpdateTouchesOnlyAffectedFacts_data()
{
    QTest::addColumn<QString>("added");
    QTest::addColumn<QStringList>("changed");
    QTest::addColumn<QStringList>("after");
    // The base: Acme→Beta $5B (a.txt), Gamma→Delta 10% (b.txt).
    const QString acme5 = QStringLiteral("Acme>Beta:investment=5000000000@");
    QTest::newRow("agreeing report: only fact 1")
        << QStringLiteral("Acme>Beta:investment=5000000000~") << QStringList{acme5}
        << QStringList{QStringLiteral("Acme>Beta:investment=5000000000@ corroborated [a.txt,c.txt]"),
                       QStringLiteral("Gamma>Delta:stake_percent=10@ single [b.txt]")};
    QTest::newRow("new pair: only a new row")
        << QStringLiteral("Kappa>Lumen:investment=700000000") << QStringList{QStringLiteral("Kappa>Lumen:investment=700000000@")}
        << QStringList{QStringLiteral("Acme>Beta:investment=5000000000@ single [a.txt]"),
                       QStringLiteral("Gamma>Delta:stake_percent=10@ single [b.txt]"),
                       QStringLiteral("Kappa>Lumen:investment=700000000@ single [c.txt]")};
    QTest::newRow("disagreeing report: fact 1 and the new one")
        << QStringLiteral("Acme>Beta:investment=8000000000")
        << QStringList{acme5, QStringLiteral("Acme>Beta:investment=8000000000@")}
        << QStringList{QStringLiteral("Acme>Beta:investment=5000000000@ conflict [a.txt]"),
                       QStringLiteral("Acme>Beta:investment=8000000000@ conflict [c.txt]"),
                       QStringLiteral("Gamma>Delta:stake_percent=10@ single [b.txt]")};
    QTest::newRow("other time of the series: a new row only")
        << QStringLiteral("Acme>Beta:investment=8000000000@2022")
        << QStringList{QStringLiteral("Acme>Beta:investment=8000000000@2022")}
        << QStringList{QStringLiteral("Acme>Beta:investment=5000000000@ single [a.txt]"),
                       QStringLiteral("Acme>Beta:investment=8000000000@2022 single [c.txt]"),
                       QStringLiteral("Gamma>Delta:stake_percent=10@ single [b.txt]")};
}

void TestFactStore::incrementalUpdateTouchesOnlyAffectedFacts()
{
    QFETCH(QString, added);
    QFETCH(QStringList, changed);
    QFETCH(QStringList, after);
    addArticle(QStringLiteral("a.txt"), {{QStringLiteral("Acme>Beta:investment=5000000000"), QStringLiteral("Acme invested $5 billion in Beta.")}});
    addArticle(QStringLiteral("b.txt"), {{QStringLiteral("Gamma>Delta:stake_percent=10"), QStringLiteral("Gamma holds 10% of Delta.")}});

    ArticleStore articles(m_db);
    ArticleExtraction x;
    x.article.fileName = QStringLiteral("c.txt");
    x.article.text = QStringLiteral("c");
    x.article.format = QStringLiteral("txt");
    const qint64 id = articles.insert(x, QStringLiteral("/news/c.txt"), QStringLiteral("c-hash"), 1);
    FactStore store(m_db);
    const QList<Fact> before = store.facts();
    QVERIFY(store.addMentions(id, {mention(QStringLiteral("c.txt"), added, 40, QStringLiteral("Another report."))}));
    QCOMPARE(store.pendingFamilies(), 1);
    QVERIFY(store.reconcilePending());
    const QList<Fact> now = store.facts();
    QCOMPARE(factsNamed(store.lastChanged(), before, now), changed);
    QCOMPARE(describeAll(now), after);
    // A fact's id is its family << 20 | n: a new fact of a family with one takes the next n.
    QHash<QString, qint64> ids;
    for (const Fact &f : now) {
        Statement s = m_db.prepare("SELECT count(*) FROM fact_mentions WHERE family = ?1");
        s.bind(1, f.id >> 20);
        QVERIFY(s.step());
        QVERIFY(s.columnInt(0) > 0);
        ids.insert(whatOf(f), f.id);
    }
    const qint64 acme5 = ids.value(QStringLiteral("Acme>Beta:investment=5000000000@"));
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("Acme>Beta")) && it.value() != acme5)
            QCOMPARE(it.value(), acme5 + 1); // the family's second fact (times are not part of the family)
        else
            QCOMPARE(it.value() & 0xfffff, qint64(1)); // the first of its family
    }
}

void TestFactStore::conflictingArticleMakesAlternatives()
{
    addArticle(QStringLiteral("wire.txt"), {{QStringLiteral("Orion>Pax:investment=10000000000@2024-02"), QStringLiteral("Orion put $10 billion into Pax.")}});
    addArticle(QStringLiteral("daily.txt"), {{QStringLiteral("Orion>Pax:investment=13000000000@2024-02"), QStringLiteral("Orion put $13 billion into Pax.")}});
    const QList<Fact> facts = FactStore(m_db).facts();
    QCOMPARE(facts.size(), 2);
    QCOMPARE(facts.at(0).status, FactStatus::Conflict);
    QCOMPARE(facts.at(1).status, FactStatus::Conflict);
    QCOMPARE(facts.at(0).alternatives, QList<qint64>{facts.at(1).id});
    QCOMPARE(facts.at(1).alternatives, QList<qint64>{facts.at(0).id});
}

void TestFactStore::correctionIsRetracted()
{
    addArticle(QStringLiteral("wire.txt"), {{QStringLiteral("Orion>Pax:investment=10000000000"), QStringLiteral("Orion put $10 billion into Pax.")}});
    addArticle(QStringLiteral("fix.txt"), {{QStringLiteral("Orion>Pax:investment=1000000000!"), QStringLiteral("The investment is $10 billion, not $1 billion.")},
                                          {QStringLiteral("Orion>Pax:investment=10000000000"), QStringLiteral("The investment is $10 billion, not $1 billion.")}});
    QCOMPARE(describeAll(FactStore(m_db).facts()),
             (QStringList{QStringLiteral("Orion>Pax:investment=10000000000@ corroborated [fix.txt,wire.txt]"),
                          QStringLiteral("Orion>Pax:investment=1000000000@ retracted [fix.txt]")}));
    // A retracted value is no alternative of the reported one.
    for (const Fact &f : FactStore(m_db).facts())
        QVERIFY(f.alternatives.isEmpty());
}

void TestFactStore::repeatedBlockIsOneSource()
{
    const QString quote = QStringLiteral("Nimbus bought 12% of Terra for $3 billion.");
    addArticle(QStringLiteral("blog.txt"), {{QStringLiteral("Nimbus>Terra:stake_value=3000000000"), quote},
                                           {QStringLiteral("Nimbus>Terra:stake_value=3000000000"), QStringLiteral("  ") + quote}});
    const QList<Fact> facts = FactStore(m_db).facts();
    QCOMPARE(facts.size(), 1);
    QCOMPARE(facts.first().sources.size(), 1);
    QCOMPARE(facts.first().status, FactStatus::Single);
}

void TestFactStore::rebuildAllEqualsIncremental()
{
    addArticle(QStringLiteral("a.txt"), {{QStringLiteral("Orion>Pax:investment=10000000000@2024"), QStringLiteral("One.")},
                                        {QStringLiteral("Pax>:valuation=90000000000@2024"), QStringLiteral("Two.")}});
    addArticle(QStringLiteral("b.txt"), {{QStringLiteral("Orion>Pax:investment=10000000000~"), QStringLiteral("Three.")},
                                        {QStringLiteral("Pax>:valuation=150000000000@2025"), QStringLiteral("Four.")}});
    FactStore store(m_db);
    const QStringList incremental = describeAll(store.facts());
    QCOMPARE(incremental,
             (QStringList{QStringLiteral("Orion>Pax:investment=10000000000@2024 corroborated [a.txt,b.txt]"),
                          QStringLiteral("Pax>:valuation=150000000000@2025 single [b.txt]"),
                          QStringLiteral("Pax>:valuation=90000000000@2024 single [a.txt]")}));
    QVERIFY(store.rebuildAll());
    QCOMPARE(describeAll(store.facts()), incremental);
}

void TestFactStore::singleReadingFamiliesAreWhatTheReconcilerMakes()
{
    // Families of one reading skip the reconciler in the store: the facts must
    // be the reconciler's all the same (approximate, ranged, retracted, undated,
    // kept apart), incrementally and when rebuilt.
    QList<FactMention> mentions{
        mention(QStringLiteral("a.txt"), QStringLiteral("Vega>Lyra:investment=5000000000@2025-03~"), 100, QStringLiteral("One.")),
        mention(QStringLiteral("a.txt"), QStringLiteral("Vega>Nova:investment=7000000000!"), 200, QStringLiteral("Two.")),
        mention(QStringLiteral("a.txt"), QStringLiteral("Lyra>:valuation=20000000000"), 300, QStringLiteral("Three.")),
        mention(QStringLiteral("a.txt"), QStringLiteral("Nova>Vega:stake_percent=12@2024"), 400, QStringLiteral("Four.")),
        mention(QStringLiteral("a.txt"), QStringLiteral("Orin>:other=3000000000@2026"), 500, QStringLiteral("Five."))};
    mentions[2].valueMax = 25000000000.0;
    mentions[2].qualifier = Qualifier::Range;
    mentions[3].vendorClaim = true; // kept apart: no fact
    ArticleStore articles(m_db);
    ArticleExtraction x;
    x.article.fileName = QStringLiteral("a.txt");
    x.article.format = QStringLiteral("txt");
    x.article.text = QString(600, u' ');
    const qint64 id = articles.insert(x, QStringLiteral("/news/a.txt"), QString::number(++m_hash), 10);
    QVERIFY(id > 0);
    auto full = [](const QList<Fact> &facts) {
        QStringList lines;
        for (const Fact &f : facts)
            lines.append(describe(f) + u' ' + qualifierName(f.qualifier) + u' '
                         + QString::number(f.valueMax.value_or(-1), 'g', 12) + u' ' + f.firstReportedBy + u' '
                         + QString::number(f.alternatives.size()) + u' ' + QString::number(f.sources.size()));
        lines.sort();
        return lines;
    };
    const QStringList expected = full(FactReconciler::reconcile(mentions));
    QCOMPARE(expected.size(), 4);
    FactStore store(m_db);
    QString error;
    QVERIFY2(store.addMentions(id, mentions, &error) && store.reconcilePending(&error), qPrintable(error));
    QCOMPARE(full(store.facts()), expected);
    QVERIFY(store.rebuildAll());
    QCOMPARE(full(store.facts()), expected);
}

void TestFactStore::readingsWithoutPartiesStayInTheirArticle()
{
    // Two articles' "$2 billion" with no party named are not one fact reported twice.
    addArticle(QStringLiteral("a.txt"), {{QStringLiteral(">:other=2000000000"), QStringLiteral("Costs reached $2 billion.")}});
    addArticle(QStringLiteral("b.txt"), {{QStringLiteral(">:other=2000000000"), QStringLiteral("Sales were $2 billion.")},
                                        {QStringLiteral(">:other=3000000000"), QStringLiteral("Debt was $3 billion.")}});
    FactStore store(m_db);
    QCOMPARE(describeAll(store.facts()),
             (QStringList{QStringLiteral(">:other=2000000000@ single [a.txt]"),
                          QStringLiteral(">:other=2000000000@ single [b.txt]"),
                          QStringLiteral(">:other=3000000000@ single [b.txt]")})); // loose figures never conflict
    QVERIFY(store.rebuildAll());
    QCOMPARE(store.facts().size(), 3);
}

void TestFactStore::removingAnArticleDropsItsSources()
{
    addArticle(QStringLiteral("a.txt"), {{QStringLiteral("Orion>Pax:investment=10000000000"), QStringLiteral("One.")}});
    const qint64 b = addArticle(QStringLiteral("b.txt"), {{QStringLiteral("Orion>Pax:investment=10000000000"), QStringLiteral("Two.")},
                                                         {QStringLiteral("Vela>Pax:investment=400000000"), QStringLiteral("Three.")}});
    FactStore store(m_db);
    const QList<Fact> before = store.facts();
    QVERIFY(store.forgetArticle(b));
    QVERIFY(ArticleStore(m_db).remove(b));
    QVERIFY(store.reconcilePending());
    // Orion→Pax loses a source, Vela→Pax is gone.
    QCOMPARE(factsNamed(store.lastChanged(), before, store.facts()),
             (QStringList{QStringLiteral("Orion>Pax:investment=10000000000@"), QStringLiteral("Vela>Pax:investment=400000000@")}));
    QCOMPARE(describeAll(store.facts()), QStringList{QStringLiteral("Orion>Pax:investment=10000000000@ single [a.txt]")});
    QCOMPARE(store.mentionCount(), qint64(1));
    verifyMentionsConsistent();
}

void TestFactStore::ingestOrderDoesNotMatter_data()
{
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<bool>("oneAtATime");
    const QString a = QStringLiteral("a_first.txt"), b = QStringLiteral("b_conflict.txt"), c = QStringLiteral("c_agree.txt");
    QTest::newRow("abc together") << QStringList{a, b, c} << false;
    QTest::newRow("cba together") << QStringList{c, b, a} << false;
    QTest::newRow("abc one by one") << QStringList{a, b, c} << true;
    QTest::newRow("bca one by one") << QStringList{b, c, a} << true;
    QTest::newRow("cab one by one") << QStringList{c, a, b} << true;
}

void TestFactStore::ingestOrderDoesNotMatter()
{
    QFETCH(QStringList, order);
    QFETCH(bool, oneAtATime);
    if (oneAtATime) {
        for (const QString &n : order)
            QVERIFY(ingest({n}).committed());
    } else {
        QVERIFY(ingest(order).committed());
    }
    const QStringList expected{
        QStringLiteral("Hitachi>Vantor Systems:investment=2000000000@ single [c_agree.txt]"),
        QStringLiteral("Siemens>Nordlicht Robotics:investment=10000000000@ conflict [a_first.txt,c_agree.txt]"),
        QStringLiteral("Siemens>Nordlicht Robotics:investment=13000000000@ conflict [b_conflict.txt]"),
        QStringLiteral("Siemens>Nordlicht Robotics:stake_percent=20@ single [a_first.txt]")};
    QCOMPARE(describeAll(FactStore(m_db).facts()), expected);
}

void TestFactStore::reingestChangesNothing()
{
    QVERIFY(ingest({QStringLiteral("a_first.txt"), QStringLiteral("e_repeat.txt")}).committed());
    const QList<Fact> before = FactStore(m_db).facts();
    QCOMPARE(describeAll(before),
             (QStringList{QStringLiteral("Hitachi>Vantor Systems:investment=2000000000@ single [e_repeat.txt]"),
                          QStringLiteral("Siemens>Nordlicht Robotics:investment=10000000000@ single [a_first.txt]"),
                          QStringLiteral("Siemens>Nordlicht Robotics:stake_percent=20@ single [a_first.txt]")}));
    const Ingestor::Summary again = ingest({QStringLiteral("a_first.txt"), QStringLiteral("e_repeat.txt")});
    QCOMPARE(again.unchanged, 2);
    const QList<Fact> after = FactStore(m_db).facts();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(describe(after.at(i)), describe(before.at(i)));
    }
    // The repeated paragraph of e_repeat.txt is one source.
    for (const Fact &f : after)
        QCOMPARE(f.sources.size(), 1);
}

void TestFactStore::replacedArticleLosesOldMentions()
{
    const QString path = QStringLiteral("/news/nordlicht.txt");
    QVERIFY(ingest({QStringLiteral("a_first.txt")}).committed());
    QVERIFY(ingest({QStringLiteral("x")}, path, fixture(QStringLiteral("b_conflict.txt"))).committed());
    QCOMPARE(describeAll(FactStore(m_db).facts()).filter(QStringLiteral("13000000000")),
             QStringList{QStringLiteral("Siemens>Nordlicht Robotics:investment=13000000000@ conflict [nordlicht.txt]")});
    // The same path now says $10 billion: the $13 billion source is gone with the old version.
    const Ingestor::Summary s = ingest({QStringLiteral("x")}, path, fixture(QStringLiteral("c_agree.txt")));
    QCOMPARE(s.replaced, 1);
    QCOMPARE(describeAll(FactStore(m_db).facts()),
             (QStringList{QStringLiteral("Hitachi>Vantor Systems:investment=2000000000@ single [nordlicht.txt]"),
                          QStringLiteral("Siemens>Nordlicht Robotics:investment=10000000000@ corroborated [a_first.txt,nordlicht.txt]"),
                          QStringLiteral("Siemens>Nordlicht Robotics:stake_percent=20@ single [a_first.txt]")}));
    Statement count = m_db.prepare("SELECT count(*) FROM fact_mentions WHERE value = 13000000000");
    QVERIFY(count.step());
    QCOMPARE(count.columnInt(0), qint64(0));
    verifyMentionsConsistent();
}

void TestFactStore::replacedWhileFactsDeferredLeavesNoMention()
{
    // Nothing cascades to fact_mentions: a version replaced while facts are
    // deferred must not leave its mentions behind, for the next version
    // (which takes the freed article id) to collide with or to be read with.
    const QString path = QStringLiteral("/news/nordlicht.txt");
    QVERIFY(ingest({QStringLiteral("x")}, path, fixture(QStringLiteral("a_first.txt"))).committed());
    QVERIFY(FactStore(m_db).mentionCount() > 0);
    const Ingestor::Summary deferred = ingest({QStringLiteral("x")}, path, fixture(QStringLiteral("b_conflict.txt")), true);
    QVERIFY(deferred.committed());
    QCOMPARE(deferred.replaced, 1);
    QCOMPARE(FactStore(m_db).mentionCount(), qint64(0));
    verifyMentionsConsistent();
    // The same readings as the first version's, under the same article id: stored beside no old row.
    const Ingestor::Summary again = ingest({QStringLiteral("x")}, path, fixture(QStringLiteral("a_first.txt")));
    QVERIFY2(again.committed(), qPrintable(again.fatalError));
    FactStore store(m_db);
    QVERIFY(!store.isCurrent());
    QVERIFY(store.refresh(ArticleAnalyzer(Gazetteer::bundled())));
    QCOMPARE(describeAll(store.facts()),
             (QStringList{QStringLiteral("Siemens>Nordlicht Robotics:investment=10000000000@ single [nordlicht.txt]"),
                          QStringLiteral("Siemens>Nordlicht Robotics:stake_percent=20@ single [nordlicht.txt]")}));
    verifyMentionsConsistent();
}

void TestFactStore::refreshReadsStoredArticlesAgain()
{
    QVERIFY(ingest({QStringLiteral("a_first.txt"), QStringLiteral("c_agree.txt")}).committed());
    const QStringList expected = describeAll(FactStore(m_db).facts());
    QCOMPARE(expected.size(), 3);
    // As a database from before facts were stored: no mentions, an old mark.
    QVERIFY(m_db.exec("DELETE FROM facts; DELETE FROM fact_mentions; "
                      "UPDATE meta SET value = '0' WHERE key = 'facts_rules'"));
    FactStore store(m_db);
    QVERIFY(!store.isCurrent());
    QVERIFY(store.facts().isEmpty());
    QVERIFY(store.refresh(ArticleAnalyzer(Gazetteer::bundled())));
    QVERIFY(store.isCurrent());
    QCOMPARE(describeAll(store.facts()), expected);
}

void TestFactStore::refreshReadsAgreementsAgain()
{
    // Ties without a figure are stored at ingest and read again with the facts.
    QVERIFY(ingest({QStringLiteral("f_ties.txt")}).committed());
    auto ties = [&]() {
        QStringList out;
        for (const AgreementSource &s : AgreementStore(m_db).all())
            out << agreementKindName(s.agreement.kind) + u' ' + s.agreement.from + QStringLiteral(" -> ")
                    + s.agreement.to + u' ' + s.fileName;
        return out;
    };
    const QStringList expected{QStringLiteral("joint_venture Kestrel Labs -> Helix Cells f_ties.txt"),
                               QStringLiteral("joint_venture Orbit -> Helix Cells f_ties.txt"),
                               QStringLiteral("distribution Arrow Electronics -> Kestrel Labs f_ties.txt")};
    QCOMPARE(ties(), expected);
    QVERIFY(m_db.exec("DELETE FROM agreements; UPDATE meta SET value = '0' WHERE key = 'facts_rules'"));
    QVERIFY(FactStore(m_db).refresh(ArticleAnalyzer(Gazetteer::bundled())));
    QCOMPARE(ties(), expected);
    // Refreshing again does not double them, and they go with their article.
    QVERIFY(FactStore(m_db).refresh(ArticleAnalyzer(Gazetteer::bundled())));
    QCOMPARE(ties(), expected);
    QVERIFY(m_db.exec("DELETE FROM articles"));
    QVERIFY(ties().isEmpty());
}

void TestFactStore::ingestIntoFreshStoreKeepsItCurrent()
{
    // A new database needs no re-reading: its facts follow the current rules.
    QVERIFY(FactStore(m_db).isCurrent());
    QVERIFY(ingest({QStringLiteral("a_first.txt")}).committed());
    QVERIFY(FactStore(m_db).isCurrent());
    QVERIFY(ingest({QStringLiteral("c_agree.txt")}).committed());
    QVERIFY(FactStore(m_db).isCurrent());

    // A store that was out of date stays so after an ingest, until refreshed.
    QVERIFY(m_db.exec("UPDATE meta SET value = '0' WHERE key = 'facts_rules'"));
    QVERIFY(ingest({QStringLiteral("e_repeat.txt")}).committed());
    QVERIFY(!FactStore(m_db).isCurrent());
}

void TestFactStore::factsWithoutQuotesKeepEverythingElse()
{
    addArticle(QStringLiteral("w.txt"), {{QStringLiteral("Orion>Pax:investment=5000000000"),
                                          QStringLiteral("Orion put €5 billion into Pax.")},
                                         {QStringLiteral("Orion>Pax:stake_percent=20"),
                                          QStringLiteral("Orion now holds 20% of Pax.")}});
    const QList<Fact> full = FactStore(m_db).facts();
    const QList<Fact> bare = FactStore(m_db).factsWithoutQuotes();
    QCOMPARE(bare.size(), full.size());
    QVERIFY(full.size() >= 2);
    for (qsizetype i = 0; i < full.size(); ++i) {
        QCOMPARE(bare.at(i).id, full.at(i).id);
        QCOMPARE(bare.at(i).value, full.at(i).value);
        QCOMPARE(bare.at(i).sources.size(), full.at(i).sources.size());
        for (qsizetype j = 0; j < full.at(i).sources.size(); ++j) {
            const FactMention &a = full.at(i).sources.at(j);
            const FactMention &b = bare.at(i).sources.at(j);
            QVERIFY(!a.quote.isEmpty());
            QVERIFY(b.quote.isEmpty());
            QVERIFY(b.text.isEmpty());
            QCOMPARE(b.article, a.article);
            QCOMPARE(b.start, a.start);
            QCOMPARE(b.sentenceStart, a.sentenceStart);
            QCOMPARE(b.paragraphStart, a.paragraphStart);
        }
    }
}

void TestFactStore::quotesComeFromTheArticleText()
{
    // Offsets are UTF-16 units: characters outside the BMP before a quote must not shift it.
    const QString first = QStringLiteral("Øresund 🚀 Labs raised €2 billion from Orion.");
    const QString second = QStringLiteral("Orion put €5 billion into Pax.");
    addArticle(QStringLiteral("u.txt"), {{QStringLiteral("Orion>Øresund:investment=2000000000"), first},
                                        {QStringLiteral("Orion>Pax:investment=5000000000"), second}});
    QStringList quotes;
    for (const Fact &f : FactStore(m_db).facts())
        quotes.append(f.sources.first().quote);
    quotes.sort();
    QCOMPARE(quotes, (QStringList{second, first}));
}

void TestFactStore::hashCollisionsKeepFamiliesApart()
{
    // Families are stored under a 31-bit hash of their key: find two parties whose keys share it.
    auto key = [](const QString &subject) {
        FactMention m;
        m.subject = subject;
        m.object = QStringLiteral("Pax");
        m.metric = Metric::Investment;
        m.unit = QStringLiteral("USD");
        return FactCodes::hash(FactReconciler::familyKey(m));
    };
    QHash<qint64, QString> seen;
    QString a, b;
    for (int i = 0; a.isEmpty() && i < 1000000; ++i) {
        const QString name = QStringLiteral("Org%1").arg(i);
        const qint64 h = key(name);
        if (seen.contains(h)) {
            a = seen.value(h);
            b = name;
        }
        seen.insert(h, name);
    }
    QVERIFY(!a.isEmpty());
    addArticle(QStringLiteral("a.txt"), {{a + QStringLiteral(">Pax:investment=5000000000"), QStringLiteral("One.")}});
    addArticle(QStringLiteral("b.txt"), {{b + QStringLiteral(">Pax:investment=8000000000"), QStringLiteral("Two.")}});
    FactStore store(m_db);
    const QStringList expected{a + QStringLiteral(">Pax:investment=5000000000@ single [a.txt]"),
                               b + QStringLiteral(">Pax:investment=8000000000@ single [b.txt]")};
    QCOMPARE(describeAll(store.facts()), expected); // no conflict between two parties' deals
    QVERIFY(store.rebuildAll());
    QCOMPARE(describeAll(store.facts()), expected);
}

namespace {

// The articles of the batch tests: agreeing, conflicting and corrected
// readings of shared families, loose figures and a reading kept apart.
const QList<QPair<QString, QList<QPair<QString, QString>>>> &batchArticles()
{
    static const QList<QPair<QString, QList<QPair<QString, QString>>>> articles{
        {QStringLiteral("a.txt"),
         {{QStringLiteral("Orion>Pax:investment=10000000000@2024"), QStringLiteral("One.")},
          {QStringLiteral("Pax>:valuation=90000000000@2024"), QStringLiteral("Two.")},
          {QStringLiteral(">:other=2000000000"), QStringLiteral("Costs reached $2 billion.")}}},
        {QStringLiteral("b.txt"),
         {{QStringLiteral("Orion>Pax:investment=13000000000@2024"), QStringLiteral("Three.")},
          {QStringLiteral("Gamma>Delta:stake_percent=10"), QStringLiteral("Gamma holds 10% of Delta.")},
          {QStringLiteral(">:other=2000000000"), QStringLiteral("Sales were $2 billion.")}}},
        {QStringLiteral("c.txt"),
         {{QStringLiteral("Orion>Pax:investment=10000000000~"), QStringLiteral("Four.")},
          {QStringLiteral("Acme>Beta:investment=600000000!"), QStringLiteral("Not $600 million.")},
          {QStringLiteral("Pax>:valuation=150000000000@2025"), QStringLiteral("Five.")}}},
    };
    return articles;
}

// Facts with everything the store keeps, ids and alternatives included.
QStringList fullDescription(const QList<Fact> &facts)
{
    QStringList lines;
    for (const Fact &f : facts) {
        QStringList alternatives;
        for (const qint64 a : f.alternatives)
            alternatives.append(QString::number(a));
        QStringList sources;
        for (const FactMention &m : f.sources)
            sources.append(QStringLiteral("%1:%2-%3 %4").arg(m.article).arg(m.start).arg(m.end).arg(m.quote));
        lines.append(QStringLiteral("%1 %2 %3 first %4 alt %5 | %6")
                         .arg(f.id)
                         .arg(describe(f), qualifierName(f.qualifier), f.firstReportedBy, alternatives.join(u','),
                              sources.join(QStringLiteral("; "))));
    }
    return lines;
}

} // namespace

void TestFactStore::batchIntoEmptyStoreEqualsOneAtATime()
{
    // One at a time: every article after the first goes into a table that holds mentions.
    for (const auto &a : batchArticles())
        addArticle(a.first, a.second);
    FactStore first(m_db);
    QVERIFY(first.rebuildAll()); // ids in family order, as a batch numbers them
    const QStringList expected = fullDescription(first.facts());
    QCOMPARE(expected.size(), 8);
    // The mention rows, then every fact's id and sources.
    auto mentionRows = [this] {
        QStringList rows;
        Statement s = m_db.prepare("SELECT family, article_id, ord, start, sentence_end, flags, quote_key "
                                   "FROM fact_mentions ORDER BY 1, 2, 3");
        while (s.step()) {
            QStringList columns;
            for (int c = 0; c < 7; ++c)
                columns.append(QString::number(s.columnInt(c)));
            rows.append(columns.join(u' '));
        }
        Statement f = m_db.prepare("SELECT id, hex(sources) FROM facts ORDER BY id");
        while (f.step())
            rows.append(QString::number(f.columnInt(0)) + u' ' + f.columnText(1));
        return rows;
    };
    const QStringList expectedRows = mentionRows();
    QCOMPARE(expectedRows.size(), 9 + 8);

    QVERIFY(m_db.exec("DELETE FROM facts; DELETE FROM fact_mentions; DELETE FROM articles"));
    // All at once into the emptied table: the mentions are written with their facts.
    QVERIFY(m_db.beginImmediate());
    FactStore store(m_db);
    QString error;
    for (const auto &a : batchArticles()) {
        QList<FactMention> mentions;
        const qint64 id = insertArticle(a.first, a.second, mentions);
        QVERIFY2(id > 0 && store.addMentions(id, mentions, &error), qPrintable(error));
    }
    QCOMPARE(store.mentionCount(), qint64(9)); // staged ones included
    QVERIFY2(store.reconcilePending(&error), qPrintable(error));
    QVERIFY2(m_db.commit(&error), qPrintable(error));
    QCOMPARE(store.lastChanged().size(), 8);
    QCOMPARE(fullDescription(store.facts()), expected);
    // The rows and the facts' sources as one at a time made them: a rebuild changes none.
    QCOMPARE(mentionRows(), expectedRows);
    QVERIFY(store.rebuildAll());
    QCOMPARE(store.lastChanged().size(), 8); // every fact is rewritten by a rebuild…
    QCOMPARE(mentionRows(), expectedRows);   // …but no row moves
    QCOMPARE(fullDescription(store.facts()), expected);
}

void TestFactStore::batchReplacingEveryArticleKeepsFactsRight()
{
    // Facts stored, then every article replaced in one transaction: no mention
    // is left in the table when the new ones are written, but facts are.
    const qint64 old = addArticle(QStringLiteral("old.txt"),
                                  {{QStringLiteral("Orion>Pax:investment=10000000000@2024"), QStringLiteral("One.")},
                                   {QStringLiteral("Vela>Pax:investment=400000000"), QStringLiteral("Two.")}});
    const QList<Fact> before = FactStore(m_db).facts();
    QCOMPARE(before.size(), 2);
    QVERIFY(m_db.beginImmediate());
    FactStore store(m_db);
    QVERIFY(store.forgetArticle(old));
    QVERIFY(ArticleStore(m_db).remove(old));
    QList<FactMention> mentions;
    const qint64 id = insertArticle(QStringLiteral("new.txt"),
                                    {{QStringLiteral("Orion>Pax:investment=12000000000@2024"), QStringLiteral("Three.")},
                                     {QStringLiteral("Nova>Lyra:investment=300000000"), QStringLiteral("Four.")}},
                                    mentions);
    QString error;
    QVERIFY2(store.addMentions(id, mentions, &error) && store.reconcilePending(&error), qPrintable(error));
    QVERIFY2(m_db.commit(&error), qPrintable(error));
    // Both old facts lost every source and are gone; the new value is a new
    // fact, numbered on from its family's stored ids; Nova>Lyra is its family's first.
    const QList<Fact> now = store.facts();
    QCOMPARE(factsNamed(store.lastChanged(), before, now),
             (QStringList{QStringLiteral("Nova>Lyra:investment=300000000@"), QStringLiteral("Orion>Pax:investment=10000000000@2024"),
                          QStringLiteral("Orion>Pax:investment=12000000000@2024"), QStringLiteral("Vela>Pax:investment=400000000@")}));
    const qint64 oldOrion = whatOf(before.at(0)).startsWith(QLatin1String("Orion")) ? before.at(0).id : before.at(1).id;
    QCOMPARE(now.size(), 2);
    const Fact &orion = whatOf(now.at(0)).startsWith(QLatin1String("Orion")) ? now.at(0) : now.at(1);
    const Fact &nova = whatOf(now.at(0)).startsWith(QLatin1String("Orion")) ? now.at(1) : now.at(0);
    QCOMPARE(orion.id, oldOrion + 1);
    QCOMPARE(nova.id & 0xfffff, qint64(1));
    QCOMPARE(fullDescription({orion, nova}),
             (QStringList{QString::number(orion.id) + QStringLiteral(" Orion>Pax:investment=12000000000@2024 single [new.txt] exact first "
                                                                    "new.txt alt  | new.txt:100-105 Three."),
                          QString::number(nova.id) + QStringLiteral(" Nova>Lyra:investment=300000000@ single [new.txt] exact first "
                                                                   "new.txt alt  | new.txt:200-205 Four.")}));
}

void TestFactStore::articleForgottenWhileStagedLeavesNothing()
{
    // An article added and removed again before the facts are reconciled (a
    // path replaced twice in one ingest): its staged readings go with it.
    QVERIFY(m_db.beginImmediate());
    FactStore store(m_db);
    QString error;
    QList<FactMention> mentions;
    const qint64 gone = insertArticle(QStringLiteral("gone.txt"),
                                      {{QStringLiteral("Orion>Pax:investment=10000000000"), QStringLiteral("One.")}},
                                      mentions);
    QVERIFY2(store.addMentions(gone, mentions, &error), qPrintable(error));
    const qint64 kept = insertArticle(QStringLiteral("kept.txt"),
                                      {{QStringLiteral("Orion>Pax:investment=10000000000"), QStringLiteral("Two.")}},
                                      mentions);
    QVERIFY2(store.addMentions(kept, mentions, &error), qPrintable(error));
    QVERIFY2(store.forgetArticle(gone, &error), qPrintable(error));
    QVERIFY(ArticleStore(m_db).remove(gone));
    QVERIFY2(store.reconcilePending(&error), qPrintable(error));
    QVERIFY2(m_db.commit(&error), qPrintable(error));
    QCOMPARE(store.mentionCount(), qint64(1));
    QCOMPARE(describeAll(store.facts()), QStringList{QStringLiteral("Orion>Pax:investment=10000000000@ single [kept.txt]")});
    verifyMentionsConsistent();
}

QTEST_GUILESS_MAIN(TestFactStore)
#include "tst_factstore.moc"
