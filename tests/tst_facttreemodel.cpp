// SPDX-License-Identifier: GPL-3.0-or-later
#include "facttreemodel.h"
#include "itemroles.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace DealScope;
using Status = ExplorerSource::Status;

namespace {

ExplorerSource::FactSource source(qint64 article, const QString &publisher, const QString &quote, const QString &figure)
{
    ExplorerSource::FactSource s;
    s.articleId = article;
    s.title = QStringLiteral("Article %1").arg(article);
    s.publisher = publisher;
    s.date = QDate(2024, 3, int(article) + 1);
    s.quote = quote;
    s.text = figure;
    s.quoteStart = quote.indexOf(figure);
    s.quoteEnd = s.quoteStart + figure.size();
    s.start = 100 + s.quoteStart;
    s.end = 100 + s.quoteEnd;
    return s;
}

ExplorerSource::FactSummary fact(qint64 id, const QString &metric, const QString &valueText, Status status,
                                 QList<ExplorerSource::FactSource> sources)
{
    ExplorerSource::FactSummary f;
    f.id = id;
    f.subject = QStringLiteral("Vantage Rail");
    f.object = QStringLiteral("Ostwind Trains");
    f.metric = metric;
    f.valueText = valueText;
    f.when = QStringLiteral("2024-03");
    f.status = status;
    f.sources = sources;
    return f;
}

// A rail takeover reported by three papers, one of which gets the price wrong
// and another corrects a stake figure.
QList<ExplorerSource::FactSummary> sampleFacts()
{
    const QString q1 = QStringLiteral("Vantage Rail will pay €1.1 billion for Ostwind Trains.");
    const QString q2 = QStringLiteral("The €1.1 billion offer values Ostwind at a premium.");
    const QString q3 = QStringLiteral("Vantage Rail offered €1.4 billion, people familiar said.");
    const QString q4 = QStringLiteral("It takes a 60% stake, not 6% as first reported.");
    auto price = fact(1, QStringLiteral("contract value"), QStringLiteral("€1.1 billion"), Status::Conflict,
                      {source(0, QStringLiteral("Rail Gazette"), q1, QStringLiteral("€1.1 billion")),
                       source(1, QStringLiteral("Wirtschaftsblatt"), q2, QStringLiteral("€1.1 billion"))});
    price.alternatives = {2};
    auto wrong = fact(2, QStringLiteral("contract value"), QStringLiteral("€1.4 billion"), Status::Conflict,
                      {source(2, QStringLiteral("Evening Post"), q3, QStringLiteral("€1.4 billion"))});
    wrong.alternatives = {1};
    auto stake = fact(3, QStringLiteral("stake percent"), QStringLiteral("60%"), Status::Single,
                      {source(2, QStringLiteral("Evening Post"), q4, QStringLiteral("60%"))});
    auto retracted = fact(4, QStringLiteral("stake percent"), QStringLiteral("6%"), Status::Retracted,
                          {source(2, QStringLiteral("Evening Post"), q4, QStringLiteral("6%"))});
    retracted.correction = QStringLiteral("60%");
    return {price, wrong, stake, retracted};
}

} // namespace

class TestFactTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester();
    void groupsByMetric();
    void factColumns_data();
    void factColumns();
    void sourcesUnderFacts();
    void retractedIsStruckThrough();
    void findFactAndSource();
    void readsOnlyWhatIsShown();
};

void TestFactTreeModel::modelTester()
{
    FactTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFacts(sampleFacts());
    model.setFacts({});
    model.setFacts(sampleFacts());
}

void TestFactTreeModel::groupsByMetric()
{
    FactTreeModel model;
    model.setFacts(sampleFacts());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Contract value (2)"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Stake percent (2)"));
    QCOMPARE(model.index(0, 0).data(ItemRole::RowKind).toInt(), int(RowKind::Group));
}

