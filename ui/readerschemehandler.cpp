// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerschemehandler.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace DealScope {

QByteArray ReaderSchemeHandler::schemeName()
{
    return QByteArrayLiteral("dealscope");
}

void ReaderSchemeHandler::registerScheme()
{
    static bool registered = false;
    if (registered)
        return;
    registered = true;
    QWebEngineUrlScheme scheme(schemeName());
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    // Secure, so the page counts as a secure context; nothing more: no CORS,
    // no file access, and the page's CSP applies.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

ReaderSchemeHandler::ReaderSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{
}

QUrl ReaderSchemeHandler::putPage(const QString &name, const QByteArray &html)
{
    m_pages.insert(name, html);
    QUrl url;
    url.setScheme(QString::fromLatin1(schemeName()));
    url.setPath(name);
    return url;
}

void ReaderSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    const auto it = m_pages.constFind(url.path());
    if (job->requestMethod() != QByteArrayLiteral("GET") || it == m_pages.constEnd()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(*it);
    buffer->open(QIODevice::ReadOnly);
    job->reply(QByteArrayLiteral("text/html;charset=utf-8"), buffer);
}

} // namespace DealScope
