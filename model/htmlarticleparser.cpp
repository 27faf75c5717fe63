// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlarticleparser.h"

#include "gumbonodes.h"
#include "plaintextarticleparser.h"
#include "textbuilder.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>

#include <gumbo.h>

namespace DealScope {

namespace {

// Everything the metadata comes from, gathered in one walk.
struct PageScan
{
    QHash<QString, QString> meta; // lower-case property/name/itemprop -> content (first wins)
    QString titleElement;
    QString firstH1;
    QList<const GumboNode *> articles;
    QList<const GumboNode *> mains;
    const GumboNode *body = nullptr;
    QStringList jsonLd;
};

QString plainText(const GumboNode *node)
{
    QString out;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA)
        return QString::fromUtf8(node->v.text.text);
    GumboNodes::forEachChild(node, [&](const GumboNode *child) { out += plainText(child); });
    return out;
}

void scan(const GumboNode *node, PageScan &page)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        return;
    switch (GumboNodes::tagOf(node)) {
    case GUMBO_TAG_META: {
        const QString content = GumboNodes::attribute(node, "content").trimmed();
        for (const char *key : {"property", "name", "itemprop"}) {
            const QString name = GumboNodes::attribute(node, key).trimmed().toLower();
            if (!name.isEmpty() && !content.isEmpty() && !page.meta.contains(name))
                page.meta.insert(name, content);
        }
        return;
    }
    case GUMBO_TAG_TITLE:
        if (page.titleElement.isEmpty())
            page.titleElement = plainText(node).simplified();
        return;
    case GUMBO_TAG_SCRIPT:
        if (GumboNodes::attribute(node, "type").trimmed().toLower() == QLatin1String("application/ld+json"))
            page.jsonLd.append(plainText(node));
        return;
    case GUMBO_TAG_H1:
        if (page.firstH1.isEmpty())
            page.firstH1 = plainText(node).simplified();
        break;
    case GUMBO_TAG_ARTICLE:
        page.articles.append(node);
        break;
    case GUMBO_TAG_MAIN:
        page.mains.append(node);
        break;
    case GUMBO_TAG_BODY:
        page.body = node;
        break;
    default:
        if (GumboNodes::attribute(node, "role").toLower() == QLatin1String("main"))
            page.mains.append(node);
        break;
    }
    GumboNodes::forEachChild(node, [&](const GumboNode *child) { scan(child, page); });
}

// The JSON-LD items of a page: objects, arrays and @graph lists flattened.
void collectItems(const QJsonValue &value, QList<QJsonObject> &items)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectItems(v, items);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        items.append(object);
        if (object.contains(QLatin1String("@graph")))
            collectItems(object.value(QLatin1String("@graph")), items);
    }
}

QStringList typesOf(const QJsonObject &item)
{
    const QJsonValue type = item.value(QLatin1String("@type"));
    QStringList types;
    if (type.isString())
        types.append(type.toString());
    for (const QJsonValue &t : type.toArray())
        types.append(t.toString());
    return types;
}

bool isArticleType(const QStringList &types)
{
    return std::any_of(types.cbegin(), types.cend(), [](const QString &t) {
        return t.endsWith(QLatin1String("Article")) || t == QLatin1String("BlogPosting")
            || t == QLatin1String("Report") || t == QLatin1String("LiveBlogPosting");
    });
}

struct JsonLdFacts
{
    QString headline;
    QString publisher;
    QString datePublished;
};

