// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

struct sqlite3;
struct ZSTD_CDict_s;
struct ZSTD_DDict_s;

namespace DealScope {

// The zstd dictionaries stored texts are compressed with (table
// `text_dictionaries`, schema version 12). A news article is a few
// kilobytes: compressed alone, zstd has no history to draw on and keeps about
// half of it; a dictionary trained on a sample of the same ingest holds the
// phrases articles share (bylines, boilerplate, the wording of deals), and
// each frame names its dictionary's id. Dictionaries are loaded into a
// registry for the whole process (thread-safe, never unloaded: a database
// holds one or a few) as ids are met.
class TextDictionaries
{
public:
    static constexpr int MaxSamples = 1000;
    static constexpr qsizetype Capacity = 64 * 1024;

    // A dictionary learnt from sample texts (UTF-8), or empty when the
    // samples are too few or too alike for zstd to learn from.
    static QByteArray train(const QList<QByteArray> &samples);

    // Registers a dictionary for this process: its id, 0 when `dictionary`
    // is not one.
    static quint32 add(const QByteArray &dictionary);
    // Registered dictionaries, or null.
    static const ZSTD_CDict_s *forCompression(quint32 id);
    static const ZSTD_DDict_s *forDecompression(quint32 id);

    // Stores a new dictionary in the database (within the caller's
    // transaction) and registers it: its id, 0 on failure (`error` set).
    static quint32 store(sqlite3 *db, const QByteArray &dictionary, QString *error);
    // The id of the database's newest dictionary, registered; 0 when it has none.
    static quint32 newest(sqlite3 *db);
    // Registers the database's dictionary `id` if it has it (a frame
    // written by another process after this one loaded its dictionaries).
    static bool load(sqlite3 *db, quint32 id);
};

} // namespace DealScope
