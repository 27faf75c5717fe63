// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputcollector.h"

#include "walker.h"

namespace DealScope {

InputCollector::Result InputCollector::collect(const QStringList &paths)
{
    Walker walker;
    for (const QString &path : paths)
        walker.addGiven(path);
    return walker.result;
}

} // namespace DealScope
