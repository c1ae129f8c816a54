// The agent scorecard joins the report catalog (the `report` command and the Reports page).
#include "rostermodule.h"

#include "agentscorecard.h"
#include "reportchoices.h"

namespace perisai::roster {

void registerReports()
{
    reports::ReportCatalog::add({QStringLiteral("agent"), QT_TRANSLATE_NOOP("Report", "Agent scorecard"),
                                 reports::ReportKind::Period | reports::ReportKind::Agent, &buildAgentScorecard, 20,
                                 &agentChoices});
}

} // namespace perisai::roster
