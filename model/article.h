// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace DealScope {

enum class ExclusionReason { Teaser, Furniture, Repeat };

// A stretch of an article's text that is not part of its story: a teaser for
// another story, site furniture, or a block the article repeats.
struct ExcludedRegion
{
    qsizetype start = 0; // UTF-16 offsets into Article::text, end exclusive
    qsizetype end = 0;
    ExclusionReason reason = ExclusionReason::Furniture;

    bool contains(qsizetype from, qsizetype to) const { return start <= from && to <= end; }
    friend bool operator==(const ExcludedRegion &a, const ExcludedRegion &b)
    {
        return a.start == b.start && a.end == b.end && a.reason == b.reason;
    }
};

QString exclusionReasonName(ExclusionReason reason);

// One decoded article. `text` is what every offset in DealScope indexes:
// for plain text the file's text (BOM removed, line endings normalised to
// LF), for HTML the article body extracted from the markup.
struct Article
{
    QString filePath; // as given on the command line or found by ingest
    QString fileName; // base name, what the JSON calls "file"
    QString format;   // "txt", "md" or "html"
    QString encoding; // what the bytes were decoded from, e.g. "UTF-8"
    QString title;
    QString publisher;
    QDate date;       // publication date, invalid when unknown
    QString text;
    QList<ExcludedRegion> excluded;

    bool isExcluded(qsizetype from, qsizetype to) const;
};

} // namespace DealScope
