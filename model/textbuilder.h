// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <gumbo.h>

namespace DealScope {

// Builds the body text of an HTML element: inline white space collapsed,
// one line per block, dropped elements and page headers left out.
class TextBuilder
{
public:
    explicit TextBuilder(const GumboNode *root);

    QString text() const { return m_out; }

private:
    void visit(const GumboNode *node, bool pre);
    void blockBreak();
    void flush();
    void addText(const QString &text, bool pre);

    const GumboNode *m_root;
    QString m_out;
    int m_newlines = 0;
    bool m_space = false;
    bool m_cellBreak = false;
};

} // namespace DealScope
