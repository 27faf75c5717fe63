// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlereaderview.h"

#include "explorersource.h"
#include "readerbridge.h"
#include "readerdocument.h"
#include "readerpage.h"
#include "readerrequestinterceptor.h"
#include "readerschemehandler.h"
#include "selectionhub.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QStackedLayout>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineView>

namespace DealScope {

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("DealScope reader: missing resource %s", qPrintable(path));
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

void ArticleReaderView::prepareApplication()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    ReaderSchemeHandler::registerScheme();
}

ArticleReaderView::ArticleReaderView(ExplorerSource *source, SelectionHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_hub(hub)
    , m_stack(new QStackedLayout(this))
    , m_placeholder(new QLabel(tr("Select a fact, a figure or an article to read it here."), this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);
    connect(m_hub, &SelectionHub::selectionChanged, this, &ArticleReaderView::followSelection);
}

ArticleReaderView::~ArticleReaderView()
{
    // A page must go before its profile.
    delete m_view;
    delete m_page;
    delete m_profile;
}

QWebEnginePage *ArticleReaderView::page() const
{
    return m_page;
}

int ArticleReaderView::refusedNavigations() const
{
    return m_page ? m_page->refusedNavigations() : 0;
}

void ArticleReaderView::ensureEngine()
{
    if (m_page)
        return;
    // No storage name: off the record, nothing written to disk.
    m_profile = new QWebEngineProfile();
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_interceptor = new ReaderRequestInterceptor(m_profile);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_scheme = new ReaderSchemeHandler(m_profile);
    m_profile->installUrlSchemeHandler(ReaderSchemeHandler::schemeName(), m_scheme);

    m_page = new ReaderPage(m_profile);
    m_bridge = new ReaderBridge(this);
    m_channel = new QWebChannel(this);
    m_channel->registerObject(QStringLiteral("reader"), m_bridge);
    m_page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);

    QWebEngineScript script;
    script.setName(QStringLiteral("dealscope-reader"));
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setRunsOnSubFrames(false);
    script.setSourceCode(readResource(QStringLiteral(":/qtwebchannel/qwebchannel.js"))
                         + QLatin1Char('\n') + readResource(QStringLiteral(":/dealscope/reader/reader.js")));
    m_page->scripts().insert(script);

    m_view = new QWebEngineView(this);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setAcceptDrops(false);
    m_stack->addWidget(m_view);

    connect(m_page, &QWebEnginePage::loadFinished, this, &ArticleReaderView::onLoadFinished);
    connect(m_bridge, &ReaderBridge::figureActivated, this, &ArticleReaderView::onFigureClicked);
    connect(m_bridge, &ReaderBridge::entityActivated, this, &ArticleReaderView::onEntityClicked);
}

void ArticleReaderView::showArticle(qint64 articleId, qsizetype start, qsizetype end)
{
    bool isFigure = false;
    bool sameArticle = m_extraction && articleId == m_articleId;
    if (!sameArticle) {
        m_extraction = m_source->article(articleId);
        if (!m_extraction) {
            m_articleId = -1;
            m_stack->setCurrentWidget(m_placeholder);
            return;
        }
    }
    if (start >= 0) {
        for (const Figure &f : m_extraction->figures) {
            if (f.start == start) {
                isFigure = true;
                break;
            }
        }
    }
    const qsizetype hitStart = isFigure ? -1 : start;
    const qsizetype hitEnd = isFigure ? -1 : end;
    m_focusStart = isFigure ? start : -1;

    ensureEngine();
    m_stack->setCurrentWidget(m_view);
    if (sameArticle && hitStart == m_hitStart && hitEnd == m_hitEnd) {
        if (m_loaded)
            applyFocus();
        return; // the page is there (or on its way): only the focus moves
    }
    m_articleId = articleId;
    m_hitStart = hitStart;
    m_hitEnd = hitEnd;
    m_loaded = false;
    ReaderDocument document(*m_extraction);
    document.setHighlight(hitStart, hitEnd);
    m_scheme->clear();
    const QUrl url = m_scheme->putPage(QStringLiteral("article/%1/%2").arg(articleId).arg(++m_serial),
                                       document.toUtf8());
    m_page->load(url);
}

void ArticleReaderView::followSelection(const Selection &selection)
{
    switch (selection.kind) {
    case Selection::Kind::Article:
    case Selection::Kind::FigureMention:
        showArticle(selection.articleId, selection.start, selection.end);
        break;
    case Selection::Kind::Fact:
        if (selection.hasMention()) {
            showArticle(selection.articleId, selection.start, selection.end);
        } else if (const auto fact = m_source->fact(selection.id); fact && !fact->sources.isEmpty()) {
            const ExplorerSource::FactSource &s = fact->sources.first();
            showArticle(s.articleId, s.start, s.end);
        }
        break;
    case Selection::Kind::None:
    case Selection::Kind::Entity:
    case Selection::Kind::Event:
        break; // the reader keeps what it shows
    }
}

void ArticleReaderView::onLoadFinished(bool ok)
{
    m_loaded = ok;
    if (!ok)
        return;
    emit articleLoaded(m_articleId);
    applyFocus();
}

void ArticleReaderView::applyFocus()
{
    if (!m_page || !m_loaded)
        return;
    const qsizetype start = m_focusStart;
    QPointer<ArticleReaderView> self(this);
    auto done = [self, start](const QVariant &result) {
        if (self)
            emit self->focusApplied(start, result.toBool());
    };
    if (start >= 0)
        m_page->runJavaScript(QStringLiteral("dealscopeFocus(%1)").arg(start), QWebEngineScript::ApplicationWorld, done);
    else if (m_hitStart >= 0)
        m_page->runJavaScript(QStringLiteral("dealscopeShowHit()"), QWebEngineScript::ApplicationWorld, done);
}

void ArticleReaderView::onFigureClicked(int start)
{
    if (!m_extraction)
        return;
    for (const Figure &f : m_extraction->figures) {
        if (f.start != start)
            continue; // the page only names offsets; trust none we did not mark
        const qint64 factId = m_source->factAt(m_articleId, f.start);
        m_hub->select(factId >= 0 ? Selection::factMention(factId, m_articleId, f.start, f.end)
                                  : Selection::figureMention(m_articleId, f.start, f.end));
        return;
    }
}

void ArticleReaderView::onEntityClicked(int start)
{
    if (!m_extraction)
        return;
    for (const EntityMention &e : m_extraction->entities) {
        if (e.start == start) {
            m_hub->select(Selection::entity(e.name));
            return;
        }
    }
}

} // namespace DealScope
