// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixturestore.h"
#include "articleanalyzer.h"
#include "articlereaderview.h"
#include "database.h"
#include "databaseexplorersource.h"
#include "ingestor.h"
#include "memoryexplorersource.h"
#include "readerdocument.h"
#include "readerpage.h"
#include "readerrequestinterceptor.h"
#include "readerschemehandler.h"
#include "selectionhub.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>

using namespace DealScope;

namespace {

constexpr int Timeout = 20000;

// Runs a script in the application world and waits for its result.
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

} // namespace

class TestArticleReaderView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void documentEscapes_data();
    void documentEscapes();
    void documentMarksFiguresAndEntities();
    void engineIsLazy();
    void hostileArticleIsInert_data();
    void hostileArticleIsInert();
    void interceptorBlocksUnescapedMarkup();
    void selectingAFactOpensItsFigure();
    void clickingAFigureSelectsIt();
    void largeArticleLoads();

private:
    QTemporaryDir m_dir;
    DatabaseExplorerSource *m_source = nullptr;
    QList<qint64> m_ids;
};

void TestArticleReaderView::initTestCase()
{
    // The hostile articles go the way every article goes: ingested into the
    // store, then read back from it.
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("reader.sqlite"));
    const Ingestor::Summary summary = ingestFixtures(
        path, {QStringLiteral(DEALSCOPE_TEST_DATA "/ui/hostile.txt"), QStringLiteral(DEALSCOPE_TEST_DATA "/ui/hostile.html")});
    QVERIFY2(summary.committed(), qPrintable(summary.fatalError));
    QCOMPARE(summary.added, 2);
    m_source = new DatabaseExplorerSource(this);
    QString error;
    QVERIFY2(m_source->open(path, &error), qPrintable(error));
    for (const QString &name : {QStringLiteral("hostile.txt"), QStringLiteral("hostile.html")}) {
        for (const auto &a : m_source->articles()) {
            if (a.fileName == name)
                m_ids.append(a.id);
        }
    }
    QCOMPARE(m_ids.size(), 2);
}

void TestArticleReaderView::documentEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("forbidden");
    QTest::addColumn<QString>("expected");
    QTest::newRow("script") << QStringLiteral("a <script>alert(1)</script> b") << QStringLiteral("<script")
                            << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");
    QTest::newRow("onerror") << QStringLiteral("<img src=x onerror=\"go()\">") << QStringLiteral("<img")
                             << QStringLiteral("&lt;img src=x onerror=&quot;go()&quot;&gt;");
    QTest::newRow("iframe") << QStringLiteral("<iframe src=http://198.51.100.1/></iframe>") << QStringLiteral("<iframe")
                            << QStringLiteral("&lt;iframe");
    QTest::newRow("javascript link") << QStringLiteral("<a href=\"javascript:x()\">y</a>") << QStringLiteral("<a ")
                                     << QStringLiteral("&lt;a href=&quot;javascript:x()&quot;&gt;");
    QTest::newRow("meta refresh") << QStringLiteral("<meta http-equiv=refresh content=0>")
                                  << QStringLiteral("<meta http-equiv=refresh") << QStringLiteral("&lt;meta");
    QTest::newRow("ampersand") << QStringLiteral("AT&T & Co") << QStringLiteral("AT&T")
                               << QStringLiteral("AT&amp;T &amp; Co");
}

void TestArticleReaderView::documentEscapes()
{
    QFETCH(QString, text);
    QFETCH(QString, forbidden);
    QFETCH(QString, expected);
    ArticleExtraction x;
    x.article.fileName = QStringLiteral("t.txt");
    x.article.title = QStringLiteral("<b>title</b>");
    x.article.text = text;
    const QString html = ReaderDocument(x).html();
    QVERIFY2(!html.contains(forbidden), qPrintable(html));
    QVERIFY2(html.contains(expected), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;title&lt;/b&gt;")));
    QVERIFY(html.contains(QStringLiteral("content=\"default-src 'none'; style-src 'unsafe-inline'\"")));
}

void TestArticleReaderView::documentMarksFiguresAndEntities()
{
    ArticleExtraction x;
    x.article.fileName = QStringLiteral("t.txt");
    x.article.text = QStringLiteral("Teaser. Orsted sold 50% to Equinor.");
    //                               0123456789012345678901234567890123456
    x.article.excluded.append({0, 7, ExclusionReason::Teaser});
    Figure f;
    f.kind = FigureKind::Percent;
    f.start = 20;
    f.end = 23;
    f.value = 50;
    f.unit = QStringLiteral("%");
    x.figures.append(f);
    x.entities.append({QStringLiteral("Ørsted"), EntityType::Organisation, 8, 14, {}, true});
    x.entities.append({QStringLiteral("Equinor"), EntityType::Organisation, 27, 34, {}, true});
    const QString html = ReaderDocument(x).html();
    QVERIFY2(html.contains(QStringLiteral("<mark class=\"fig percent\" data-start=\"20\" data-end=\"23\" "
                                          "data-kind=\"percent\" title=\"50%\">50%</mark>")),
             qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("data-entity=\"Ørsted\" data-start=\"8\" title=\"Ørsted\">Orsted</span>")));
    QVERIFY(html.contains(QStringLiteral("<span class=\"excluded teaser\"")));
    QVERIFY(html.contains(QStringLiteral("<span class=\"reason\">teaser for another story")));
    // A search hit inside the excluded part nests inside the dimmed span.
    ReaderDocument withHit(x);
    withHit.setHighlight(0, 6);
    QVERIFY(withHit.html().contains(QStringLiteral("<span class=\"hit\" id=\"hit\">Teaser</span></span>")));
}

