#include "kpicommand.h"

#include "kpiexport.h"
#include "kpiservice.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace perisai::performance {

namespace {

int runKpi(const QStringList &args)
{
    cli::Arguments a(QStringLiteral("kpi"), QCoreApplication::translate("Kpi", "Prints the indicators of a period."));
    a.addOption(QStringLiteral("period"), QCoreApplication::translate("Kpi", "Months FROM..TO (YYYY-MM..YYYY-MM) or a year YYYY."),
                QStringLiteral("FROM..TO"));
    a.addOption(QStringLiteral("office"), QCoreApplication::translate("Kpi", "The office code (default: the top office)."),
                QStringLiteral("CODE"));
    a.addOption(QStringLiteral("wadah"), QCoreApplication::translate("Kpi", "Only this wadah's agents."), QStringLiteral("CODE"));
    a.addOption(QStringLiteral("agent"), QCoreApplication::translate("Kpi", "Only this agent."), QStringLiteral("CODE"));
    a.addOption(QStringLiteral("format"), QCoreApplication::translate("Kpi", "json (default) or csv."), QStringLiteral("FORMAT"));
    if (auto exit = a.parse(args))
        return *exit;

    if (a.value(QStringLiteral("period")).isEmpty())
        return cli::fail(QCoreApplication::translate("Kpi", "kpi: --period is required"), cli::Usage);
    const auto period = PeriodRange::parse(a.value(QStringLiteral("period")));
    if (!period)
        return cli::fail(QStringLiteral("kpi: ") + period.errorText(), cli::Usage);
    const QString format = a.isSet(QStringLiteral("format")) ? a.value(QStringLiteral("format")) : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return cli::fail(QCoreApplication::translate("Kpi", "kpi: --format must be json or csv, not %1").arg(format), cli::Usage);
    if (const QString db = a.value(QStringLiteral("database")); !db.contains(QLatin1String("://")) && !QFileInfo::exists(db))
        return cli::fail(QCoreApplication::translate("Kpi", "kpi: %1 does not exist").arg(db));

    auto db = a.openDatabase();
    if (!db)
        return cli::fail(QStringLiteral("kpi: ") + db.errorText());
    const KpiScope scope{a.value(QStringLiteral("office")), a.value(QStringLiteral("wadah")), a.value(QStringLiteral("agent"))};
    const auto summary = KpiService(**db).summary(scope, *period);
    if (!summary)
        return cli::fail(QStringLiteral("kpi: ") + summary.errorText());
    const QString text = format == QLatin1String("csv") ? kpiCsv(*summary) : kpiJson(*summary);
    cli::printLine(text.endsWith(QLatin1Char('\n')) ? text.chopped(1) : text);
    return int(cli::Success);
}

} // namespace

cli::Command kpiCommand()
{
    return {QStringLiteral("kpi"), QCoreApplication::translate("Kpi", "print the indicators of a period as JSON or CSV"), runKpi};
}

} // namespace perisai::performance