void TestFactTreeModel::factColumns_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("value") << 0 << 0 << int(FactTreeModel::ValueColumn) << QStringLiteral("€1.1 billion");
    QTest::newRow("parties") << 0 << 0 << int(FactTreeModel::PartiesColumn) << QStringLiteral("Vantage Rail → Ostwind Trains");
    QTest::newRow("when") << 0 << 0 << int(FactTreeModel::WhenColumn) << QStringLiteral("2024-03");
    QTest::newRow("conflict badge") << 0 << 0 << int(FactTreeModel::StatusColumn) << QStringLiteral("conflict");
    QTest::newRow("first reported") << 0 << 0 << int(FactTreeModel::FirstReportedColumn) << QStringLiteral("Rail Gazette");
    QTest::newRow("side by side") << 0 << 0 << int(FactTreeModel::OtherValuesColumn) << QStringLiteral("vs €1.4 billion (Evening Post)");
    QTest::newRow("other side") << 0 << 1 << int(FactTreeModel::OtherValuesColumn) << QStringLiteral("vs €1.1 billion (Rail Gazette)");
    QTest::newRow("single badge") << 1 << 0 << int(FactTreeModel::StatusColumn) << QStringLiteral("single");
    QTest::newRow("retracted badge") << 1 << 1 << int(FactTreeModel::StatusColumn) << QStringLiteral("retracted");
    QTest::newRow("correction") << 1 << 1 << int(FactTreeModel::OtherValuesColumn) << QStringLiteral("corrected to 60%");
}

void TestFactTreeModel::factColumns()
{
    QFETCH(int, group);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, expected);
    FactTreeModel model;
    model.setFacts(sampleFacts());
    const QModelIndex fact = model.index(row, column, model.index(group, 0));
    QCOMPARE(fact.data().toString(), expected);
    QCOMPARE(fact.data(ItemRole::RowKind).toInt(), int(RowKind::Fact));
}

void TestFactTreeModel::sourcesUnderFacts()
{
    FactTreeModel model;
    auto facts = sampleFacts();
    facts[0].status = Status::Corroborated;
    facts[0].alternatives.clear();
    model.setFacts(facts);
    const QModelIndex fact = model.index(0, 0, model.index(0, 0));
    QCOMPARE(model.index(0, FactTreeModel::StatusColumn, model.index(0, 0)).data().toString(),
             QStringLiteral("corroborated ×2"));
    QCOMPARE(model.rowCount(fact), 2);
    const QModelIndex second = model.index(1, 0, fact);
    QCOMPARE(second.data().toString(),
             QStringLiteral("Article 1 · Wirtschaftsblatt · 2 Mar 2024 — “The €1.1 billion offer values Ostwind at a premium.”"));
    QCOMPARE(second.data(ItemRole::RichText).toString(),
             QStringLiteral("<b>Article 1 · Wirtschaftsblatt · 2 Mar 2024</b><br><span style=\"color:#444\">"
                            "“The <mark>€1.1 billion</mark> offer values Ostwind at a premium.”</span>"));
    QCOMPARE(second.data(ItemRole::ArticleId).toLongLong(), 1);
    QCOMPARE(second.data(ItemRole::Start).toLongLong(), 104);
    QCOMPARE(second.data(ItemRole::End).toLongLong(), 116);
    QCOMPARE(second.data(ItemRole::FactId).toLongLong(), 1);
    QCOMPARE(model.parent(second), fact);
    QCOMPARE(model.rowCount(second), 0);
}

