// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixturestore.h"
#include "articleanalyzer.h"
#include "articlereaderview.h"
#include "database.h"
#include "databaseexplorersource.h"
#include "entitybrowserview.h"
#include "entitylistmodel.h"
#include "eventbrowserview.h"
#include "eventlistmodel.h"
#include "factpanelview.h"
#include "facttreemodel.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "ingestcontroller.h"
#include "ingestor.h"
#include "searchresultmodel.h"
#include "searchview.h"
#include "selectionhub.h"
#include "windowsettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineScript>

using namespace DealScope;

namespace {

constexpr int Timeout = 20000;
const QString Investor = QStringLiteral("Helios Grid");

QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, Timeout))
        qWarning("script timed out: %s", qPrintable(script));
    return result;
}

// The first source row under the first fact that has one.
QModelIndex firstSource(const FactTreeModel *model)
{
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int f = 0; f < model->rowCount(group); ++f) {
            const QModelIndex fact = model->index(f, 0, group);
            if (model->rowCount(fact) > 0)
                return model->index(0, 0, fact);
        }
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsWithoutWebEngine();
    void selectingAnEntityFillsThePanel();
    void browserSelectsEntity();
    void panelShowsSources_data();
    void panelShowsSources();
    void factRowsAreOneLineQuotesWrap();
    void clickingASourceOpensTheReader();
    void clickingAFigureSelectsItsFact();
    void backAndForward();
    void searchOpensTheReader();
    void searchShortcuts_data();
    void searchShortcuts();
    void settingsRestoreLayout();
    void statusBarShowsStore();
    void droppedFilesAreIngested();
    void outdatedFactsAreRefreshedBehindTheWindow();
    void laterViewsHaveDocks_data();
    void laterViewsHaveDocks();
    void dealsShareTheEntitiesPlace();
    void selectingAnEventFillsThePanel();
    void selectingAnEntityMarksItsEvents();

