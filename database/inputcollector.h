// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace DealScope {

// Turns the paths given to `ingest` into the list of article files to read:
// folders are walked recursively in name order, symbolic links are followed
// but every folder is visited once (by canonical path), so link loops end;
// a file reached twice is read once. Files of other types inside folders
// are skipped quietly; named on the command line, they are rejected.
class InputCollector
{
public:
    struct Rejection
    {
        QString path;
        QString reason;
    };
    struct Result
    {
        QStringList files; // as found (given path joined with the names below it)
        QList<Rejection> rejected;
    };

    static Result collect(const QStringList &paths);
};

} // namespace DealScope
