// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace DealScope {

// `dealscope extract [--json] [FILE...]`: extraction only, no database.
// Without files it reads the bundled corpus. Returns the process exit code:
// 0 all read, 1 some files rejected (each named on stderr with its reason).
class ExtractCommand
{
public:
    int run(const QStringList &files, bool json) const;
};

} // namespace DealScope
