// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace DealScope {

class Database;

// Brings a database's schema to the version this DealScope writes, one
// migration at a time. PRAGMA user_version holds the version; every
// migration runs in one transaction together with its version bump, so a
// crash leaves the old or the new version, never half of one.
//
// Versions:
//   1  articles, excluded regions, figures, entities and their mentions,
//      the full-text index over titles and texts
//   2  facts, their sources, events, curation (filled by later issues)
//   3  fact mentions read at ingest; facts, sources and events reshaped
//   4  compressed text, figures and mentions as one BLOB per article
//   5  fact tables made small: integer ids, family-ordered mentions, no copied text
//   6  events stored in timeline order, with their parties, sources and main figure
//   7  agreements: ties stated without a figure (distribution, joint ventures)
//   8  figures and mentions in SpanCodec version 2 (smaller), 16 KB pages for new files
//   9  new article texts stored as zstd frames, which version-8 builds cannot
//      read; nothing is rewritten (the older zlib bodies still read)
//  10  facts list their sources (facts.sources) and their ids encode their
//      family; mentions lose fact_id and position (a rebuild writes no mention)
//  11  fact mentions without a foreign key or an index by article; an
//      article's families in article_families
class SchemaMigrator
{
public:
    static constexpr int LatestVersion = 12;
    // PRAGMA application_id of a DealScope database ("DScP").
    static constexpr int ApplicationId = 0x44536350;

    explicit SchemaMigrator(Database &db);

    bool migrate(QString *error = nullptr) { return migrateTo(LatestVersion, error); }
    // Tests use this to build a database of an earlier version.
    bool migrateTo(int version, QString *error = nullptr);

    // False, with a message, for a database of a newer DealScope or one
    // that is not a DealScope database; reads only.
    static bool checkCompatible(const Database &db, QString *error = nullptr);

private:
    static const char *migrationSql(int toVersion);
    // Version 4: the rows of figures and entity_mentions into article_spans.
    bool packSpans(QString *error);
    // Version 8: every article_spans blob rewritten in SpanCodec's current version.
    bool rewriteSpans(QString *error);
    // Version 11: article_families from the mentions' index by article.
    bool packArticleFamilies(QString *error);
    // Runs `sql`, which replaces `table`, with the views that name it set aside.
    bool replaceKeepingViews(const char *table, const char *sql, QString *error);
    Database &m_db;
};

} // namespace DealScope