private:
    qint64 idOf(const QString &fileName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    DatabaseExplorerSource *m_source = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::init()
{
    // A store built from the fixture articles, in the order named.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(QStringLiteral("explorer.sqlite"));
    const Ingestor::Summary summary = ingestFixtures(
        m_dbPath, {QStringLiteral(DEALSCOPE_TEST_DATA "/ui/deal-a.txt"), QStringLiteral(DEALSCOPE_TEST_DATA "/ui/deal-b.txt")});
    QVERIFY2(summary.committed(), qPrintable(summary.fatalError));
    QCOMPARE(summary.added, 2);
    m_source = new DatabaseExplorerSource(this);
    QString error;
    QVERIFY2(m_source->open(m_dbPath, &error), qPrintable(error));
    m_window = new MainWindow(m_source, nullptr);
    m_window->resize(1400, 900);
    m_window->show();
    // The entity list is counted by a worker after the window shows; the browser fills when it is done.
    QTRY_VERIFY_WITH_TIMEOUT(m_source->hasSummaries(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->entityBrowser()->model()->rowCount() > 0, Timeout);
}

qint64 TestMainWindow::idOf(const QString &fileName) const
{
    for (const auto &a : m_source->articles()) {
        if (a.fileName == fileName)
            return a.id;
    }
    return -1;
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_source;
    m_source = nullptr;
    m_dir.reset();
}

void TestMainWindow::startsWithoutWebEngine()
{
    QVERIFY(!m_window->reader()->isEngineCreated());
    QCOMPARE(m_window->hub()->current().kind, Selection::Kind::None);
}

void TestMainWindow::selectingAnEntityFillsThePanel()
{
    m_window->hub()->select(Selection::entity(Investor));
    const FactTreeModel *model = m_window->factPanel()->model();
    QCOMPARE(m_window->factPanel()->entity(), Investor);
    QVERIFY(model->rowCount() > 0);
    QStringList values;
    for (const auto &f : model->facts())
        values << f.valueText;
    QVERIFY2(values.contains(QStringLiteral("$4 billion")), qPrintable(values.join(QLatin1Char('|'))));
    // The entity browser follows the shared selection too.
    const QModelIndex current = m_window->entityBrowser()->table()->currentIndex();
    QCOMPARE(current.data(ItemRole::EntityName).toString(), Investor);
}

void TestMainWindow::browserSelectsEntity()
{
    QTableView *table = m_window->entityBrowser()->table();
    const QModelIndex row = table->model()->index(0, 0);
    QVERIFY(row.isValid());
    table->setCurrentIndex(row);
    QCOMPARE(m_window->hub()->current(), Selection::entity(row.data(ItemRole::EntityName).toString()));
    QCOMPARE(m_window->factPanel()->entity(), row.data(ItemRole::EntityName).toString());
}

void TestMainWindow::panelShowsSources_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<int>("sources");
    // Both articles report the price and the stake; the first names the
    // price in its headline too: one source per article and place.
    QTest::newRow("investment") << QStringLiteral("$4 billion") << QStringLiteral("corroborated ×2") << 3;
    QTest::newRow("stake") << QStringLiteral("20%") << QStringLiteral("corroborated ×2") << 2;
}

void TestMainWindow::panelShowsSources()
{
    QFETCH(QString, value);
    QFETCH(QString, badge);
    QFETCH(int, sources);
    m_window->hub()->select(Selection::entity(Investor));
    const FactTreeModel *model = m_window->factPanel()->model();
    qint64 id = -1;
    for (const auto &f : model->facts()) {
        if (f.valueText == value)
            id = f.id;
    }
    QVERIFY(id >= 0);
    const QModelIndex fact = model->indexOfFact(id);
    QCOMPARE(fact.siblingAtColumn(FactTreeModel::StatusColumn).data().toString(), badge);
    QCOMPARE(model->rowCount(fact), sources);
    const QString rich = model->index(0, 0, fact).data(ItemRole::RichText).toString();
    QVERIFY2(rich.contains(QStringLiteral("<mark>") + value.toHtmlEscaped() + QStringLiteral("</mark>")), qPrintable(rich));
}

void TestMainWindow::factRowsAreOneLineQuotesWrap()
{
    m_window->hub()->select(Selection::entity(Investor));
    QTreeView *tree = m_window->factPanel()->tree();
    const FactTreeModel *model = m_window->factPanel()->model();
    const QModelIndex source = firstSource(model);
    QVERIFY(source.isValid());
    const QModelIndex fact = source.parent();
    QVERIFY(!tree->isExpanded(fact));
    QVERIFY(tree->uniformRowHeights()); // facts closed: every row one line
    const int factHeight = tree->visualRect(fact).height();
    QCOMPARE(tree->visualRect(fact.parent()).height(), factHeight);
    // As high as Qt's own delegate measures the row's cells, unwrapped.
    QStyledItemDelegate plain;
    QStyleOptionViewItem option;
    option.initFrom(tree);
    option.widget = tree;
    option.features = QStyleOptionViewItem::WrapText;
    option.rect.setWidth(-1);
    int measured = 0;
    for (int c = 0; c < model->columnCount(); ++c)
        measured = qMax(measured, plain.sizeHint(option, fact.siblingAtColumn(c)).height());
    QCOMPARE(factHeight, measured);

    tree->expand(fact);
    QVERIFY(!tree->uniformRowHeights());
    QCOMPARE(tree->visualRect(fact).height(), factHeight);
    // A source row shows a heading and the quote below it: taller.
    QVERIFY(tree->visualRect(source).height() >= 2 * factHeight - 4);

    QString other;
    for (const auto &e : m_source->entities()) {
        if (e.name != Investor && e.factCount > 0)
            other = e.name;
    }
    QVERIFY(!other.isEmpty());
    m_window->hub()->select(Selection::entity(other));
    QVERIFY(model->factCount() > 0);
    QVERIFY(tree->uniformRowHeights()); // a new list starts closed
}

void TestMainWindow::clickingASourceOpensTheReader()
{
    m_window->hub()->select(Selection::entity(Investor));
    FactPanelView *panel = m_window->factPanel();
    const QModelIndex source = firstSource(panel->model());
    QVERIFY(source.isValid());
    panel->tree()->expand(source.parent());
    panel->tree()->scrollTo(source);
    QSignalSpy focused(m_window->reader(), &ArticleReaderView::focusApplied);
    const QRect rect = panel->tree()->visualRect(source);
    QVERIFY(rect.isValid());
    QTest::mouseClick(panel->tree()->viewport(), Qt::LeftButton, {}, rect.center());

    const qint64 articleId = source.data(ItemRole::ArticleId).toLongLong();
    const qsizetype start = source.data(ItemRole::Start).toLongLong();
    QCOMPARE(m_window->hub()->current().kind, Selection::Kind::Fact);
    QCOMPARE(m_window->hub()->current().start, start);
    QTRY_VERIFY_WITH_TIMEOUT(focused.count() >= 1, Timeout);
    QCOMPARE(m_window->reader()->currentArticle(), articleId);
    // Checked through the page: that figure is the selected, flashing mark.
    QCOMPARE(evaluate(m_window->reader()->page(), QStringLiteral("dealscopeSelected()")).toInt(), int(start));
    QCOMPARE(evaluate(m_window->reader()->page(), QStringLiteral("document.querySelector('mark.selected').textContent")).toString(),
             m_source->article(articleId)->article.text.mid(start, source.data(ItemRole::End).toLongLong() - start));
}

void TestMainWindow::clickingAFigureSelectsItsFact()
{
    const qint64 article = idOf(QStringLiteral("deal-b.txt"));
    QVERIFY(article >= 0);
    m_window->hub()->select(Selection::article(article));
    ArticleReaderView *reader = m_window->reader();
    QTRY_VERIFY_WITH_TIMEOUT(reader->isLoaded(), Timeout);
    const ArticleExtraction x = *m_source->article(article);
    qsizetype start = -1;
    for (const Figure &f : x.figures) {
        if (m_source->factAt(article, f.start) >= 0) {
            start = f.start;
            break;
        }
    }
    QVERIFY(start >= 0);
    const qint64 factId = m_source->factAt(article, start);
    QTRY_VERIFY_WITH_TIMEOUT(
        (evaluate(reader->page(), QStringLiteral("document.querySelector('mark.fig[data-start=\"%1\"]').click(); true").arg(start)),
         m_window->hub()->current().kind == Selection::Kind::Fact),
        Timeout);
    QCOMPARE(m_window->hub()->current().id, factId);
    // The panel shows the fact's facts and has that mention current.
    const QModelIndex current = m_window->factPanel()->tree()->currentIndex();
    QCOMPARE(current.data(ItemRole::FactId).toLongLong(), factId);
    QCOMPARE(current.data(ItemRole::RowKind).toInt(), int(RowKind::Source));
    QCOMPARE(current.data(ItemRole::Start).toLongLong(), start);
}

void TestMainWindow::backAndForward()
{
    SelectionHub *hub = m_window->hub();
    const QList<ExplorerSource::EntitySummary> entities = m_source->entities();
    QVERIFY(entities.size() >= 2);
    hub->select(Selection::entity(entities.at(0).name));
    hub->select(Selection::entity(entities.at(1).name));
    QCOMPARE(m_window->factPanel()->entity(), entities.at(1).name);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->factPanel()->entity(), entities.at(0).name);
    QCOMPARE(m_window->entityBrowser()->table()->currentIndex().data(ItemRole::EntityName).toString(), entities.at(0).name);
    QTest::keyClick(m_window, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_window->factPanel()->entity(), entities.at(1).name);
}