void TestFactTreeModel::retractedIsStruckThrough()
{
    FactTreeModel model;
    model.setFacts(sampleFacts());
    const QModelIndex retracted = model.index(1, 0, model.index(1, 0));
    QCOMPARE(retracted.data().toString(), QStringLiteral("6%"));
    QVERIFY(retracted.data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(!model.index(0, 0, model.index(1, 0)).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(model.index(0, 0, retracted).data(ItemRole::RichText).toString().contains(QStringLiteral("<mark><s>6%</s></mark>")));
}

void TestFactTreeModel::findFactAndSource()
{
    FactTreeModel model;
    model.setFacts(sampleFacts());
    const QModelIndex wrong = model.indexOfFact(2);
    QCOMPARE(wrong.data().toString(), QStringLiteral("€1.4 billion"));
    QVERIFY(!model.indexOfFact(99).isValid());
    const QModelIndex src = model.indexOfSource(1, 1, 104);
    QVERIFY(src.isValid());
    QCOMPARE(src.parent(), model.indexOfFact(1));
    QCOMPARE(src.row(), 1);
}

void TestFactTreeModel::readsOnlyWhatIsShown()
{
    // 3,000 facts of two metrics: listing them reads none; a fact row reads
    // that fact for the list; its source rows read it in full, once.
    QList<ExplorerSource::FactGroup> groups{{QStringLiteral("investment"), {}}, {QStringLiteral("stake percent"), {}}};
    for (qint64 id = 1; id <= 3000; ++id)
        groups[id <= 2000 ? 0 : 1].ids.append(id);
    QHash<qint64, int> listed, full;
    auto make = [](qint64 id, bool quotes) {
        auto f = fact(id, QStringLiteral("investment"), QStringLiteral("$%1 million").arg(id), Status::Single,
                      {source(id % 3, QStringLiteral("Rail Gazette"), QStringLiteral("It paid $%1 million.").arg(id),
                              QStringLiteral("$%1 million").arg(id))});
        if (!quotes)
            f.sources[0].quote.clear();
        return std::optional<ExplorerSource::FactSummary>(f);
    };
    {
        // The lazy model is a well-behaved model (the tester reads every row).
        FactTreeModel tested;
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.setGroups(
            groups.mid(1), [&](qint64 id) { return make(id, false); }, [&](qint64 id) { return make(id, true); });
    }
    FactTreeModel model;
    model.setGroups(
        groups, [&](qint64 id) { ++listed[id]; return make(id, false); },
        [&](qint64 id) { ++full[id]; return make(id, true); });
    QCOMPARE(model.factCount(), 3000);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex investments = model.index(0, 0);
    QCOMPARE(model.rowCount(investments), 2000);
    QVERIFY(model.hasChildren(model.index(1999, 0, investments)));
    QVERIFY(listed.isEmpty());
    QVERIFY(full.isEmpty());

    // A view asks every row it lays out for its height: answered unread.
    QVERIFY(model.index(0, 0).data(ItemRole::OneLine).toBool());
    QVERIFY(model.index(7, FactTreeModel::PartiesColumn, investments).data(ItemRole::OneLine).toBool());
    QVERIFY(listed.isEmpty());

    const QModelIndex row = model.index(41, 0, investments);
    QCOMPARE(row.data().toString(), QStringLiteral("$42 million"));
    QCOMPARE(row.siblingAtColumn(FactTreeModel::StatusColumn).data().toString(), QStringLiteral("single"));
    QCOMPARE(listed.value(42), 1);
    QCOMPARE(listed.size(), 1);
    QVERIFY(full.isEmpty());

    const QModelIndex source = model.index(0, 0, row);
    const QString rich = source.data(ItemRole::RichText).toString();
    QVERIFY2(rich.contains(QStringLiteral("It paid <mark>$42 million</mark>.")), qPrintable(rich));
    source.data(Qt::DisplayRole);
    QVERIFY(!source.data(ItemRole::OneLine).toBool()); // a quote wraps
    QCOMPARE(full.value(42), 1);
    QCOMPARE(full.size(), 1);
    QCOMPARE(model.indexOfFact(2500), model.index(499, 0, model.index(1, 0)));
    QCOMPARE(listed.size(), 1); // finding a row reads nothing
}

QTEST_MAIN(TestFactTreeModel)
#include "tst_facttreemodel.moc"
