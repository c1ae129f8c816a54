// The agent scorecard joins the report catalog (the `report` command and the Reports page).
#include "rostermodule.h"

#include "agentscorecard.h"
#include "lookuprepository.h"

namespace perisai::roster {

Result<std::vector<reports::Choice>> choicesOf(const Result<QList<Option>> &options)
{
    if (!options)
        return options.error();
    std::vector<reports::Choice> choices;
    for (const Option &o : *options)
        choices.push_back({o.code, o.display()});
    return choices;
}

void registerReports()
{
    reports::ReportCatalog::add({QStringLiteral("agent"), QT_TRANSLATE_NOOP("Report", "Agent scorecard"),
                                 reports::ReportKind::Period | reports::ReportKind::Agent, &buildAgentScorecard, 20,
                                 [](const storage::Database &db) { return choicesOf(LookupRepository(db).agents()); }});
}

} // namespace perisai::roster