void TestMainWindow::searchOpensTheReader()
{
    SearchView *search = m_window->searchView();
    search->focusField();
    QTest::keyClicks(search->field(), QStringLiteral("generous"));
    QTRY_COMPARE_WITH_TIMEOUT(search->model()->rowCount(), 1, Timeout);
    QCOMPARE(search->model()->index(0).data(ItemRole::RichText).toString().contains(QStringLiteral("<mark>generous</mark>")), true);
    QTest::keyClick(search->field(), Qt::Key_Down);
    QTest::keyClick(search->field(), Qt::Key_Return);
    const Selection s = m_window->hub()->current();
    QCOMPARE(s.kind, Selection::Kind::Article);
    QCOMPARE(s.articleId, idOf(QStringLiteral("deal-b.txt")));
    QCOMPARE(m_source->article(s.articleId)->article.text.mid(s.start, s.end - s.start), QStringLiteral("generous"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->reader()->isLoaded(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(m_window->reader()->page(), QStringLiteral("document.getElementById('hit').textContent")).toString(),
                              QStringLiteral("generous"), Timeout);
}

void TestMainWindow::searchShortcuts_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::newRow("Ctrl+F") << QKeySequence(QStringLiteral("Ctrl+F"));
    QTest::newRow("Ctrl+K") << QKeySequence(QStringLiteral("Ctrl+K"));
}

void TestMainWindow::searchShortcuts()
{
    QFETCH(QKeySequence, keys);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->entityBrowser()->table()->setFocus();
    QTest::keySequence(m_window, keys);
    QTRY_VERIFY(m_window->searchView()->field()->hasFocus());
}

void TestMainWindow::settingsRestoreLayout()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("window.ini"));
    {
        WindowSettings settings(ini);
        MainWindow window(m_source, &settings);
        window.show();
        window.findChild<QDockWidget *>(QStringLiteral("search"))->hide();
        window.resize(1000, 700);
        window.close();
    }
    WindowSettings settings(ini);
    MainWindow window(m_source, &settings);
    window.show();
    QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("search"))->isVisible());
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("entities"))->isVisible());
    QCOMPARE(window.size(), QSize(1000, 700));
}

