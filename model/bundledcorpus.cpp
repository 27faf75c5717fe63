// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundledcorpus.h"

#include <QDir>
#include <QFile>

namespace DealScope {

QString BundledCorpus::resourceFolder()
{
    return QStringLiteral(":/dealscope/corpus");
}

QList<BundledCorpus::File> BundledCorpus::files()
{
    QList<File> result;
    const QDir folder(resourceFolder());
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            result.append({name, file.readAll()});
    }
    return result;
}

} // namespace DealScope
