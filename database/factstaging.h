// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <cstdio>
#include <vector>

namespace DealScope {

// Fact mentions waiting to be written, as fixed-size records of integer
// codes, handed back in the order of fact_mentions' primary key (family,
// article, ord). A large ingest writes its mentions once, in key order, with
// their facts already known, instead of inserting each at a random place of
// the family-ordered table and updating it again. Memory stays bounded: the
// records are sorted in runs, and every full run goes to a temporary file;
// reading merges the runs.
class FactStaging
{
public:
    struct Record
    {
        qint64 family = 0;
        qint64 articleId = 0;
        qint64 time = 0;      // FactCodes time code, 0 none
        double value = 0;
        double valueMax = 0;
        qint32 ord = 0;
        qint32 subject = 0;   // fact_names ids, 0 none
        qint32 object = 0;
        qint32 subjectName = 0; // 0: as subject
        qint32 objectName = 0;
        qint32 type = 0;
        qint32 start = 0;
        qint32 length = 0;
        qint32 sentenceStart = 0;
        qint32 sentenceEnd = 0;
        qint32 paragraphStart = 0;
        qint32 quoteKey = 0;
        quint8 flags = 0;
        bool hasValueMax = false;
    };

    // `runRecords` records are kept in memory before a run is written out.
    explicit FactStaging(qsizetype runRecords = qsizetype(1) << 18);
    ~FactStaging();
    FactStaging(const FactStaging &) = delete;
    FactStaging &operator=(const FactStaging &) = delete;

    bool append(const Record &record, QString *error = nullptr);
    qint64 size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // The ord after an article's staged readings; -1 when none is staged.
    qint64 nextOrd(qint64 articleId) const { return m_nextOrd.value(articleId, -1); }

    // Reading in key order: rewind() once, then next() until it returns false
    // (error() tells an I/O failure from the end). Records are not kept.
    bool rewind(QString *error = nullptr);
    bool next(Record &record);
    QString error() const { return m_error; }
    void clear();

private:
    struct Run
    {
        std::FILE *file = nullptr;
        Record current;
    };
    static bool before(const Record &a, const Record &b);
    static std::FILE *temporaryFile();
    bool spill(QString *error);
    bool readRun(Run &run);

    qsizetype m_runRecords;
    std::vector<Record> m_memory;
    std::vector<Run> m_runs;
    std::vector<size_t> m_heap; // runs by their current record, smallest first
    size_t m_memoryAt = 0;     // next record of m_memory while reading
    bool m_reading = false;
    qint64 m_size = 0;
    QHash<qint64, qint64> m_nextOrd;
    QString m_error;
};

} // namespace DealScope