JsonLdFacts readJsonLd(const QStringList &scripts)
{
    QList<QJsonObject> items;
    for (QString script : scripts) {
        // Some sites wrap the JSON in HTML comments or CDATA markers.
        script = script.trimmed();
        for (const char *wrapper : {"<!--", "-->", "<![CDATA[", "]]>", "//"}) {
            const QString w = QString::fromLatin1(wrapper);
            if (script.startsWith(w))
                script = script.mid(w.size()).trimmed();
            if (script.endsWith(w))
                script = script.left(script.size() - w.size()).trimmed();
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(script.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            continue;
        collectItems(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), items);
    }
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject &item : std::as_const(items)) {
        const QString id = item.value(QLatin1String("@id")).toString();
        if (!id.isEmpty())
            byId.insert(id, item);
    }

    auto nameOf = [&](QJsonValue v) -> QString {
        if (v.isArray())
            v = v.toArray().first();
        if (v.isString())
            return v.toString().trimmed();
        QJsonObject o = v.toObject();
        if (!o.contains(QLatin1String("name")) && byId.contains(o.value(QLatin1String("@id")).toString()))
            o = byId.value(o.value(QLatin1String("@id")).toString());
        return o.value(QLatin1String("name")).toString().trimmed();
    };

    JsonLdFacts facts;
    // Article items first, then anything else that carries the fields.
    for (int pass = 0; pass < 2; ++pass) {
        for (const QJsonObject &item : std::as_const(items)) {
            if ((pass == 0) != isArticleType(typesOf(item)))
                continue;
            if (facts.headline.isEmpty())
                facts.headline = item.value(QLatin1String("headline")).toString().simplified();
            if (facts.publisher.isEmpty() && item.contains(QLatin1String("publisher")))
                facts.publisher = nameOf(item.value(QLatin1String("publisher")));
            if (facts.datePublished.isEmpty())
                facts.datePublished = item.value(QLatin1String("datePublished")).toString().trimmed();
        }
    }
    return facts;
}

const GumboNode *firstTimeElement(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_ELEMENT && GumboNodes::isDropped(node))
        return nullptr;
    if (GumboNodes::tagOf(node) == GUMBO_TAG_TIME && GumboNodes::hasAttribute(node, "datetime"))
        return node;
    const GumboNode *found = nullptr;
    GumboNodes::forEachChild(node, [&](const GumboNode *child) {
        if (!found)
            found = firstTimeElement(child);
    });
    return found;
}

QString metaValue(const PageScan &page, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = page.meta.value(QString::fromLatin1(key));
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

} // namespace

QDate HtmlArticleParser::parseMetadataDate(const QString &raw)
{
    const QString value = raw.trimmed();
    if (value.isEmpty())
        return QDate();
    QDate date = PlainTextArticleParser::parseDate(value);
    if (date.isValid())
        return date;
    // The date as written in the page's own time zone: its first ten characters.
    static const QRegularExpression isoStart(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]|$)"));
    QRegularExpressionMatch m = isoStart.match(value);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:T?\\d{4,6}Z?)?$"));
    m = compact.match(value);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    date = QDateTime::fromString(value, Qt::RFC2822Date).date();
    return date;
}

QString HtmlArticleParser::stripSiteName(const QString &rawTitle, const QString &siteName)
{
    const QString title = rawTitle.simplified();
    const QString site = siteName.simplified();
    if (site.isEmpty() || title.size() <= site.size())
        return title;
    static const QRegularExpression separator(QStringLiteral("\\s+[|–—:·•-]{1,2}\\s+|\\s*[|·•]\\s*|:\\s+"));
    QRegularExpressionMatchIterator it = separator.globalMatch(title);
    QRegularExpressionMatch last, first;
    while (it.hasNext()) {
        last = it.next();
        if (!first.hasMatch())
            first = last;
    }
    if (!last.hasMatch())
        return title;
    auto sameSite = [&](const QString &part) {
        QString p = part.trimmed();
        QString s = site;
        for (QString *x : {&p, &s}) {
            if (x->startsWith(QLatin1String("The "), Qt::CaseInsensitive))
                *x = x->mid(4);
        }
        return p.compare(s, Qt::CaseInsensitive) == 0;
    };
    if (sameSite(title.mid(last.capturedEnd())))
        return title.left(last.capturedStart()).trimmed();
    if (sameSite(title.left(first.capturedStart())))
        return title.mid(first.capturedEnd()).trimmed();
    return title;
}

