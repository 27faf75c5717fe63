// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "statement.h"

#include <QString>

namespace DealScope {

// The first column of a query's first row, as text; empty when there is no row.
inline QString queryText(const Database &db, const char *sql)
{
    Statement s = db.prepare(sql);
    return s.step() ? s.columnText(0) : QString();
}

} // namespace DealScope
