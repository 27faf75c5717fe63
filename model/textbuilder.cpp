// SPDX-License-Identifier: GPL-3.0-or-later
#include "textbuilder.h"

#include "gumbonodes.h"

#include <algorithm>

namespace DealScope {

namespace {

bool isWhite(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0);
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DD: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_BODY: case GUMBO_TAG_LEGEND: case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

bool containsTag(const GumboNode *node, GumboTag tag)
{
    if (GumboNodes::tagOf(node) == tag)
        return true;
    bool found = false;
    GumboNodes::forEachChild(node, [&](const GumboNode *child) { found = found || containsTag(child, tag); });
    return found;
}

} // namespace

TextBuilder::TextBuilder(const GumboNode *root)
    : m_root(root)
{
    visit(root, false);
}

void TextBuilder::visit(const GumboNode *node, bool pre)
{
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
        addText(QString::fromUtf8(node->v.text.text), pre);
        return;
    case GUMBO_NODE_COMMENT:
        return;
    default:
        break;
    }
    if (node != m_root && GumboNodes::isDropped(node))
        return;
    const GumboTag tag = GumboNodes::tagOf(node);
    // A page header is site furniture; an article's own header holds its headline.
    if (tag == GUMBO_TAG_HEADER && node != m_root
        && !(GumboNodes::tagOf(m_root) == GUMBO_TAG_ARTICLE && containsTag(node, GUMBO_TAG_H1)))
        return;
    if (tag == GUMBO_TAG_BR) {
        m_newlines = std::min(m_newlines + 1, 2);
        return;
    }
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
        if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')) && m_newlines == 0)
            m_cellBreak = true;
    }
    const bool block = isBlock(tag);
    if (block)
        blockBreak();
    const bool inPre = pre || tag == GUMBO_TAG_PRE;
    GumboNodes::forEachChild(node, [&](const GumboNode *child) { visit(child, inPre); });
    if (block)
        blockBreak();
}

void TextBuilder::blockBreak()
{
    if (!m_out.isEmpty())
        m_newlines = std::max(m_newlines, 1);
    m_space = false;
    m_cellBreak = false;
}

void TextBuilder::flush()
{
    if (m_out.isEmpty()) {
        m_newlines = 0;
        m_space = false;
    }
    if (m_newlines > 0) {
        m_out.append(QString(m_newlines, QLatin1Char('\n')));
    } else if (m_cellBreak) {
        m_out.append(QLatin1Char('\t'));
    } else if (m_space && !m_out.endsWith(QLatin1Char('\n'))) {
        m_out.append(QLatin1Char(' '));
    }
    m_newlines = 0;
    m_space = false;
    m_cellBreak = false;
}

void TextBuilder::addText(const QString &text, bool pre)
{
    // A character that is neither white space nor a line of <pre> is copied as it is.
    auto plain = [pre](QChar c) { return !isWhite(c) && !(pre && (c == u'\n' || c == u'\r')); };
    const QChar *const d = text.constData();
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = d[i];
        if (pre && c == QLatin1Char('\n')) {
            flush();
            m_out.append(QLatin1Char('\n'));
            ++i;
            continue;
        }
        if (pre && c == QLatin1Char('\r')) {
            ++i;
            continue;
        }
        if (isWhite(c)) {
            m_space = true;
            ++i;
            continue;
        }
        // After the flush before its first character, a run of plain
        // characters flushes nothing more: one append for the run.
        qsizetype end = i + 1;
        while (end < text.size() && plain(d[end]))
            ++end;
        flush();
        m_out.append(d + i, end - i);
        i = end;
    }
}

} // namespace DealScope
