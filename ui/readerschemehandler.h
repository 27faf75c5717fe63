// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

namespace DealScope {

// Serves the reader's pages on the "dealscope:" scheme, so that articles of
// any size load (setHtml stops at about 2 MB). Pages are put in by the reader
// and served only from memory; anything else is answered "not found".
class ReaderSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    static QByteArray schemeName(); // "dealscope"
    // Must run before the QApplication exists (Qt's rule for custom schemes).
    static void registerScheme();

    explicit ReaderSchemeHandler(QObject *parent = nullptr);

    // Stores a page and returns the URL that serves it.
    QUrl putPage(const QString &name, const QByteArray &html);
    void clear() { m_pages.clear(); }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QHash<QString, QByteArray> m_pages; // by URL path
};

} // namespace DealScope