QString HtmlArticleParser::siteNameBesideHeadline(const QString &titleElement, const QString &headline)
{
    const QString title = titleElement.simplified();
    const QString h1 = headline.simplified();
    if (h1.isEmpty() || title.size() <= h1.size() + 3 || !title.startsWith(h1, Qt::CaseInsensitive))
        return QString();
    static const QRegularExpression separator(QStringLiteral("^\\s*(?:[|–—·•-]{1,2}|:)\\s*(.{2,60})$"));
    const QRegularExpressionMatch m = separator.match(title.mid(h1.size()));
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

void HtmlArticleParser::parse(const QString &html, Article &article)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));

    PageScan page;
    scan(output->document, page);

    // The article body: the largest <article>, else <main>, else <body>.
    const GumboNode *root = nullptr;
    QString text;
    for (const QList<const GumboNode *> *candidates : {&page.articles, &page.mains}) {
        for (const GumboNode *candidate : *candidates) {
            QString candidateText = TextBuilder(candidate).text();
            if (candidateText.size() > text.size()) {
                text = std::move(candidateText);
                root = candidate;
            }
        }
        if (root)
            break;
    }
    if (!root) {
        root = page.body ? page.body : output->root;
        text = TextBuilder(root).text();
    }
    article.text = text;

    const JsonLdFacts ld = readJsonLd(page.jsonLd);
    article.publisher = metaValue(page, {"og:site_name"});
    if (article.publisher.isEmpty())
        article.publisher = ld.publisher;
    article.publisher = article.publisher.simplified();

    QString siteName = !article.publisher.isEmpty() ? article.publisher : metaValue(page, {"application-name"});
    // "<title>Headline | Site</title>" over "<h1>Headline</h1>": the rest of the title names the site.
    if (siteName.isEmpty())
        siteName = siteNameBesideHeadline(page.titleElement, page.firstH1);
    if (article.publisher.isEmpty())
        article.publisher = siteName;
    QString title = metaValue(page, {"og:title", "twitter:title"});
    if (title.isEmpty())
        title = ld.headline;
    if (title.isEmpty())
        title = page.titleElement;
    if (title.isEmpty())
        title = page.firstH1;
    article.title = stripSiteName(title, siteName);

    QDate date = parseMetadataDate(metaValue(page, {"article:published_time", "og:published_time"}));
    if (!date.isValid())
        date = parseMetadataDate(ld.datePublished);
    if (!date.isValid()) {
        if (const GumboNode *time = firstTimeElement(root))
            date = parseMetadataDate(GumboNodes::attribute(time, "datetime"));
    }
    if (!date.isValid())
        date = parseMetadataDate(metaValue(page, {"datepublished", "date", "pubdate", "publishdate", "dc.date",
                                                  "dc.date.issued", "dcterms.date", "dcterms.created",
                                                  "publication_date", "sailthru.date", "parsely-pub-date",
                                                  "publish-date", "publish_date", "date_published", "pub_date",
                                                  "article.published", "article_date_original"}));
    article.date = date;

    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

QByteArray HtmlArticleParser::declaredCharset(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(1024).toLower();
    auto valueAfter = [&](qsizetype pos) -> QByteArray {
        // Skips `=`, spaces and a quote, then reads the label.
        while (pos < head.size() && (head.at(pos) == ' ' || head.at(pos) == '=' || head.at(pos) == '"'
                                     || head.at(pos) == '\''))
            ++pos;
        const qsizetype start = pos;
        while (pos < head.size()) {
            const char c = head.at(pos);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':'))
                break;
            ++pos;
        }
        return head.mid(start, pos - start);
    };

    for (qsizetype meta = head.indexOf("<meta"); meta >= 0; meta = head.indexOf("<meta", meta + 5)) {
        const qsizetype close = head.indexOf('>', meta);
        const QByteArray tag = head.mid(meta, close < 0 ? -1 : close - meta);
        const qsizetype charset = tag.indexOf("charset");
        if (charset < 0)
            continue;
        const QByteArray value = valueAfter(meta + charset + 7);
        if (!value.isEmpty())
            return value;
    }
    if (head.startsWith("<?xml")) {
        const qsizetype end = head.indexOf("?>");
        const qsizetype encoding = head.indexOf("encoding");
        if (encoding > 0 && (end < 0 || encoding < end))
            return valueAfter(encoding + 8);
    }
    return {};
}

} // namespace DealScope
