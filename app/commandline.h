// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace DealScope {

// Parses DealScope's command line and runs the command it names. The window
// is not the command line's business: run() returns NotACommand when the
// arguments ask for the window, and main() opens it.
class CommandLine
{
public:
    static constexpr int NotACommand = -1;

    explicit CommandLine(QStringList arguments);
    bool isCommand() const; // true when the arguments name a command-line command
    int run() const;        // exit code of the command
    QString databasePath() const; // --db FILE, empty for the default database

private:
    QStringList m_arguments;
};

} // namespace DealScope
