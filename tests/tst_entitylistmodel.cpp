// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylistmodel.h"
#include "itemroles.h"

#include <QAbstractItemModelTester>
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

QTEST_MAIN(TestEntityListModel)
#include "tst_entitylistmodel.moc"