void TestArticleReaderView::engineIsLazy()
{
    SelectionHub hub;
    ArticleReaderView view(m_source, &hub);
    QVERIFY(!view.isEngineCreated());
    hub.select(Selection::entity(QStringLiteral("Anyone")));
    QVERIFY(!view.isEngineCreated());
    hub.select(Selection::article(m_ids.first()));
    QVERIFY(view.isEngineCreated());
}

void TestArticleReaderView::hostileArticleIsInert_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("title");
    QTest::newRow("markup as text") << 0
                                    << QStringLiteral("Harbour Freight Systems agrees €4.2 billion takeover of Nordlicht Logistik");
    QTest::newRow("html article") << 1 << QStringLiteral("Kestrel Grid buys Solway Storage for £640 million");
}

void TestArticleReaderView::hostileArticleIsInert()
{
    QFETCH(int, index);
    QFETCH(QString, title);
    SelectionHub hub;
    ArticleReaderView view(m_source, &hub);
    view.resize(800, 600);
    view.show();
    QSignalSpy loaded(&view, &ArticleReaderView::articleLoaded);
    hub.select(Selection::article(m_ids.at(index)));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, Timeout);
    // Give a refresh, an onerror or a remote load time to happen.
    QTest::qWait(1500);

    QWebEnginePage *page = view.page();
    QCOMPARE(page->url().scheme(), QStringLiteral("dealscope"));
    QCOMPARE(evaluate(page, QStringLiteral("document.title")).toString(), title);
    QCOMPARE(page->title(), title);
    // Nothing active made it into the DOM: the markup is text.
    QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('script').length")).toInt(), 0);
    QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('img,iframe,object,embed,svg,a,link,b,meta[http-equiv=refresh]').length")).toInt(), 0);
    QCOMPARE(evaluate(page, QStringLiteral("[...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length")).toInt(), 0);
    QVERIFY(evaluate(page, QStringLiteral("document.body.innerText.includes('document.title')")).toBool()
            || index == 1);
    // The page's own world runs nothing even when asked to.
    bool ran = false;
    QVariant mainWorld;
    page->runJavaScript(QStringLiteral("1 + 1"), QWebEngineScript::MainWorld, [&](const QVariant &v) {
        mainWorld = v;
        ran = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(ran, Timeout);
    QVERIFY(!mainWorld.isValid() || mainWorld.toInt() != 2);
    // Not one request left for the network.
    for (const QUrl &url : view.interceptor()->blockedUrls())
        QVERIFY2(url.scheme() != QStringLiteral("dealscope"), qPrintable(url.toString()));
    QVERIFY(view.interceptor()->allowedCount() >= 1);
    QCOMPARE(view.interceptor()->blockedCount(), 0);
}

void TestArticleReaderView::interceptorBlocksUnescapedMarkup()
{
    // Should escaping ever fail, the page settings and the interceptor still hold.
    QWebEngineProfile profile;
    ReaderRequestInterceptor interceptor;
    ReaderSchemeHandler scheme;
    profile.setUrlRequestInterceptor(&interceptor);
    profile.installUrlSchemeHandler(ReaderSchemeHandler::schemeName(), &scheme);
    {
        ReaderPage page(&profile);
        const QByteArray raw = QByteArrayLiteral(
            "<html><head><title>raw</title><link rel=stylesheet href='http://198.51.100.7/a.css'>"
            "<script>document.title='pwned'</script></head><body>"
            "<img src='http://198.51.100.7/b.png' onerror=\"document.title='pwned'\">"
            "<div style=\"background:url(http://198.51.100.7/c.png)\">x</div>"
            "<a id=l href='http://198.51.100.7/d'>link</a></body></html>");
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.load(scheme.putPage(QStringLiteral("raw"), raw));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(interceptor.blockedCount() >= 2, Timeout);
        QTest::qWait(500);
        QCOMPARE(evaluate(&page, QStringLiteral("document.title")).toString(), QStringLiteral("raw"));
        for (const QUrl &url : interceptor.blockedUrls())
            QCOMPARE(url.host(), QStringLiteral("198.51.100.7"));
        // A click on a link navigates nowhere.
        evaluate(&page, QStringLiteral("document.getElementById('l').click()"));
        QTRY_VERIFY_WITH_TIMEOUT(page.refusedNavigations() >= 1, Timeout);
        QCOMPARE(page.url().scheme(), QStringLiteral("dealscope"));
    }
}

void TestArticleReaderView::selectingAFactOpensItsFigure()
{
    SelectionHub hub;
    ArticleReaderView view(m_source, &hub);
    view.resize(800, 600);
    view.show();
    const ArticleExtraction x = *m_source->article(m_ids.at(0));
    QVERIFY(x.figures.size() >= 2);
    const Figure f = x.figures.last();
    QSignalSpy focused(&view, &ArticleReaderView::focusApplied);
    hub.select(Selection::factMention(m_source->factAt(m_ids.at(0), f.start), m_ids.at(0), f.start, f.end));
    QTRY_VERIFY_WITH_TIMEOUT(focused.count() == 1, Timeout);
    QCOMPARE(focused.at(0).at(1).toBool(), true);
    QCOMPARE(evaluate(view.page(), QStringLiteral("dealscopeSelected()")).toInt(), int(f.start));
    QCOMPARE(evaluate(view.page(), QStringLiteral("document.querySelector('mark.selected').textContent")).toString(),
             x.textOf(f));
    QVERIFY(evaluate(view.page(), QStringLiteral("document.querySelector('mark.selected').classList.contains('flash')")).toBool());

    // Another figure of the same article moves the focus without reloading.
    const Figure g = x.figures.first();
    QSignalSpy loaded(&view, &ArticleReaderView::articleLoaded);
    hub.select(Selection::figureMention(m_ids.at(0), g.start, g.end));
    QTRY_VERIFY_WITH_TIMEOUT(focused.count() == 2, Timeout);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(evaluate(view.page(), QStringLiteral("dealscopeSelected()")).toInt(), int(g.start));
}

void TestArticleReaderView::clickingAFigureSelectsIt()
{
    SelectionHub hub;
    ArticleReaderView view(m_source, &hub);
    view.resize(800, 600);
    view.show();
    QSignalSpy loaded(&view, &ArticleReaderView::articleLoaded);
    hub.select(Selection::article(m_ids.at(1)));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, Timeout);
    const ArticleExtraction x = *m_source->article(m_ids.at(1));
    QVERIFY(!x.figures.isEmpty());
    const Figure f = x.figures.first();
    QSignalSpy changed(&hub, &SelectionHub::selectionChanged);
    // The web channel connects asynchronously after load.
    QTRY_VERIFY_WITH_TIMEOUT(
        (evaluate(view.page(), QStringLiteral("document.querySelector('mark.fig[data-start=\"%1\"]').click(); true").arg(f.start)),
         changed.count() >= 1),
        Timeout);
    const Selection s = hub.current();
    QCOMPARE(s.articleId, m_ids.at(1));
    QCOMPARE(s.start, f.start);
    QCOMPARE(s.end, f.end);
    QCOMPARE(s.id, m_source->factAt(m_ids.at(1), f.start));
    QCOMPARE(s.kind, s.id >= 0 ? Selection::Kind::Fact : Selection::Kind::FigureMention);
}

void TestArticleReaderView::largeArticleLoads()
{
    // Well past setHtml's 2 MB: the scheme handler serves it whole.
    ArticleExtraction x;
    x.article.fileName = QStringLiteral("large.txt");
    x.article.title = QStringLiteral("Large");
    QString text;
    const QString line = QStringLiteral("Filler paragraph about a merger that keeps going and going. ");
    while (text.size() < 3 * 1024 * 1024)
        text += line;
    text += QStringLiteral("THE END");
    x.article.text = text;
    MemoryExplorerSource source;
    const qint64 id = source.addArticles({x}).first();
    SelectionHub hub;
    ArticleReaderView view(&source, &hub);
    view.show();
    QSignalSpy loaded(&view, &ArticleReaderView::articleLoaded);
    hub.select(Selection::article(id));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, Timeout);
    QVERIFY(evaluate(view.page(), QStringLiteral("document.querySelector('article').textContent.endsWith('THE END')")).toBool());
}

int main(int argc, char *argv[])
{
    ArticleReaderView::prepareApplication();
    QApplication app(argc, argv);
    TestArticleReaderView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_articlereaderview.moc"
