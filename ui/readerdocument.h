// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleextraction.h"

#include <QByteArray>
#include <QString>

namespace DealScope {

// Renders a decoded article as an inert HTML page for the reader: the text
// HTML-escaped (never the original markup), every figure and entity mention
// wrapped in an element carrying its span in data attributes, excluded
// regions dimmed with their reason, and a CSP that forbids everything but
// inline style.
class ReaderDocument
{
public:
    explicit ReaderDocument(const ArticleExtraction &extraction);

    // An extra range to mark, e.g. a search hit ("hit" class, id "hit").
    void setHighlight(qsizetype start, qsizetype end);
    QString html() const;
    QByteArray toUtf8() const { return html().toUtf8(); }

    static QString contentSecurityPolicy();
    static QString styleSheet(); // from the reader's qrc

private:
    const ArticleExtraction &m_extraction;
    qsizetype m_highlightStart = -1;
    qsizetype m_highlightEnd = -1;
};

} // namespace DealScope
