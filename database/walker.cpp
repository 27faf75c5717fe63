// SPDX-License-Identifier: GPL-3.0-or-later
#include "walker.h"

#include "articlereader.h"

#include <QDir>
#include <QFileInfo>

namespace DealScope {

void Walker::addGiven(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists()) {
        reject(path, QStringLiteral("no such file (a broken link)"));
    } else if (!info.exists()) {
        reject(path, QStringLiteral("no such file or folder"));
    } else if (info.isDir()) {
        walk(path);
    } else if (!ArticleReader::isSupportedFile(info.fileName())) {
        reject(path, QStringLiteral("not an article: expected .txt, .md, .html or .htm"));
    } else {
        addFile(path, info);
    }
}

void Walker::reject(const QString &path, const QString &reason)
{
    result.rejected.append({path, reason});
}

void Walker::addFile(const QString &path, const QFileInfo &info)
{
    const QString canonical = info.canonicalFilePath();
    if (m_seenFiles.contains(canonical))
        return;
    m_seenFiles.insert(canonical);
    result.files.append(path);
}

void Walker::walk(const QString &root)
{
    QStringList pending{root};
    while (!pending.isEmpty()) {
        const QString folder = pending.takeLast();
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (canonical.isEmpty() || m_visitedFolders.contains(canonical))
            continue; // a symlink loop or a second way into the same folder
        m_visitedFolders.insert(canonical);
        const QDir dir(folder);
        if (!QFileInfo(folder).isReadable()) {
            reject(folder, QStringLiteral("permission denied"));
            continue;
        }
        const QFileInfoList entries =
            dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
        QStringList subfolders;
        for (const QFileInfo &entry : entries) {
            if (entry.fileName().startsWith(QLatin1Char('.')))
                continue; // hidden files and folders are not articles
            if (entry.isDir()) {
                subfolders.append(entry.filePath());
            } else if (ArticleReader::isSupportedFile(entry.fileName())) {
                if (entry.isSymLink() && !entry.exists())
                    reject(entry.filePath(), QStringLiteral("no such file (a broken link)"));
                else
                    addFile(entry.filePath(), entry);
            }
        }
        // Files of a folder first, then its subfolders, in name order.
        for (auto it = subfolders.crbegin(); it != subfolders.crend(); ++it)
            pending.append(*it);
    }
}

} // namespace DealScope
