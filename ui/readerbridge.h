// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace DealScope {

// The one object the reader's page can reach through QWebChannel. Every
// public slot here is callable from the page, so it takes only offsets and
// the reader checks them against the article it shows.
class ReaderBridge : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

public slots:
    void figureClicked(int start) { emit figureActivated(start); }
    void entityClicked(int start) { emit entityActivated(start); }

signals:
    void figureActivated(int start);
    void entityActivated(int start);
};

} // namespace DealScope
