// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace DealScope {

// Facts about the SQLite library DealScope runs on.
class DatabaseInfo
{
public:
    static QString sqliteVersion();
};

} // namespace DealScope
