// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerrequestinterceptor.h"

#include "readerschemehandler.h"

#include <QMutexLocker>

namespace DealScope {

ReaderRequestInterceptor::ReaderRequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

void ReaderRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    if (url.scheme() == QString::fromLatin1(ReaderSchemeHandler::schemeName())) {
        ++m_allowed;
        return;
    }
    info.block(true);
    ++m_blocked;
    QMutexLocker lock(&m_mutex);
    m_blockedUrls.append(url);
}

QList<QUrl> ReaderRequestInterceptor::blockedUrls() const
{
    QMutexLocker lock(&m_mutex);
    return m_blockedUrls;
}

} // namespace DealScope
