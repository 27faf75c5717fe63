// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <gumbo.h>

namespace DealScope {

// What the HTML reader asks of libgumbo's nodes: tags, attributes, children,
// and whether an element's content is never article text.
class GumboNodes
{
public:
    static QString attribute(const GumboNode *node, const char *name);
    static bool hasAttribute(const GumboNode *node, const char *name);
    // Elements whose content is never article text (scripts, navigation, hidden elements, ...).
    static bool isDropped(const GumboNode *node);

    // Inline: asked of every node of every page.
    static GumboTag tagOf(const GumboNode *node)
    {
        return node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
    }

    template<typename Visit>
    static void forEachChild(const GumboNode *node, Visit visit)
    {
        if (const GumboVector *children = childrenOf(node)) {
            for (unsigned i = 0; i < children->length; ++i)
                visit(static_cast<const GumboNode *>(children->data[i]));
        }
    }

private:
    static const GumboVector *childrenOf(const GumboNode *node)
    {
        if (node->type == GUMBO_NODE_ELEMENT)
            return &node->v.element.children;
        if (node->type == GUMBO_NODE_DOCUMENT)
            return &node->v.document.children;
        return nullptr;
    }
};

} // namespace DealScope
