#include "incentives/incentivescommand.h"

#include "incentives/monthexport.h"
#include "incentives/service.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace perisai::incentives {

namespace {

int runIncentives(const QStringList &args)
{
    cli::Arguments a(
        QStringLiteral("incentives"),
        QCoreApplication::translate("Incentives", "Prints one month's incentives per agent and wadah; --approve approves it."));
    a.addOption(QStringLiteral("period"), QCoreApplication::translate("Incentives", "The month, YYYY-MM."),
                QStringLiteral("YYYY-MM"));
    a.addOption(QStringLiteral("office"),
                QCoreApplication::translate("Incentives", "The office code (default: the database's branch)."),
                QStringLiteral("CODE"));
    a.addOption(QStringLiteral("format"), QCoreApplication::translate("Incentives", "json (default) or csv."),
                QStringLiteral("FORMAT"));
    a.addOption(QStringLiteral("approve"),
                QCoreApplication::translate("Incentives", "Approve the month: its figures are frozen."));
    if (auto exit = a.parse(args))
        return *exit;
    const YearMonth month = YearMonth::parse(a.value(QStringLiteral("period")));
    if (!month.isValid())
        return cli::fail(QCoreApplication::translate("Incentives", "incentives: --period YYYY-MM is required"), cli::Usage);
    const QString format = a.isSet(QStringLiteral("format")) ? a.value(QStringLiteral("format")) : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return cli::fail(
            QCoreApplication::translate("Incentives", "incentives: --format must be json or csv, not %1").arg(format),
            cli::Usage);
    if (month > YearMonth::fromDate(QDate::currentDate()))
        return cli::fail(QCoreApplication::translate("Incentives", "incentives: %1 is in the future").arg(month.toString()));
    if (const QString db = a.value(QStringLiteral("database")); !db.contains(QLatin1String("://")) && !QFileInfo::exists(db))
        return cli::fail(QCoreApplication::translate("Incentives", "incentives: %1 does not exist").arg(db));

    auto db = a.openDatabase();
    if (!db)
        return cli::fail(QStringLiteral("incentives: ") + db.errorText());
    const IncentiveService service(**db);
    const QString office = a.value(QStringLiteral("office"));
    // Without --approve the month is recorded as prepared by this user (on a server another person approves).
    auto view = a.isSet(QStringLiteral("approve")) ? service.approve(office, month) : service.prepare(office, month);
    if (!view)
        return cli::fail(QStringLiteral("incentives: ") + view.errorText());
    const QString text = format == QLatin1String("csv") ? monthCsv(*view) : monthJson(*view);
    cli::printLine(text.endsWith(QLatin1Char('\n')) ? text.chopped(1) : text);
    return int(cli::Success);
}

} // namespace

cli::Command incentivesCommand()
{
    return {QStringLiteral("incentives"),
            QCoreApplication::translate("Incentives", "one month's incentives per agent and wadah; approve it"), runIncentives};
}

} // namespace perisai::incentives
