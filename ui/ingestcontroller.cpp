// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingestcontroller.h"

#include "articleanalyzer.h"
#include "articlereader.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QThread>

namespace DealScope {

IngestController::IngestController(Store store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
}

IngestController::~IngestController()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

QStringList IngestController::collect(const QStringList &paths, QList<Rejection> *rejected)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext()) {
                const QString file = it.next();
                if (ArticleReader::isSupportedFile(file))
                    found.append(file);
            }
            found.sort();
            files += found;
        } else if (!info.exists()) {
            rejected->append({path, tr("no such file")});
        } else if (!ArticleReader::isSupportedFile(path)) {
            rejected->append({path, tr("not an article (.txt, .md, .html, .htm)")});
        } else {
            files.append(path);
        }
    }
    return files;
}

void IngestController::start(const QStringList &paths)
{
    if (m_thread)
        return;
    m_cancel = false;
    m_rejected.clear();
    QList<Rejection> rejected;
    const QStringList files = collect(paths, &rejected);
    emit started(int(files.size()));
    m_thread = QThread::create([this, files, rejected]() mutable {
        const ArticleReader reader;
        const ArticleAnalyzer analyzer(Gazetteer::bundled());
        QList<ArticleExtraction> extractions;
        bool completed = true;
        for (int i = 0; i < files.size(); ++i) {
            if (m_cancel) {
                completed = false;
                break;
            }
            ArticleReader::Result r = reader.readFile(files.at(i));
            if (r.ok())
                extractions.append(analyzer.analyze(std::move(r.article)));
            else
                rejected.append({files.at(i), r.error});
            QMetaObject::invokeMethod(this, [this, i, total = int(files.size()), file = files.at(i)] {
                emit progressed(i + 1, total, file);
            }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, [this, extractions, rejected, completed] {
            done(extractions, rejected, completed);
        }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void IngestController::cancel()
{
    m_cancel = true;
}

void IngestController::done(const QList<ArticleExtraction> &extractions, const QList<Rejection> &rejected, bool completed)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_rejected = rejected;
    // All or nothing: a run cancelled before its results are stored (even if
    // the worker had read every file by then) stores none of them.
    completed = completed && !m_cancel;
    int stored = 0;
    if (completed && !extractions.isEmpty()) {
        m_store(extractions);
        stored = int(extractions.size());
    }
    emit finished(stored, completed);
}

} // namespace DealScope
