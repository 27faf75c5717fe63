// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMutex>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace DealScope {

// Blocks every request the reader makes that is not on DealScope's own
// scheme, and keeps count, so a hostile article cannot reach the network
// (tracking pixels, remote CSS) even if something slipped past the escaping.
class ReaderRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit ReaderRequestInterceptor(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    int blockedCount() const { return m_blocked.load(); }
    int allowedCount() const { return m_allowed.load(); }
    QList<QUrl> blockedUrls() const;

private:
    std::atomic<int> m_blocked{0};
    std::atomic<int> m_allowed{0};
    mutable QMutex m_mutex; // Qt may call interceptRequest off the GUI thread
    QList<QUrl> m_blockedUrls;
};

} // namespace DealScope
