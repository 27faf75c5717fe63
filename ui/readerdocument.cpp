// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerdocument.h"

#include "figureformat.h"

#include <QFile>
#include <QLocale>

#include <algorithm>
#include <set>

namespace DealScope {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString excludedLabel(ExclusionReason reason)
{
    switch (reason) {
    case ExclusionReason::Teaser:
        return QObject::tr("teaser for another story — not counted");
    case ExclusionReason::Furniture:
        return QObject::tr("site furniture — not counted");
    case ExclusionReason::Repeat:
        return QObject::tr("repeated block — not counted again");
    }
    return QString();
}

} // namespace

ReaderDocument::ReaderDocument(const ArticleExtraction &extraction)
    : m_extraction(extraction)
{
}

void ReaderDocument::setHighlight(qsizetype start, qsizetype end)
{
    m_highlightStart = start;
    m_highlightEnd = end;
}

QString ReaderDocument::contentSecurityPolicy()
{
    return QStringLiteral("default-src 'none'; style-src 'unsafe-inline'");
}

QString ReaderDocument::styleSheet()
{
    QFile file(QStringLiteral(":/dealscope/reader/reader.css"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString ReaderDocument::html() const
{
    const Article &article = m_extraction.article;
    const QString &text = article.text;
    const qsizetype size = text.size();
    auto clamp = [size](qsizetype v) { return std::clamp<qsizetype>(v, 0, size); };

    // Every place a mark opens or closes; between two of them the set of
    // marks is constant, so overlapping spans nest without broken tags.
    std::set<qsizetype> cuts{0, size};
    for (const ExcludedRegion &r : article.excluded) {
        cuts.insert(clamp(r.start));
        cuts.insert(clamp(r.end));
    }
    for (const Figure &f : m_extraction.figures) {
        cuts.insert(clamp(f.start));
        cuts.insert(clamp(f.end));
    }
    for (const EntityMention &e : m_extraction.entities) {
        cuts.insert(clamp(e.start));
        cuts.insert(clamp(e.end));
    }
    const bool hasHighlight = m_highlightStart >= 0 && m_highlightEnd > m_highlightStart;
    if (hasHighlight) {
        cuts.insert(clamp(m_highlightStart));
        cuts.insert(clamp(m_highlightEnd));
    }

    QString body;
    body.reserve(size * 2);
    const QList<qsizetype> points(cuts.begin(), cuts.end());
    qsizetype figureIndex = 0;
    qsizetype entityIndex = 0;
    bool hitOpened = false;
    for (qsizetype p = 0; p + 1 < points.size(); ++p) {
        const qsizetype from = points.at(p);
        const qsizetype to = points.at(p + 1);
        QString open;
        QString close;

        for (const ExcludedRegion &r : article.excluded) {
            if (r.start <= from && to <= r.end) {
                const QString reason = exclusionReasonName(r.reason);
                if (from == clamp(r.start))
                    open += QStringLiteral("<span class=\"reason\">%1</span>").arg(escaped(excludedLabel(r.reason)));
                open += QStringLiteral("<span class=\"excluded %1\" title=\"%2\">").arg(reason, escaped(excludedLabel(r.reason)));
                close.prepend(QStringLiteral("</span>"));
                break;
            }
        }
        if (hasHighlight && m_highlightStart <= from && to <= m_highlightEnd) {
            // Only the first piece gets the id the reader scrolls to.
            open += hitOpened ? QStringLiteral("<span class=\"hit\">") : QStringLiteral("<span class=\"hit\" id=\"hit\">");
            hitOpened = true;
            close.prepend(QStringLiteral("</span>"));
        }
        while (entityIndex < m_extraction.entities.size() && m_extraction.entities.at(entityIndex).end <= from)
            ++entityIndex;
        for (qsizetype i = entityIndex; i < m_extraction.entities.size(); ++i) {
            const EntityMention &e = m_extraction.entities.at(i);
            if (e.start > from)
                break;
            if (to <= e.end) {
                open += QStringLiteral("<span class=\"ent %1\" data-entity=\"%2\" data-start=\"%3\" title=\"%4\">")
                            .arg(entityTypeName(e.type), escaped(e.name))
                            .arg(e.start)
                            .arg(escaped(e.name));
                close.prepend(QStringLiteral("</span>"));
                break;
            }
        }
        while (figureIndex < m_extraction.figures.size() && m_extraction.figures.at(figureIndex).end <= from)
            ++figureIndex;
        for (qsizetype i = figureIndex; i < m_extraction.figures.size(); ++i) {
            const Figure &f = m_extraction.figures.at(i);
            if (f.start > from)
                break;
            if (to <= f.end) {
                QString classes = QStringLiteral("fig ") + figureKindName(f.kind);
                if (f.retracted)
                    classes += QStringLiteral(" retracted");
                const QString tip = f.retracted ? QObject::tr("%1 (retracted)").arg(FigureFormat::value(f))
                                                : FigureFormat::value(f);
                open += QStringLiteral("<mark class=\"%1\" data-start=\"%2\" data-end=\"%3\" data-kind=\"%4\" title=\"%5\">")
                            .arg(classes)
                            .arg(f.start)
                            .arg(f.end)
                            .arg(figureKindName(f.kind), escaped(tip));
                close.prepend(QStringLiteral("</mark>"));
                break;
            }
        }
        body += open;
        body += escaped(text.mid(from, to - from));
        body += close;
    }

    QString meta;
    QStringList parts;
    if (!article.publisher.isEmpty())
        parts << escaped(article.publisher);
    if (article.date.isValid())
        parts << escaped(QLocale::c().toString(article.date, QStringLiteral("d MMMM yyyy")));
    parts << escaped(article.fileName);
    meta = parts.join(QStringLiteral(" · "));

    QString page;
    page.reserve(body.size() + 4096);
    page += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                           "<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n"
                           "<title>%2</title>\n<style>%3</style></head>\n<body>\n")
                .arg(contentSecurityPolicy(), escaped(article.title.isEmpty() ? article.fileName : article.title),
                     styleSheet());
    page += QStringLiteral("<header><h1>%1</h1><p class=\"meta\">%2</p>"
                           "<p class=\"legend\"><mark class=\"fig money\">money</mark> <mark class=\"fig percent\">percent</mark> "
                           "<mark class=\"fig power\">power</mark> <mark class=\"fig count\">count</mark> "
                           "<mark class=\"fig date\">date</mark> <mark class=\"fig duration\">duration</mark> "
                           "<span class=\"ent org\">organisation</span> <span class=\"ent person\">person</span> "
                           "<span class=\"ent product\">product</span> <span class=\"ent place\">place</span></p></header>\n")
                .arg(escaped(article.title.isEmpty() ? article.fileName : article.title), meta);
    page += QStringLiteral("<article>");
    page += body;
    page += QStringLiteral("</article>\n</body></html>\n");
    return page;
}

} // namespace DealScope
