// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEnginePage>

namespace DealScope {

// The reader's web page: hardened settings, and no navigation but to the
// reader's own pages, so links in an article lead nowhere.
class ReaderPage : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit ReaderPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    int refusedNavigations() const { return m_refused; }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    int m_refused = 0;
};

} // namespace DealScope
