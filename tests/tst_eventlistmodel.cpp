// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlistbuilder.h"
#include "eventlistmodel.h"
#include "itemroles.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

#include <utility>

using namespace DealScope;

// The deal browser's model and the rows it is given.
class TestEventListModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester();
    void columns_data();
    void columns();
    void rowOf();
    void highlightsTheEntitysEvents();
    void dateSortsInTimelineOrder();
    void readsPageByPage();
    void onlyTheEntitysEvents();
    void mainFigure_data();
    void mainFigure();

private:
    static QList<ExplorerSource::EventSummary> sample()
    {
        ExplorerSource::EventSummary a;
        a.id = 7;
        a.date = QStringLiteral("2025-03");
        a.title = QStringLiteral("Helios Grid invests $4 billion in Tidewater Storage");
        a.parties = {QStringLiteral("Helios Grid"), QStringLiteral("Tidewater Storage")};
        a.figure = QStringLiteral("$4 billion");
        a.facts = {3, 4};
        a.articleCount = 2;
        ExplorerSource::EventSummary b;
        b.id = 2;
        b.title = QStringLiteral("Fjord Capital raises €300 million");
        b.parties = {QStringLiteral("Fjord Capital")};
        b.figure = QStringLiteral("€300 million");
        b.facts = {9};
        b.articleCount = 1;
        return {a, b};
    }
};

void TestEventListModel::modelTester()
{
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(sample());
    model.setHighlightedEntity(QStringLiteral("Helios Grid"));
    model.setEvents({});
    model.setHighlightedEntity(QString());
    model.setEvents(sample());
}

void TestEventListModel::columns_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("date") << 0 << int(EventListModel::DateColumn) << QStringLiteral("2025-03");
    QTest::newRow("undated") << 1 << int(EventListModel::DateColumn) << QStringLiteral("undated");
    QTest::newRow("title") << 1 << int(EventListModel::TitleColumn) << QStringLiteral("Fjord Capital raises €300 million");
    QTest::newRow("parties") << 0 << int(EventListModel::PartiesColumn)
                             << QStringLiteral("Helios Grid, Tidewater Storage");
    QTest::newRow("figure") << 0 << int(EventListModel::FigureColumn) << QStringLiteral("$4 billion");
}

void TestEventListModel::columns()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, expected);
    EventListModel model;
    model.setEvents(sample());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(EventListModel::ColumnCount));
    const QModelIndex index = model.index(row, column);
    QCOMPARE(index.data().toString(), expected);
    QCOMPARE(index.data(ItemRole::RowKind).toInt(), int(RowKind::Event));
    QCOMPARE(index.data(ItemRole::EventId).toLongLong(), sample().at(row).id);
}

void TestEventListModel::rowOf()
{
    EventListModel model;
    model.setEvents(sample());
    QCOMPARE(model.rowOf(7), 0);
    QCOMPARE(model.rowOf(2), 1);
    QCOMPARE(model.rowOf(5), -1);
    model.setEvents({});
    QCOMPARE(model.rowOf(7), -1);
}

