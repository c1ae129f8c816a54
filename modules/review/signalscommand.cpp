#include "signalscommand.h"

#include "caserepository.h"
#include "reviewservice.h"
#include "signalexport.h"

#include <QCoreApplication>
#include <QFileInfo>

// The command's words, in the "SignalsCommand" translation context.
struct SignalsCommand {
    Q_DECLARE_TR_FUNCTIONS(SignalsCommand)
};

namespace perisai::review {
namespace {

int runSignals(const QStringList &args)
{
    cli::Arguments a(QStringLiteral("signals"), SignalsCommand::tr("Prints the fraud signals of a period: indicators for a person to review, never verdicts."));
    a.addOption(QStringLiteral("period"), SignalsCommand::tr("Months FROM..TO (YYYY-MM..YYYY-MM), one month YYYY-MM or a year YYYY."), QStringLiteral("FROM..TO"));
    a.addOption(QStringLiteral("office"), SignalsCommand::tr("The office code (default: the branch of the database)."), QStringLiteral("CODE"));
    a.addOption(QStringLiteral("format"), SignalsCommand::tr("json (default) or csv."), QStringLiteral("FORMAT"));
    if (auto exit = a.parse(args))
        return *exit;
    if (a.value(QStringLiteral("period")).isEmpty())
        return cli::fail(SignalsCommand::tr("signals: --period is required"), cli::Usage);
    const auto period = PeriodRange::parse(a.value(QStringLiteral("period")));
    if (!period)
        return cli::fail(QStringLiteral("signals: ") + period.errorText(), cli::Usage);
    const QString format = a.isSet(QStringLiteral("format")) ? a.value(QStringLiteral("format")) : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return cli::fail(SignalsCommand::tr("signals: --format must be json or csv, not %1").arg(format), cli::Usage);
    if (const QString db = a.value(QStringLiteral("database")); !db.contains(QLatin1String("://")) && !QFileInfo::exists(db))
        return cli::fail(SignalsCommand::tr("signals: %1 does not exist").arg(db));

    auto db = a.openDatabase();
    if (!db)
        return cli::fail(QStringLiteral("signals: ") + db.errorText());
    const auto table = figures::signalFigures(**db, {a.value(QStringLiteral("office")), {}, {}}, *period);
    if (!table)
        return cli::fail(QStringLiteral("signals: ") + table.errorText());
    CaseRepository cases(**db);
    std::vector<ReportedSignal> rows;
    for (const figures::AgentSignal &s : table->raised) {
        auto latest = cases.latestSignalCase(s.agentId, figures::signalKey(s.kind));
        if (!latest)
            return cli::fail(QStringLiteral("signals: ") + latest.errorText());
        rows.push_back({&s, reportedState(*latest, s.participants)});
    }
    if (table->period.cut())
        cli::printError(SignalsCommand::tr("signals: figures for %1").arg(figures::periodText(table->period)));
    const QString text = format == QLatin1String("csv") ? signalsCsv(rows) : signalsJson(*table, rows);
    cli::printLine(text.endsWith(QLatin1Char('\n')) ? text.chopped(1) : text);
    return int(cli::Success);
}

} // namespace

cli::Command signalsCommand()
{
    return {QStringLiteral("signals"), SignalsCommand::tr("print the fraud signals of a period as JSON or CSV"), runSignals};
}

} // namespace perisai::review
