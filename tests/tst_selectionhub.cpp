// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionhub.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace DealScope;

class TestSelectionHub : public QObject
{
    Q_OBJECT

private slots:
    void selectEmitsOnce_data();
    void selectEmitsOnce();
    void backAndForward();
    void newSelectionDropsForwardHistory();
    void historyLimit();
    void shortcuts();
};

void TestSelectionHub::selectEmitsOnce_data()
{
    QTest::addColumn<Selection>("selection");
    QTest::newRow("entity") << Selection::entity(QStringLiteral("Siemens Energy"));
    QTest::newRow("fact") << Selection::fact(42);
    QTest::newRow("fact via mention") << Selection::factMention(42, 3, 120, 131);
    QTest::newRow("event") << Selection::event(7);
    QTest::newRow("article") << Selection::article(12);
    QTest::newRow("figure without fact") << Selection::figureMention(12, 5, 9);
}

void TestSelectionHub::selectEmitsOnce()
{
    QFETCH(Selection, selection);
    SelectionHub hub;
    QSignalSpy spy(&hub, &SelectionHub::selectionChanged);
    hub.select(selection);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Selection>(), selection);
    QCOMPARE(hub.current(), selection);
    // Selecting the same thing again is not a change and adds no history.
    hub.select(selection);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!hub.canGoBack());
}

void TestSelectionHub::backAndForward()
{
    SelectionHub hub;
    QSignalSpy spy(&hub, &SelectionHub::selectionChanged);
    const Selection a = Selection::entity(QStringLiteral("Vodafone"));
    const Selection b = Selection::fact(3);
    const Selection c = Selection::article(9);
    hub.select(a);
    hub.select(b);
    hub.select(c);
    QVERIFY(hub.backAction()->isEnabled());
    QVERIFY(!hub.forwardAction()->isEnabled());

    hub.back();
    QCOMPARE(hub.current(), b);
    hub.backAction()->trigger();
    QCOMPARE(hub.current(), a);
    QVERIFY(!hub.canGoBack());
    QVERIFY(!hub.backAction()->isEnabled());
    hub.back(); // nothing further back: no signal
    QCOMPARE(spy.count(), 5);

    hub.forwardAction()->trigger();
    QCOMPARE(hub.current(), b);
    hub.forward();
    QCOMPARE(hub.current(), c);
    QVERIFY(!hub.canGoForward());
    QCOMPARE(spy.count(), 7);
    QCOMPARE(spy.last().at(0).value<Selection>(), c);
}

void TestSelectionHub::newSelectionDropsForwardHistory()
{
    SelectionHub hub;
    hub.select(Selection::entity(QStringLiteral("Tata Steel")));
    hub.select(Selection::entity(QStringLiteral("Thyssenkrupp")));
    hub.back();
    QVERIFY(hub.canGoForward());
    hub.select(Selection::fact(1));
    QVERIFY(!hub.canGoForward());
    hub.back();
    QCOMPARE(hub.current(), Selection::entity(QStringLiteral("Tata Steel")));
}

void TestSelectionHub::historyLimit()
{
    SelectionHub hub;
    hub.setHistoryLimit(2);
    for (int i = 1; i <= 5; ++i)
        hub.select(Selection::fact(i));
    hub.back();
    hub.back();
    QCOMPARE(hub.current(), Selection::fact(3));
    QVERIFY(!hub.canGoBack());
}

void TestSelectionHub::shortcuts()
{
    SelectionHub hub;
    QCOMPARE(hub.backAction()->shortcut(), QKeySequence(QStringLiteral("Alt+Left")));
    QCOMPARE(hub.forwardAction()->shortcut(), QKeySequence(QStringLiteral("Alt+Right")));
}

QTEST_MAIN(TestSelectionHub)
#include "tst_selectionhub.moc"
