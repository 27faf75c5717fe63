// SPDX-License-Identifier: GPL-3.0-or-later
#include "gumbonodes.h"

namespace DealScope {

QString GumboNodes::attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return QString();
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool GumboNodes::hasAttribute(const GumboNode *node, const char *name)
{
    return node->type == GUMBO_NODE_ELEMENT && gumbo_get_attribute(&node->v.element.attributes, name);
}

bool GumboNodes::isDropped(const GumboNode *node)
{
    switch (tagOf(node)) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
        return true;
    default:
        break;
    }
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    if (hasAttribute(node, "hidden") || attribute(node, "aria-hidden") == QLatin1String("true"))
        return true;
    const QString style = attribute(node, "style").remove(QLatin1Char(' ')).toLower();
    if (style.contains(QLatin1String("display:none")) || style.contains(QLatin1String("visibility:hidden")))
        return true;
    const QString role = attribute(node, "role").toLower();
    return role == QLatin1String("navigation") || role == QLatin1String("complementary")
        || role == QLatin1String("contentinfo") || role == QLatin1String("search")
        || role == QLatin1String("banner");
}

} // namespace DealScope
