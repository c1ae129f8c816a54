#include "kpicommand.h"

#include "figures/kpiexport.h"
#include "figures/kpiservice.h"
#include "figures/unitexport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace perisai::performance {

namespace {

int runKpi(const QStringList &args)
{
    cli::Arguments a(QStringLiteral("kpi"), QCoreApplication::translate("Kpi", "Prints the indicators of a period."));
    a.addOption(QStringLiteral("period"), QCoreApplication::translate("Kpi", "Months FROM..TO (YYYY-MM..YYYY-MM), one month YYYY-MM or a year YYYY."),
                QStringLiteral("FROM..TO"));
    a.addOption(QStringLiteral("office"), QCoreApplication::translate("Kpi", "The office code (default: the top office)."),
                QStringLiteral("CODE"));
    a.addOption(QStringLiteral("wadah"), QCoreApplication::translate("Kpi", "Only this wadah's agents."), QStringLiteral("CODE"));
    a.addOption(QStringLiteral("agent"), QCoreApplication::translate("Kpi", "Only this agent."), QStringLiteral("CODE"));
    a.addOption(QStringLiteral("by"), QCoreApplication::translate("Kpi", "One row per kc (the branches of a kanwil), kcp, wadah or agent of the office."),
                QStringLiteral("LEVEL"));
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
    std::optional<figures::UnitLevel> by;
    if (a.isSet(QStringLiteral("by"))) {
        by = figures::unitLevelFromKey(a.value(QStringLiteral("by")));
        if (!by)
            return cli::fail(QCoreApplication::translate("Kpi", "kpi: --by must be kc, kcp, wadah or agent, not %1").arg(a.value(QStringLiteral("by"))),
                             cli::Usage);
    }
    if (const QString db = a.value(QStringLiteral("database")); !db.contains(QLatin1String("://")) && !QFileInfo::exists(db))
        return cli::fail(QCoreApplication::translate("Kpi", "kpi: %1 does not exist").arg(db));

    auto db = a.openDatabase();
    if (!db)
        return cli::fail(QStringLiteral("kpi: ") + db.errorText());
    const figures::KpiScope scope{a.value(QStringLiteral("office")), a.value(QStringLiteral("wadah")), a.value(QStringLiteral("agent"))};
    const bool csv = format == QLatin1String("csv");
    QString text;
    figures::FiguresPeriod covered;
    if (by) {
        auto resolved = figures::resolveScope(**db, scope);
        if (!resolved)
            return cli::fail(QStringLiteral("kpi: ") + resolved.errorText());
        const auto table = figures::unitFigures(**db, scope, *by, *period);
        if (!table)
            return cli::fail(QStringLiteral("kpi: ") + table.errorText());
        covered = table->period;
        text = csv ? figures::unitCsv(*table) : figures::unitJson(*table, resolved->office.code);
    } else {
        const auto summary = figures::KpiService(**db).summary(scope, *period);
        if (!summary)
            return cli::fail(QStringLiteral("kpi: ") + summary.errorText());
        covered = summary->figuresPeriod;
        text = csv ? figures::kpiCsv(*summary) : figures::kpiJson(*summary);
    }
    // The JSON says it in "period"; a note on standard error says it for either format.
    if (covered.cut())
        cli::printError(QCoreApplication::translate("Kpi", "kpi: figures for %1").arg(figures::periodText(covered)));
    cli::printLine(text.endsWith(QLatin1Char('\n')) ? text.chopped(1) : text);
    return int(cli::Success);
}

} // namespace

cli::Command kpiCommand()
{
    return {QStringLiteral("kpi"), QCoreApplication::translate("Kpi", "print the indicators of a period as JSON or CSV"), runKpi};
}

} // namespace perisai::performance
