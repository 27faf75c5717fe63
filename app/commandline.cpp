// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "extractcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace DealScope {

namespace {

const QStringList &commandNames()
{
    static const QStringList names{QStringLiteral("extract")};
    return names;
}

QString usage()
{
    return QStringLiteral(
        "Usage: dealscope [--db FILE] [COMMAND] [OPTIONS]\n"
        "\n"
        "Without a command, opens the explorer window.\n"
        "\n"
        "Commands:\n"
        "  extract [--json] [FILE...]   find figures and entities (no database);\n"
        "                               without FILE, the bundled corpus\n"
        "\n"
        "Options:\n"
        "  -h, --help                   this help\n"
        "  -v, --version                the version\n");
}

int usageError(const QString &message)
{
    QTextStream err(stderr);
    err << "dealscope: " << message << "\n\n" << usage();
    return 2;
}

} // namespace

CommandLine::CommandLine(QStringList arguments)
    : m_arguments(std::move(arguments))
{
}

bool CommandLine::isCommand() const
{
    // Any word that is not an option (or an option's value) names a command;
    // an unknown one is a usage error, not a reason to open the window.
    const QStringList args = m_arguments.mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--version")
            || a == QLatin1String("-v"))
            return true;
        if (a == QLatin1String("--db") || a == QLatin1String("--screenshot") || a == QLatin1String("--view")) {
            ++i; // skip the option's value
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

int CommandLine::run() const
{
    QTextStream out(stdout);
    const QStringList args = m_arguments.mid(1);
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        out << usage();
        return 0;
    }
    if (args.contains(QLatin1String("--version")) || args.contains(QLatin1String("-v"))) {
        out << "dealscope " << DEALSCOPE_VERSION << '\n';
        return 0;
    }
    if (args.isEmpty())
        return NotACommand;
    const QString command = args.first();
    if (command == QLatin1String("extract")) {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print the contract's JSON.")});
        parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Articles to read."));
        if (!parser.parse(args))
            return usageError(parser.errorText());
        const QStringList files = parser.positionalArguments(); // parse() takes args[0], the command, as the program name
        return ExtractCommand().run(files, parser.isSet(QStringLiteral("json")));
    }
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}

} // namespace DealScope
