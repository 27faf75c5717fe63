// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace DealScope {

// Item data roles shared by DealScope's models and views.
namespace ItemRole {
enum : int {
    RowKind = Qt::UserRole + 1, // RowKind::Group / Fact / Source / Entity / Hit / Event
    FactId,                     // qint64
    ArticleId,                  // qint64
    Start,                      // qsizetype: a span in the article's text
    End,
    EntityName,                 // QString
    Status,                     // int(ExplorerSource::Status)
    RichText,                   // HTML for RichTextDelegate, the text escaped
    SortValue,                  // raw value for sorting
    EventId,                    // qint64
    Highlighted,                // bool: the row concerns the selected entity
    OneLine,                    // bool: a plain row one text line high, whatever its text
};
}

namespace RowKind {
enum : int { Group, Fact, Source, Entity, Hit, Event };
}

} // namespace DealScope
