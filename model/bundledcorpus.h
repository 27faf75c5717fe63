// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace DealScope {

// The articles compiled into the program (resources/corpus), so that
// DealScope has something to show with nothing else on disk.
class BundledCorpus
{
public:
    struct File
    {
        QString fileName;
        QByteArray bytes;
    };

    static QString resourceFolder(); // ":/dealscope/corpus"
    static QList<File> files();      // sorted by file name
};

} // namespace DealScope
