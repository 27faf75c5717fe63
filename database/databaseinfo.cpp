// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseinfo.h"

#include <sqlite3.h>

namespace DealScope {

QString DatabaseInfo::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace DealScope
