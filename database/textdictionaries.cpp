// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdictionaries.h"

#include "statement.h"

#include <zdict.h>
#include <zstd.h>

#include <QString>

#include <memory>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

namespace DealScope {

namespace {

// With a dictionary, level 3 keeps 15 % fewer bytes than level 1 for the same
// CPU time (2,000 generated articles: 1.39 against 1.64 MB of bodies, ingest
// 2.30 s of CPU either way): the dictionary's tables are built once, not per text.
constexpr int CompressionLevel = 3;

struct Registered
{
    std::unique_ptr<ZSTD_CDict, size_t (*)(ZSTD_CDict *)> compression{nullptr, ZSTD_freeCDict};
    std::unique_ptr<ZSTD_DDict, size_t (*)(ZSTD_DDict *)> decompression{nullptr, ZSTD_freeDDict};
};

struct Registry
{
    std::shared_mutex mutex;
    std::unordered_map<quint32, Registered> byId;
};

Registry &registry()
{
    static Registry r;
    return r;
}

const Registered *find(quint32 id)
{
    Registry &r = registry();
    std::shared_lock lock(r.mutex);
    const auto it = r.byId.find(id);
    return it == r.byId.end() ? nullptr : &it->second; // entries stay in place: never erased, nodes never move
}

} // namespace

QByteArray TextDictionaries::train(const QList<QByteArray> &samples)
{
    QByteArray joined;
    std::vector<size_t> sizes;
    sizes.reserve(size_t(samples.size()));
    for (const QByteArray &s : samples) {
        if (s.isEmpty())
            continue;
        joined += s;
        sizes.push_back(size_t(s.size()));
    }
    // zstd needs many samples, and about a hundred times the dictionary's size, to learn anything.
    if (sizes.size() < 100 || joined.size() < 10 * Capacity)
        return {};
    QByteArray dictionary(Capacity, Qt::Uninitialized);
    const size_t size = ZDICT_trainFromBuffer(dictionary.data(), size_t(dictionary.size()), joined.constData(),
                                              sizes.data(), unsigned(sizes.size()));
    if (ZDICT_isError(size))
        return {};
    dictionary.resize(qsizetype(size));
    return dictionary;
}

quint32 TextDictionaries::add(const QByteArray &dictionary)
{
    const quint32 id = ZDICT_getDictID(dictionary.constData(), size_t(dictionary.size()));
    if (id == 0)
        return 0;
    if (find(id))
        return id;
    Registered entry;
    entry.compression.reset(ZSTD_createCDict(dictionary.constData(), size_t(dictionary.size()), CompressionLevel));
    entry.decompression.reset(ZSTD_createDDict(dictionary.constData(), size_t(dictionary.size())));
    if (!entry.compression || !entry.decompression)
        return 0;
    Registry &r = registry();
    std::unique_lock lock(r.mutex);
    r.byId.emplace(id, std::move(entry)); // a concurrent add of the same id keeps the first
    return id;
}

const ZSTD_CDict_s *TextDictionaries::forCompression(quint32 id)
{
    const Registered *r = find(id);
    return r ? r->compression.get() : nullptr;
}

const ZSTD_DDict_s *TextDictionaries::forDecompression(quint32 id)
{
    const Registered *r = find(id);
    return r ? r->decompression.get() : nullptr;
}

quint32 TextDictionaries::store(sqlite3 *db, const QByteArray &dictionary, QString *error)
{
    const quint32 id = add(dictionary);
    if (id == 0) {
        if (error)
            *error = QStringLiteral("not a zstd dictionary");
        return 0;
    }
    Statement s(db, "INSERT OR IGNORE INTO text_dictionaries (id, dictionary) VALUES (?1, ?2)");
    s.bind(1, qint64(id));
    s.bindBlob(2, dictionary);
    QString reason;
    if (!s.execute(&reason)) {
        if (error)
            *error = QStringLiteral("cannot store the text dictionary: %1").arg(reason);
        return 0;
    }
    return id;
}

namespace {

// Registers the dictionaries the query returns (id, dictionary); the last one's id.
quint32 loadRows(sqlite3 *db, const char *sql, qint64 id)
{
    Statement s(db, sql);
    if (!s.isValid())
        return 0; // a database before version 12: no dictionaries
    if (id >= 0)
        s.bind(1, id);
    quint32 last = 0;
    while (s.step()) {
        const quint32 stored = quint32(s.columnInt(0));
        if (TextDictionaries::add(s.columnBlob(1)) == stored)
            last = stored;
    }
    return last;
}

} // namespace

quint32 TextDictionaries::newest(sqlite3 *db)
{
    return loadRows(db, "SELECT id, dictionary FROM text_dictionaries ORDER BY seq DESC LIMIT 1", -1);
}

bool TextDictionaries::load(sqlite3 *db, quint32 id)
{
    return loadRows(db, "SELECT id, dictionary FROM text_dictionaries WHERE id = ?1", qint64(id)) == id;
}

} // namespace DealScope
