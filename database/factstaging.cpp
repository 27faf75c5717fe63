// SPDX-License-Identifier: GPL-3.0-or-later
#include "factstaging.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <stdlib.h>
#include <unistd.h>

namespace DealScope {

namespace {

QString ioError(const char *what)
{
    return QStringLiteral("staging fact mentions: %1 failed: %2")
        .arg(QString::fromLatin1(what), QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

FactStaging::FactStaging(qsizetype runRecords)
    : m_runRecords(std::max<qsizetype>(1, runRecords))
{
}

FactStaging::~FactStaging()
{
    clear();
}

bool FactStaging::before(const Record &a, const Record &b)
{
    if (a.family != b.family)
        return a.family < b.family;
    if (a.articleId != b.articleId)
        return a.articleId < b.articleId;
    return a.ord < b.ord;
}

bool FactStaging::append(const Record &record, QString *error)
{
    if (m_reading) {
        // Reading consumed the order; staging starts afresh.
        clear();
    }
    m_memory.push_back(record);
    ++m_size;
    qint64 &next = m_nextOrd[record.articleId];
    next = std::max(next, qint64(record.ord) + 1);
    return qsizetype(m_memory.size()) < m_runRecords || spill(error);
}

// An anonymous file in the user's temporary folder (TMPDIR, through
// QDir::tempPath(); std::tmpfile() always uses /tmp): named only until it is
// open, so nothing is left behind however the process ends.
std::FILE *FactStaging::temporaryFile()
{
    QByteArray path = QFile::encodeName(QDir::tempPath() + QStringLiteral("/dealscope-facts-XXXXXX"));
    const int fd = ::mkstemp(path.data());
    if (fd < 0)
        return nullptr;
    ::unlink(path.constData());
    std::FILE *file = ::fdopen(fd, "w+b");
    if (!file)
        ::close(fd);
    return file;
}

bool FactStaging::spill(QString *error)
{
    std::sort(m_memory.begin(), m_memory.end(), before);
    Run run;
    run.file = temporaryFile();
    if (!run.file) {
        m_error = ioError("creating a temporary file");
        if (error)
            *error = m_error;
        return false;
    }
    m_runs.push_back(run);
    if (std::fwrite(m_memory.data(), sizeof(Record), m_memory.size(), run.file) != m_memory.size()
        || std::fflush(run.file) != 0) {
        m_error = ioError("writing a temporary file");
        if (error)
            *error = m_error;
        return false;
    }
    m_memory.clear();
    return true;
}

bool FactStaging::readRun(Run &run)
{
    return std::fread(&run.current, sizeof(Record), 1, run.file) == 1;
}

bool FactStaging::rewind(QString *error)
{
    m_error.clear();
    m_reading = true;
    m_memoryAt = 0;
    m_heap.clear();
    if (m_runs.empty()) {
        std::sort(m_memory.begin(), m_memory.end(), before);
        return true;
    }
    // Everything on file, so that reading is one k-way merge.
    if (!m_memory.empty() && !spill(error))
        return false;
    m_memory.shrink_to_fit();
    const auto later = [this](size_t a, size_t b) { return before(m_runs[b].current, m_runs[a].current); };
    for (size_t i = 0; i < m_runs.size(); ++i) {
        Run &run = m_runs[i];
        std::rewind(run.file);
        // Large buffers: the runs are read in turns, each sequentially.
        std::setvbuf(run.file, nullptr, _IOFBF, size_t(1) << 18);
        if (readRun(run))
            m_heap.push_back(i);
        else if (std::ferror(run.file)) {
            m_error = ioError("reading a temporary file");
            if (error)
                *error = m_error;
            return false;
        }
    }
    std::make_heap(m_heap.begin(), m_heap.end(), later);
    return true;
}

bool FactStaging::next(Record &record)
{
    if (m_runs.empty()) {
        if (m_memoryAt >= m_memory.size())
            return false;
        record = m_memory[m_memoryAt++];
        return true;
    }
    if (m_heap.empty())
        return false;
    const auto later = [this](size_t a, size_t b) { return before(m_runs[b].current, m_runs[a].current); };
    std::pop_heap(m_heap.begin(), m_heap.end(), later);
    Run &run = m_runs[m_heap.back()];
    record = run.current;
    if (readRun(run)) {
        std::push_heap(m_heap.begin(), m_heap.end(), later);
    } else {
        if (std::ferror(run.file)) {
            m_error = ioError("reading a temporary file");
            m_heap.clear();
            return false;
        }
        m_heap.pop_back();
    }
    return true;
}

void FactStaging::clear()
{
    for (Run &run : m_runs)
        std::fclose(run.file);
    m_runs.clear();
    m_heap.clear();
    m_memory.clear();
    m_memory.shrink_to_fit();
    m_memoryAt = 0;
    m_reading = false;
    m_size = 0;
    m_nextOrd.clear();
}

} // namespace DealScope
