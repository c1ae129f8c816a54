#pragma once
// The headless entry points of perisai-desk: one table of subcommands, each implemented in its module.

#include "cli/command.h"

#include <QList>

namespace perisai::shell {

QList<cli::Command> commands();
// True when argv names a subcommand (the first argument is not an option).
bool isCommand(const QStringList &args);
// Runs args[1] as a subcommand; prints the list of commands for an unknown one.
int runCommand(const QStringList &args);
QString usage();

} // namespace perisai::shell
