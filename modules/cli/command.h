#pragma once
// The command line's building blocks. Each subcommand of perisai-desk (demo, import, kpi, report, check,
// backup) lives in its module as a Command; app/ only dispatches. A command parses its own arguments,
// never waits for input, prints progress to standard error on a terminal, and returns the exit status:
// 0 success, 1 failure (one line on standard error says why), 2 bad arguments.

#include "core/result.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <optional>
#include <functional>

namespace perisai::cli {

enum Exit { Success = 0, Failure = 1, Usage = 2 };

struct Command {
    QString name;
    QString summary;                                 // one line for --help
    std::function<int(const QStringList &args)> run; // args[0] is the command name
};

// Prints "perisai-desk: <message>" on standard error and returns `code`.
int fail(const QString &message, int code = Failure);

// A parser with --help and --database, processed against args; returns Usage on bad arguments
// (having printed why), or Success. Options are added by the caller before calling parse().
class Arguments {
public:
    Arguments(const QString &command, const QString &description);
    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QString &name, const QString &description, const QString &valueName = {});
    // Positional arguments the command takes (FILE...).
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});
    // Returns std::nullopt on success; otherwise the exit code to return (help printed: Success).
    std::optional<int> parse(const QStringList &args, bool requireDatabase = true);

    QString value(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // Opens --database and brings its schema up to date.
    Result<storage::DatabasePtr> openDatabase() const;

private:
    QString m_command;
    QCommandLineParser m_parser;
};

// Progress on standard error, only when it is a terminal (scripts and CI stay quiet).
class Progress {
public:
    explicit Progress(QString what);
    void update(qint64 done, qint64 total);
    void finish();

private:
    QString m_what;
    bool m_terminal;
    qint64 m_lastPercent = -1;
};

void printLine(const QString &text);   // standard output
void printError(const QString &text);  // standard error, as is

} // namespace perisai::cli