void TestMainWindow::statusBarShowsStore()
{
    const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
    QStringList texts;
    for (const QLabel *l : labels)
        texts.append(l->text());
    const QString all = texts.join(QLatin1Char('|'));
    QVERIFY2(all.contains(QStringLiteral("2 articles")), qPrintable(all));
    QVERIFY2(all.contains(m_dbPath), qPrintable(all));
    m_window->hub()->select(Selection::article(idOf(QStringLiteral("deal-a.txt"))));
    QVERIFY2(m_window->statusBar()->findChildren<QLabel *>().constFirst()->text().contains(
                 QStringLiteral("Helios Grid invests $4 billion in Tidewater Storage")),
             qPrintable(m_window->statusBar()->findChildren<QLabel *>().constFirst()->text()));
}

void TestMainWindow::outdatedFactsAreRefreshedBehindTheWindow()
{
    // A store whose facts older rules wrote: the window opens at once, says
    // in the status bar that facts are brought up to date, and shows them after.
    delete m_window;
    m_window = nullptr;
    delete m_source;
    m_source = nullptr;
    {
        Database db;
        QVERIFY(db.open(m_dbPath));
        QVERIFY(db.exec("DELETE FROM facts; "
                        "INSERT OR REPLACE INTO meta (key, value) VALUES ('facts_rules', '0')"));
    }
    m_source = new DatabaseExplorerSource(this);
    QVERIFY(m_source->open(m_dbPath));
    QVERIFY(m_source->isRefreshing());
    m_window = new MainWindow(m_source, nullptr);
    m_window->show();
    auto statusText = [this] {
        QStringList texts;
        for (const QLabel *l : m_window->statusBar()->findChildren<QLabel *>()) {
            if (!l->isHidden())
                texts.append(l->text());
        }
        return texts.join(QLatin1Char('|'));
    };
    QVERIFY2(statusText().contains(QStringLiteral("Bringing the facts up to date")), qPrintable(statusText()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_source->isRefreshing(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!statusText().contains(QStringLiteral("Bringing")), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_source->hasSummaries(), Timeout);
    QTRY_VERIFY2_WITH_TIMEOUT(!statusText().contains(QStringLiteral(" 0 facts")) && statusText().contains(QStringLiteral(" facts")),
                              qPrintable(statusText()), Timeout);
    m_window->hub()->select(Selection::entity(Investor));
    QVERIFY(m_window->factPanel()->model()->factCount() > 0);
}

void TestMainWindow::droppedFilesAreIngested()
{
    // A new article naming a new company: after the ingest the browser lists it.
    const QString file = m_dir->filePath(QStringLiteral("deal-c.txt"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Marrow Bio buys stake in Tidewater Storage\n\nMarrow Bio said on Friday it will invest "
                "$300 million in Tidewater Storage.\n");
    }
    IngestController controller(m_dbPath);
    m_window->setIngestController(&controller);
    QSignalSpy finished(&controller, &IngestController::finished);
    QSignalSpy changed(m_source, &ExplorerSource::contentChanged);
    emit m_window->openRequested({file, m_dir->filePath(QStringLiteral("missing.txt"))});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QCOMPARE(finished.at(0).at(0).toInt(), 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_source->articleCount(), 3);
    // Listed once the worker has counted the entities again.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->entityBrowser()->model()->rowOf(QStringLiteral("Marrow Bio")) >= 0, Timeout);
    // The missing file is listed with its reason in the rejected-files dock.
    auto *rejected = m_window->findChild<QDockWidget *>(QStringLiteral("rejected"));
    QVERIFY(rejected->isVisible());
    auto *list = qobject_cast<QListWidget *>(rejected->widget());
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("missing.txt")), qPrintable(list->item(0)->text()));
}

void TestMainWindow::laterViewsHaveDocks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("title");
    QTest::newRow("timeline") << QStringLiteral("timeline") << QStringLiteral("Timeline");
    QTest::newRow("graph") << QStringLiteral("graph") << QStringLiteral("Stake Graph");
    QTest::newRow("charts") << QStringLiteral("charts") << QStringLiteral("Charts");
}

void TestMainWindow::laterViewsHaveDocks()
{
    QFETCH(QString, name);
    QFETCH(QString, title);
    auto *dock = m_window->findChild<QDockWidget *>(name);
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), title);
    QVERIFY(!dock->isVisible()); // hidden until asked for
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isVisible());
}

