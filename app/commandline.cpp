// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "extractcommand.h"
#include "factscommand.h"
#include "ingestcommand.h"
#include "searchcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace DealScope {

namespace {

// Options before the command that take a value: ours and the window's (Qt's own included).
bool takesValue(const QString &option)
{
    static const QStringList options{QStringLiteral("--db"),       QStringLiteral("--screenshot"),
                                     QStringLiteral("--screenshot-all"),
                                     QStringLiteral("--view"),     QStringLiteral("-platform"),
                                     QStringLiteral("-style"),     QStringLiteral("-display"),
                                     QStringLiteral("-qwindowgeometry"), QStringLiteral("-geometry")};
    return options.contains(option);
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
        "  ingest PATH...               store articles from files and folders\n"
        "                               (.txt .md .html .htm, folders recursively)\n"
        "  search [--json] [--limit N] QUERY\n"
        "                               full-text search: words, \"quoted phrases\",\n"
        "                               prefixes (gigawat*), OR, NOT\n"
        "  facts [--json]               reconciled facts with their sources\n"
        "  timeline [--json]            events in timeline order\n"
        "  graph [--json]               the investor-stake graph\n"
        "\n"
        "Options:\n"
        "  --db FILE                    the database to use; without it, the default\n"
        "                               database in the user's data folder, filled\n"
        "                               from the bundled articles on first use\n"
        "  --screenshot FILE [--view V] render the window (or view V: explorer, reader,\n"
        "                               figures, search, entities, deals) to a PNG and quit\n"
        "  --screenshot-all DIR         a PNG of every view into DIR, then quit\n"
        "  -h, --help                   this help\n"
        "  -v, --version                the version\n");
}

int usageError(const QString &message)
{
    QTextStream err(stderr);
    err << "dealscope: " << message << "\n\n" << usage();
    return 2;
}

// The arguments split at the command: global options before it, the
// command and its own arguments after.
struct SplitArguments
{
    QString database;
    bool databaseGiven = false;
    bool help = false;
    bool version = false;
    QString missingValue; // an option given without its value
    QStringList command;  // the command word and what follows it
};

SplitArguments split(const QStringList &args)
{
    SplitArguments s;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a.startsWith(QLatin1String("--db="))) {
            s.database = a.mid(5);
            s.databaseGiven = true;
        } else if (a == QLatin1String("--db")) {
            if (i + 1 >= args.size()) {
                s.missingValue = a;
                break;
            }
            s.database = args.at(++i);
            s.databaseGiven = true;
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            s.help = true;
        } else if (a == QLatin1String("-v") || a == QLatin1String("--version")) {
            s.version = true;
        } else if (takesValue(a)) {
            ++i;
        } else if (!a.startsWith(QLatin1Char('-'))) {
            s.command = args.mid(i);
            break;
        }
    }
    return s;
}

int runExtract(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the contract's JSON.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Articles to read."));
    if (!parser.parse(args))
        return usageError(parser.errorText());
    const QStringList files = parser.positionalArguments(); // parse() takes args[0], the command, as the program name
    return ExtractCommand().run(files, parser.isSet(QStringLiteral("json")));
}

int runIngest(const QString &database, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files and folders to store."));
    if (!parser.parse(args))
        return usageError(parser.errorText());
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(QStringLiteral("ingest: give at least one file or folder"));
    return IngestCommand().run(database, paths);
}

int runSearch(const QString &database, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the contract's JSON.")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N results."), QStringLiteral("N"),
                      QString::number(SearchCommand::DefaultLimit)});
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("What to look for."));
    if (!parser.parse(args))
        return usageError(parser.errorText());
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return usageError(QStringLiteral("search: --limit needs a positive number"));
    // Several words without quotes form one query, as a person means them.
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    return SearchCommand().run(database, query, parser.isSet(QStringLiteral("json")), limit);
}

int runFactsView(const QString &database, const QStringList &args, FactsCommand::View view)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the contract's JSON.")});
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("%1: unexpected argument '%2'").arg(args.first(), parser.positionalArguments().first()));
    return FactsCommand().run(database, view, parser.isSet(QStringLiteral("json")));
}

} // namespace

CommandLine::CommandLine(QStringList arguments)
    : m_arguments(std::move(arguments))
{
}

bool CommandLine::isCommand() const
{
    const SplitArguments s = split(m_arguments.mid(1));
    return s.help || s.version || !s.command.isEmpty() || !s.missingValue.isEmpty();
}

QString CommandLine::databasePath() const
{
    return split(m_arguments.mid(1)).database;
}

int CommandLine::run() const
{
    const SplitArguments s = split(m_arguments.mid(1));
    if (!s.missingValue.isEmpty())
        return usageError(QStringLiteral("%1 needs a value").arg(s.missingValue));
    if (s.help) {
        QTextStream(stdout) << usage();
        return 0;
    }
    if (s.version) {
        QTextStream(stdout) << "dealscope " << DEALSCOPE_VERSION << '\n';
        return 0;
    }
    if (s.command.isEmpty())
        return NotACommand;
    if (s.databaseGiven && s.database.isEmpty())
        return usageError(QStringLiteral("--db needs a file name"));
    const QString &command = s.command.first();
    if (command == QLatin1String("extract"))
        return runExtract(s.command);
    if (command == QLatin1String("ingest"))
        return runIngest(s.database, s.command);
    if (command == QLatin1String("search"))
        return runSearch(s.database, s.command);
    if (command == QLatin1String("facts"))
        return runFactsView(s.database, s.command, FactsCommand::View::Facts);
    if (command == QLatin1String("timeline"))
        return runFactsView(s.database, s.command, FactsCommand::View::Timeline);
    if (command == QLatin1String("graph"))
        return runFactsView(s.database, s.command, FactsCommand::View::Graph);
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}

} // namespace DealScope
