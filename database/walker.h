// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputcollector.h"

#include <QSet>
#include <QString>

class QFileInfo;

namespace DealScope {

// InputCollector's state while it walks the given paths: the files found so
// far, the rejections, and the folders and files already seen (by canonical
// path), so a link loop ends and a file reached twice is listed once.
class Walker
{
public:
    InputCollector::Result result;

    void addGiven(const QString &path);

private:
    QSet<QString> m_visitedFolders;
    QSet<QString> m_seenFiles;

    void reject(const QString &path, const QString &reason);
    void addFile(const QString &path, const QFileInfo &info);
    void walk(const QString &root);
};

} // namespace DealScope