void TestEventListModel::highlightsTheEntitysEvents()
{
    EventListModel model;
    model.setEvents(sample());
    QCOMPARE(model.highlightedCount(), 0);
    QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setHighlightedEntity(QStringLiteral("Tidewater Storage"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.highlightedCount(), 1);
    QVERIFY(model.index(0, EventListModel::TitleColumn).data(ItemRole::Highlighted).toBool());
    QVERIFY(model.index(0, EventListModel::TitleColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(1, EventListModel::TitleColumn).data(ItemRole::Highlighted).toBool());
    QVERIFY(!model.index(1, EventListModel::TitleColumn).data(Qt::FontRole).isValid());

    // The same entity again changes nothing; another announces only the rows that change.
    model.setHighlightedEntity(QStringLiteral("Tidewater Storage"));
    QCOMPARE(changed.count(), 1);
    changed.clear();
    model.setHighlightedEntity(QStringLiteral("Fjord Capital"));
    QCOMPARE(changed.count(), 2);
    for (const QList<QVariant> &args : std::as_const(changed))
        QCOMPARE(args.at(0).toModelIndex().row(), args.at(1).toModelIndex().row());
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 1);
    QVERIFY(model.index(1, EventListModel::TitleColumn).data(ItemRole::Highlighted).toBool());
    QVERIFY(!model.index(0, EventListModel::TitleColumn).data(ItemRole::Highlighted).toBool());
    // A name in no event's parties lights no row.
    model.setHighlightedEntity(QStringLiteral("Tidewater"));
    QCOMPARE(model.highlightedCount(), 0);
}

void TestEventListModel::dateSortsInTimelineOrder()
{
    // An undated event keeps its place in the timeline rather than sorting by the word "undated".
    EventListModel model;
    QList<ExplorerSource::EventSummary> events = sample();
    std::swap(events[0], events[1]);
    model.setEvents(events);
    QCOMPARE(model.index(0, EventListModel::DateColumn).data(ItemRole::SortValue).toInt(), 0);
    QCOMPARE(model.index(1, EventListModel::DateColumn).data(ItemRole::SortValue).toInt(), 1);
    QCOMPARE(model.index(1, EventListModel::FigureColumn).data(ItemRole::SortValue).toString(),
             QStringLiteral("$4 billion"));
}

// Many events, every third naming "Lyra Power", ids in timeline order.
static QList<ExplorerSource::EventSummary> many(int count)
{
    QList<ExplorerSource::EventSummary> events;
    for (int i = 0; i < count; ++i) {
        ExplorerSource::EventSummary e;
        e.id = i + 1;
        e.title = QStringLiteral("Deal %1").arg(i + 1);
        e.parties = {QStringLiteral("Party %1").arg(i % 7)};
        if (i % 3 == 0)
            e.parties.append(QStringLiteral("Lyra Power"));
        e.figure = QStringLiteral("$1 billion");
        e.articleCount = 1;
        events.append(e);
    }
    return events;
}

void TestEventListModel::readsPageByPage()
{
    const int count = EventListModel::PageSize * 2 + 17;
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(many(count));
    QCOMPARE(model.rowCount(), int(EventListModel::PageSize));
    QCOMPARE(model.totalCount(), count);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * int(EventListModel::PageSize));
    QCOMPARE(inserted.count(), 1);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), count);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({}); // nothing left: no change
    QCOMPARE(inserted.count(), 2);
    for (int row = 0; row < count; ++row)
        QCOMPARE(model.index(row, EventListModel::TitleColumn).data().toString(), QStringLiteral("Deal %1").arg(row + 1));

    // An event further down is read up to when asked for, within the limit given.
    model.setEvents(many(count));
    QCOMPARE(model.rowOf(count), -1);
    QCOMPARE(model.loadUntil(count, EventListModel::PageSize), -1);
    QCOMPARE(model.loadUntil(count, count), count - 1);
    QCOMPARE(model.rowCount(), count);

    // Highlighting counts every event of the entity, read or not, and bolds those read.
    model.setEvents(many(count));
    model.setHighlightedEntity(QStringLiteral("Lyra Power"));
    QCOMPARE(model.highlightedCount(), (count + 2) / 3);
    QVERIFY(model.index(0, 0).data(ItemRole::Highlighted).toBool());
    QVERIFY(!model.index(1, 0).data(ItemRole::Highlighted).toBool());
    model.fetchMore({});
    for (int row = EventListModel::PageSize; row < 2 * EventListModel::PageSize; ++row) // the rows the fetch read
        QCOMPARE(model.index(row, 0).data(ItemRole::Highlighted).toBool(), row % 3 == 0);
}

void TestEventListModel::onlyTheEntitysEvents()
{
    const int count = EventListModel::PageSize * 3;
    EventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(many(count));
    model.setHighlightedEntity(QStringLiteral("Lyra Power"));
    model.setOnlyHighlighted(true);
    QCOMPARE(model.totalCount(), count / 3);
    QCOMPARE(model.rowCount(), qMin(count / 3, int(EventListModel::PageSize)));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), count / 3);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(ItemRole::EventId).toLongLong(), qint64(row) * 3 + 1);
        QVERIFY(model.index(row, 0).data(ItemRole::Highlighted).toBool());
    }
    // Another entity: its events; then all events again.
    model.setHighlightedEntity(QStringLiteral("Party 0"));
    QCOMPARE(model.totalCount(), (count + 6) / 7);
    QCOMPARE(model.index(1, 0).data(ItemRole::EventId).toLongLong(), qint64(8));
    model.setOnlyHighlighted(false);
    QCOMPARE(model.totalCount(), count);
    QCOMPARE(model.highlightedCount(), (count + 6) / 7);
}

void TestEventListModel::mainFigure_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QStringList>("units");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    const QString untitled;
    QTest::newRow("none") << QList<double>() << QStringList() << untitled << QString();
    QTest::newRow("largest money") << QList<double>{20, 4e9, 5e8} << QStringList{QStringLiteral("%"), QStringLiteral("USD"), QStringLiteral("USD")}
                                   << untitled << QStringLiteral("$4 billion");
    QTest::newRow("money over a larger quantity")
        << QList<double>{3e9, 2e6} << QStringList{QStringLiteral("W"), QStringLiteral("EUR")} << untitled << QStringLiteral("€2 million");
    QTest::newRow("no money: the first") << QList<double>{20, 3e9} << QStringList{QStringLiteral("%"), QStringLiteral("W")}
                                         << untitled << QStringLiteral("20%");
    QTest::newRow("the title's figure over a valuation")
        << QList<double>{1.57e11, 6.6e9} << QStringList{QStringLiteral("USD"), QStringLiteral("USD")}
        << QStringLiteral("Kestrel Labs raises $6.6 billion") << QStringLiteral("$6.6 billion");
}

void TestEventListModel::mainFigure()
{
    QFETCH(QList<double>, values);
    QFETCH(QStringList, units);
    QFETCH(QString, title);
    QFETCH(QString, expected);
    QList<Fact> facts(values.size());
    QList<const Fact *> pointers;
    for (qsizetype i = 0; i < values.size(); ++i) {
        facts[i].value = values.at(i);
        facts[i].unit = units.at(i);
        pointers.append(&facts.at(i));
    }
    QCOMPARE(EventListBuilder::mainFigure(pointers, title), expected);
}

QTEST_MAIN(TestEventListModel)
#include "tst_eventlistmodel.moc"
