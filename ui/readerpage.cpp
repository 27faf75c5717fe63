// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerpage.h"

#include "readerschemehandler.h"

#include <QWebEngineSettings>

namespace DealScope {

ReaderPage::ReaderPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    QWebEngineSettings *s = settings();
    // The page's own world runs no script; our click script lives in the
    // application world, which these settings do not switch off.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setUnknownUrlSchemePolicy(QWebEngineSettings::DisallowUnknownUrlSchemes);
}

bool ReaderPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // Only the reader itself loads pages (typed or reloaded); a click, a form,
    // a redirect or a frame never navigates.
    const bool ours = url.scheme() == QString::fromLatin1(ReaderSchemeHandler::schemeName());
    const bool byUs = type == NavigationTypeTyped || type == NavigationTypeReload;
    if (ours && byUs && isMainFrame)
        return true;
    ++m_refused;
    return false;
}

QWebEnginePage *ReaderPage::createWindow(WebWindowType)
{
    return nullptr;
}

} // namespace DealScope