void TestMainWindow::dealsShareTheEntitiesPlace()
{
    QDockWidget *deals = m_window->eventsDock();
    QCOMPARE(deals->objectName(), QStringLiteral("deals"));
    QVERIFY(m_window->tabifiedDockWidgets(deals).contains(m_window->findChild<QDockWidget *>(QStringLiteral("entities"))));
    // The deals are built in the background once their tab is first opened,
    // not before: building them reads every fact.
    QTest::qWait(200);
    QVERIFY(!m_source->hasEvents());
    QCOMPARE(m_window->eventBrowser()->model()->rowCount(), 0);
    deals->raise();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->eventBrowser()->model()->rowCount() > 0, Timeout);
    // Read a page at a time: the first page now, the rest as the list scrolls.
    const int all = int(m_source->events().size());
    QCOMPARE(m_window->eventBrowser()->model()->totalCount(), all);
    QCOMPARE(m_window->eventBrowser()->model()->rowCount(), qMin(all, int(EventListModel::PageSize)));
}

void TestMainWindow::selectingAnEventFillsThePanel()
{
    m_window->eventsDock()->raise(); // the Deals tab, as a user opens it
    EventBrowserView *browser = m_window->eventBrowser();
    QTRY_VERIFY_WITH_TIMEOUT(browser->model()->rowCount() > 0, Timeout);
    // The event with the most facts, picked in the list as a user would.
    QTreeView *view = browser->view();
    QModelIndex picked;
    qsizetype most = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, EventListModel::TitleColumn);
        const auto event = m_source->eventSummary(index.data(ItemRole::EventId).toLongLong());
        QVERIFY(event);
        if (event->facts.size() > most) {
            most = event->facts.size();
            picked = index;
        }
    }
    QVERIFY(most >= 1);
    const qint64 id = picked.data(ItemRole::EventId).toLongLong();
    view->setCurrentIndex(picked);
    QCOMPARE(m_window->hub()->current(), Selection::event(id));

    // The panel lists exactly that event's facts.
    FactPanelView *panel = m_window->factPanel();
    QCOMPARE(panel->shownEvent(), id);
    const auto event = m_source->eventSummary(id);
    QList<qint64> shown;
    for (const auto &f : panel->model()->facts())
        shown.append(f.id);
    QList<qint64> expected = event->facts;
    std::sort(shown.begin(), shown.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(shown, expected);
    QVERIFY(panel->entity().isEmpty());
    QCOMPARE(m_source->describe(m_window->hub()->current()), QStringLiteral("Event: %1").arg(event->title));

    // Picking one of its facts keeps the event's facts in the panel.
    m_window->hub()->select(Selection::fact(expected.constLast()));
    QCOMPARE(panel->shownEvent(), id);
    // An entity afterwards brings the panel back to entities.
    m_window->hub()->select(Selection::entity(Investor));
    QCOMPARE(panel->shownEvent(), -1);
    QCOMPARE(panel->entity(), Investor);
    // Back returns to the event's facts.
    m_window->hub()->backAction()->trigger();
    m_window->hub()->backAction()->trigger();
    QCOMPARE(m_window->hub()->current(), Selection::event(id));
    QCOMPARE(panel->shownEvent(), id);
    QCOMPARE(view->currentIndex().data(ItemRole::EventId).toLongLong(), id);
}

void TestMainWindow::selectingAnEntityMarksItsEvents()
{
    m_window->eventsDock()->raise(); // the Deals tab, as a user opens it
    EventBrowserView *browser = m_window->eventBrowser();
    QTRY_VERIFY_WITH_TIMEOUT(browser->model()->rowCount() > 0, Timeout);
    QVERIFY(!browser->onlySelected()->isEnabled());
    m_window->hub()->select(Selection::entity(Investor));
    const EventListModel *model = browser->model();
    QCOMPARE(model->highlightedEntity(), Investor);
    const int marked = model->highlightedCount();
    QVERIFY(marked > 0);
    QVERIFY(browser->onlySelected()->isEnabled());

    // Keeping only them leaves exactly the events naming the investor among their parties.
    browser->onlySelected()->setChecked(true);
    const QAbstractItemModel *shown = browser->view()->model();
    QCOMPARE(shown->rowCount(), marked);
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row, EventListModel::PartiesColumn).data().toString().contains(Investor));
    browser->onlySelected()->setChecked(false);
    QCOMPARE(shown->rowCount(), model->rowCount());
}

int main(int argc, char *argv[])
{
    ArticleReaderView::prepareApplication();
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
