// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleextraction.h"
#include "selection.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedLayout;
class QWebChannel;
class QWebEnginePage;
class QWebEngineProfile;
class QWebEngineView;

namespace DealScope {

class ExplorerSource;
class ReaderBridge;
class ReaderPage;
class ReaderRequestInterceptor;
class ReaderSchemeHandler;
class SelectionHub;

// The article reader: the decoded article in a locked-down web view, figures
// and entities marked. Follows the shared selection (a fact or figure opens
// its article scrolled to the figure, highlighted and flashed) and reports
// clicks on figures back to it. The web engine is created on first use, so
// the window opens without waiting for it.
class ArticleReaderView : public QWidget
{
    Q_OBJECT

public:
    // Call before the QApplication exists: registers the reader's URL scheme
    // and the OpenGL sharing QtWebEngine needs.
    static void prepareApplication();

    ArticleReaderView(ExplorerSource *source, SelectionHub *hub, QWidget *parent = nullptr);
    ~ArticleReaderView() override;

    // Shows an article; with a figure span, scrolls to it and flashes it;
    // with a hit span (not a figure), marks that range instead.
    void showArticle(qint64 articleId, qsizetype start = -1, qsizetype end = -1);

    qint64 currentArticle() const { return m_articleId; }
    qsizetype focusedStart() const { return m_focusStart; }
    bool isEngineCreated() const { return m_page != nullptr; }
    bool isLoaded() const { return m_loaded; }
    QWebEnginePage *page() const;
    QWebEngineView *webView() const { return m_view; }
    const ReaderRequestInterceptor *interceptor() const { return m_interceptor; }
    int refusedNavigations() const;

signals:
    void articleLoaded(qint64 articleId);
    void focusApplied(qsizetype start, bool found);

private:
    void ensureEngine();
    void followSelection(const Selection &selection);
    void onLoadFinished(bool ok);
    void applyFocus();
    void onFigureClicked(int start);
    void onEntityClicked(int start);

    ExplorerSource *m_source;
    SelectionHub *m_hub;
    QStackedLayout *m_stack;
    QLabel *m_placeholder;

    // Created lazily, in this order, destroyed in reverse.
    QWebEngineProfile *m_profile = nullptr;
    ReaderRequestInterceptor *m_interceptor = nullptr;
    ReaderSchemeHandler *m_scheme = nullptr;
    ReaderPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QWebChannel *m_channel = nullptr;
    ReaderBridge *m_bridge = nullptr;

    std::optional<ArticleExtraction> m_extraction;
    qint64 m_articleId = -1;
    qsizetype m_hitStart = -1; // the highlight baked into the loaded page
    qsizetype m_hitEnd = -1;
    qsizetype m_focusStart = -1; // the figure to focus once loaded
    bool m_loaded = false;
    int m_serial = 0;
};

} // namespace DealScope
