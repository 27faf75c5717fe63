// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds an ArticleExtraction by hand for the relation, reconciliation,
// event and graph tests: a text plus entity and figure descriptions that are
// located in it with indexOf, so the tests do not depend on the extractors.

#include "articleextraction.h"
#include "factmention.h"

#include <QStringList>

#include <algorithm>

namespace DealScope {

class FactTestBuilder
{
public:
    explicit FactTestBuilder(const QString &text, const QString &file = QStringLiteral("a.txt"))
    {
        m_x.article.text = text;
        m_x.article.fileName = file;
    }

    // Marks every whole-word occurrence of `text` as an organisation (or `type`).
    FactTestBuilder &entity(const QString &text, const QString &canonical = {}, const QString &partOf = {},
                            EntityType type = EntityType::Organisation)
    {
        const QString &t = m_x.article.text;
        for (qsizetype at = t.indexOf(text); at >= 0; at = t.indexOf(text, at + 1)) {
            const bool leftOk = at == 0 || !t.at(at - 1).isLetterOrNumber();
            const qsizetype end = at + text.size();
            const bool rightOk = end >= t.size() || !t.at(end).isLetterOrNumber();
            if (!leftOk || !rightOk || covered(at, end))
                continue;
            EntityMention e;
            e.name = canonical.isEmpty() ? text : canonical;
            e.type = type;
            e.start = at;
            e.end = end;
            e.partOf = partOf;
            e.known = true;
            m_x.entities.append(e);
        }
        std::sort(m_x.entities.begin(), m_x.entities.end(),
                  [](const EntityMention &a, const EntityMention &b) { return a.start < b.start; });
        return *this;
    }

    // A compact list: "Acme;Beta Cloud=Beta Cloud>Beta;Jane Roe:person>Acme".
    FactTestBuilder &entities(const QString &spec)
    {
        for (const QString &item : spec.split(u';', Qt::SkipEmptyParts)) {
            QString s = item.trimmed(), canonical, parent;
            EntityType type = EntityType::Organisation;
            if (s.contains(u'>')) {
                parent = s.section(u'>', 1);
                s = s.section(u'>', 0, 0);
            }
            if (s.contains(u':')) {
                const QString t = s.section(u':', 1);
                s = s.section(u':', 0, 0);
                type = t == QStringLiteral("person") ? EntityType::Person
                    : t == QStringLiteral("product") ? EntityType::Product
                    : t == QStringLiteral("place")   ? EntityType::Place
                                                     : EntityType::Organisation;
            }
            if (s.contains(u'=')) {
                canonical = s.section(u'=', 1);
                s = s.section(u'=', 0, 0);
            }
            entity(s, canonical, parent, type);
        }
        return *this;
    }

    // "text|value|unit[|qualifier][|retracted]": the first not yet used occurrence of text.
    // Unit USD/EUR/GBP/… → money, % → percent, W → power, day/month/year → date
    // (value is then the ISO date), years → duration, anything else → count.
    FactTestBuilder &figure(const QString &spec)
    {
        const QStringList p = spec.split(u'|');
        Figure f;
        const QString text = p.value(0);
        qsizetype at = m_x.article.text.indexOf(text);
        while (at >= 0 && usedFigure(at, at + text.size()))
            at = m_x.article.text.indexOf(text, at + 1);
        Q_ASSERT_X(at >= 0, "FactTestBuilder::figure", qPrintable(text));
        f.start = at;
        f.end = at + text.size();
        f.unit = p.value(2);
        if (f.unit == QStringLiteral("%"))
            f.kind = FigureKind::Percent;
        else if (f.unit == QStringLiteral("W"))
            f.kind = FigureKind::Power;
        else if (f.unit == QStringLiteral("day") || f.unit == QStringLiteral("month") || f.unit == QStringLiteral("year"))
            f.kind = FigureKind::Date;
        else if (f.unit == QStringLiteral("years"))
            f.kind = FigureKind::Duration;
        else if (f.unit.size() == 3 && f.unit.toUpper() == f.unit)
            f.kind = FigureKind::Money;
        else
            f.kind = FigureKind::Count;
        if (f.kind == FigureKind::Date)
            f.date = p.value(1);
        else if (p.value(1).contains(u'-') && !p.value(1).startsWith(u'-')) {
            f.value = p.value(1).section(u'-', 0, 0).toDouble();
            f.valueMax = p.value(1).section(u'-', 1).toDouble();
        } else
            f.value = p.value(1).toDouble();
        const QString q = p.value(3);
        f.qualifier = q == QStringLiteral("approx")        ? Qualifier::Approx
            : q == QStringLiteral("upper_bound")           ? Qualifier::UpperBound
            : q == QStringLiteral("lower_bound")           ? Qualifier::LowerBound
            : q == QStringLiteral("range")                 ? Qualifier::Range
            : q == QStringLiteral("vague")                 ? Qualifier::Vague
                                                           : Qualifier::Exact;
        f.retracted = p.value(4) == QStringLiteral("retracted");
        m_x.figures.append(f);
        std::sort(m_x.figures.begin(), m_x.figures.end(), [](const Figure &a, const Figure &b) { return a.start < b.start; });
        return *this;
    }

    FactTestBuilder &figures(const QString &spec)
    {
        for (const QString &item : spec.split(u';', Qt::SkipEmptyParts))
            figure(item.trimmed());
        return *this;
    }

    FactTestBuilder &excluded(const QString &text)
    {
        const qsizetype at = m_x.article.text.indexOf(text);
        Q_ASSERT(at >= 0);
        m_x.article.excluded.append({at, at + text.size(), ExclusionReason::Teaser});
        return *this;
    }

    FactTestBuilder &date(const QDate &d)
    {
        m_x.article.date = d;
        return *this;
    }

    const ArticleExtraction &extraction() const { return m_x; }

    // One line per reading, for comparing with an expectation written by hand:
    // "metric subject object [part] [when] [flags]".
    static QString describe(const FactMention &m)
    {
        QStringList parts{metricName(m.metric), m.subject.isEmpty() ? QStringLiteral("-") : m.subject,
                          m.object.isEmpty() ? QStringLiteral("-") : m.object};
        if (!m.part.isEmpty())
            parts << QStringLiteral("part=") + m.part;
        if (!m.time.isEmpty())
            parts << QStringLiteral("@") + m.time;
        if (m.derivedRatio)
            parts << QStringLiteral("ratio");
        if (m.vendorClaim)
            parts << QStringLiteral("claim");
        if (m.speculation)
            parts << QStringLiteral("speculation");
        if (m.excluded)
            parts << QStringLiteral("excluded");
        if (m.retracted)
            parts << QStringLiteral("retracted");
        return parts.join(u' ');
    }

private:
    bool covered(qsizetype from, qsizetype to) const
    {
        for (const EntityMention &e : m_x.entities)
            if (from < e.end && e.start < to)
                return true;
        return false;
    }
    bool usedFigure(qsizetype from, qsizetype to) const
    {
        for (const Figure &f : m_x.figures)
            if (from < f.end && f.start < to)
                return true;
        return false;
    }

    ArticleExtraction m_x;
};

} // namespace DealScope
