#include "shell/commandline.h"

#include "access/userscommand.h"
#include "cli/maintenancecommands.h"
#include "demo/democommand.h"
#include "imports/importcommand.h"
#include "incentives/incentivescommand.h"
#include "performance/kpicommand.h"
#include "reports/reportcommand.h"
#include "review/signalscommand.h"
#include "shell/modules.h"

#include <QCoreApplication>

namespace perisai::shell {

QList<cli::Command> commands()
{
    registerReports();
    return {demo::demoCommand(), imports::importCommand(), performance::kpiCommand(), incentives::incentivesCommand(),
            reports::reportCommand(),
            review::signalsCommand(),
            cli::checkCommand(), cli::backupCommand(), access::usersCommand()};
}

bool isCommand(const QStringList &args)
{
    return args.size() > 1 && !args.at(1).startsWith(QLatin1Char('-'));
}

QString usage()
{
    QString text = QCoreApplication::translate("CommandLine",
        "Usage: perisai-desk [--database DB] [--lang id|en]     start the window\n"
        "       perisai-desk COMMAND --database DB [options]   run without a window\n\n"
        "DB is a SQLite file or a postgresql://user@host:port/dbname URL (password from PGPASSWORD or .pgpass).\n\n"
        "Commands:\n");
    for (const auto &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(c.name, -10).arg(c.summary);
    text += QCoreApplication::translate("CommandLine", "\n\"perisai-desk COMMAND --help\" describes a command's options.\n");
    return text;
}

int runCommand(const QStringList &args)
{
    const QString name = args.value(1);
    for (const auto &c : commands()) {
        if (c.name == name)
            return c.run(args.mid(1));
    }
    cli::printError(usage());
    return cli::fail(QCoreApplication::translate("CommandLine", "unknown command \"%1\"").arg(name), cli::Usage);
}

} // namespace perisai::shell
