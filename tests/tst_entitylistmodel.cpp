// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylistmodel.h"
#include "itemroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace DealScope;

class TestEntityListModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester();
    void columns_data();
    void columns();
    void rowOf();
    void updatesInPlace_data();
    void updatesInPlace();

private:
    static QList<ExplorerSource::EntitySummary> sample()
    {
        return {{QStringLiteral("Baltic Wind Partners"), EntityType::Organisation, 4, 9},
                {QStringLiteral("Ingrid Solberg"), EntityType::Person, 2, 0},
                {QStringLiteral("Gdańsk"), EntityType::Place, 3, 1}};
    }
};

void TestEntityListModel::modelTester()
{
    EntityListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntities(sample());
    model.setEntities({});
    model.setEntities(sample());
}

void TestEntityListModel::columns_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("name") << 0 << int(EntityListModel::NameColumn) << QVariant(QStringLiteral("Baltic Wind Partners"));
    QTest::newRow("org") << 0 << int(EntityListModel::TypeColumn) << QVariant(QStringLiteral("org"));
    QTest::newRow("person") << 1 << int(EntityListModel::TypeColumn) << QVariant(QStringLiteral("person"));
    QTest::newRow("articles") << 2 << int(EntityListModel::ArticlesColumn) << QVariant(3);
    QTest::newRow("facts") << 0 << int(EntityListModel::FactsColumn) << QVariant(9);
}

void TestEntityListModel::columns()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, expected);
    EntityListModel model;
    model.setEntities(sample());
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.index(row, column).data(), expected);
    QCOMPARE(model.index(row, column).data(ItemRole::EntityName).toString(), sample().at(row).name);
}

void TestEntityListModel::rowOf()
{
    EntityListModel model;
    model.setEntities(sample());
    QCOMPARE(model.rowOf(QStringLiteral("Gdańsk")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("Nobody")), -1);
}

void TestEntityListModel::updatesInPlace_data()
{
    using List = QList<ExplorerSource::EntitySummary>;
    QTest::addColumn<List>("next");
    QTest::addColumn<QStringList>("rows"); // names by row afterwards
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("changed");
    const List base = sample();
    QTest::newRow("same list: nothing happens") << base
        << QStringList{QStringLiteral("Baltic Wind Partners"), QStringLiteral("Ingrid Solberg"), QStringLiteral("Gdańsk")}
        << 0 << 0 << 0;
    List more = base;
    more[0].articleCount = 5;
    more[0].factCount = 11;
    more.prepend({QStringLiteral("Nordlys Kraft"), EntityType::Organisation, 1, 2});
    QTest::newRow("new article: one new name, one count up") << more
        << QStringList{QStringLiteral("Baltic Wind Partners"), QStringLiteral("Ingrid Solberg"), QStringLiteral("Gdańsk"),
                       QStringLiteral("Nordlys Kraft")}
        << 1 << 0 << 1;
    List fewer = {base.at(2), base.at(0)};
    QTest::newRow("article deleted: a name goes") << fewer
        << QStringList{QStringLiteral("Baltic Wind Partners"), QStringLiteral("Gdańsk")} << 0 << 1 << 0;
}

void TestEntityListModel::updatesInPlace()
{
    QFETCH(QList<ExplorerSource::EntitySummary>, next);
    QFETCH(QStringList, rows);
    QFETCH(int, inserted);
    QFETCH(int, removed);
    QFETCH(int, changed);
    EntityListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntities(sample());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy ins(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy rem(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy dat(&model, &QAbstractItemModel::dataChanged);
    model.setEntities(next);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(ins.count(), inserted);
    QCOMPARE(rem.count(), removed);
    QCOMPARE(dat.count(), changed);
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r) {
        names.append(model.index(r, EntityListModel::NameColumn).data().toString());
        QCOMPARE(model.rowOf(names.last()), r);
    }
    QCOMPARE(names, rows);
    for (const auto &e : next)
        QCOMPARE(model.index(model.rowOf(e.name), EntityListModel::FactsColumn).data().toInt(), e.factCount);
}

QTEST_MAIN(TestEntityListModel)
#include "tst_entitylistmodel.moc"
