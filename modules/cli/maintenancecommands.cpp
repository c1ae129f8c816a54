#include "cli/maintenancecommands.h"

#include "storage/backup.h"
#include "storage/integrity.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace perisai::cli {

Command checkCommand()
{
    return {QStringLiteral("check"), QCoreApplication::translate("Cli", "check a database's integrity"), [](const QStringList &args) {
                Arguments a(QStringLiteral("check"), QCoreApplication::translate("Cli", "Checks the integrity of a database."));
                if (auto exit = a.parse(args))
                    return *exit;
                if (const QString db = a.value(QStringLiteral("database"));
                    !db.contains(QLatin1String("://")) && !QFileInfo::exists(db))
                    return fail(QCoreApplication::translate("Cli", "check: %1 does not exist").arg(db));
                auto db = a.openDatabase();
                if (!db)
                    return fail(QStringLiteral("check: ") + db.errorText());
                auto report = storage::checkIntegrity(**db);
                if (!report)
                    return fail(QStringLiteral("check: ") + report.errorText());
                for (const QString &note : report->notes)
                    printLine(note);
                for (const QString &problem : report->problems)
                    printError(QCoreApplication::translate("Cli", "problem: %1").arg(problem));
                if (!report->ok())
                    return fail(QCoreApplication::translate("Cli", "check: %n problem(s) found", nullptr, report->problems.size()));
                printLine(QCoreApplication::translate("Cli", "ok"));
                return int(Success);
            }};
}

Command backupCommand()
{
    return {QStringLiteral("backup"), QCoreApplication::translate("Cli", "write a consistent copy of a database"), [](const QStringList &args) {
                Arguments a(QStringLiteral("backup"), QCoreApplication::translate("Cli", "Writes a consistent copy of a database."));
                a.addOption(QStringLiteral("out"), QCoreApplication::translate("Cli", "The backup file to write."), QStringLiteral("FILE"));
                if (auto exit = a.parse(args))
                    return *exit;
                if (a.value(QStringLiteral("out")).isEmpty())
                    return fail(QCoreApplication::translate("Cli", "backup: --out is required"), Usage);
                if (const QString db = a.value(QStringLiteral("database"));
                    !db.contains(QLatin1String("://")) && !QFileInfo::exists(db))
                    return fail(QCoreApplication::translate("Cli", "backup: %1 does not exist").arg(db));
                auto db = a.openDatabase();
                if (!db)
                    return fail(QStringLiteral("backup: ") + db.errorText());
                if (auto st = storage::backupDatabase(**db, a.value(QStringLiteral("out"))); !st)
                    return fail(QStringLiteral("backup: ") + st.errorText());
                printLine(QCoreApplication::translate("Cli", "backup written to %1").arg(a.value(QStringLiteral("out"))));
                return int(Success);
            }};
}

} // namespace perisai::cli
