#pragma once
// What the roster page shows, read in one go on its query thread: the lists and their figures, the choices
// of the filters and forms, the reference month, and the automatic deactivations made on the way in.

#include "core/period.h"
#include "figures/kpidata.h"
#include "roster/agent.h"
#include "roster/lookuprepository.h"
#include "roster/rosterservice.h"
#include "roster/wadah.h"

#include <vector>

namespace perisai::roster {

struct Lookups {
    QList<Option> offices;
    QList<Option> wadah;
    QList<Option> agents;
    QStringList occupations;
    QStringList banks;
};

struct RosterData {
    YearMonth month;                    // "this month" of the figures: the last month with data
    figures::KpiSummary year;           // the default office, January up to `month` (the tiles)
    figures::KpiSummary monthFigures;   // the same for `month` alone
    int activePeriod = 0;               // the month that makes a participant active
    int minAgents = 5;                  // per wadah, from program_rules 'wadah'
    QString branchName;
    Lookups lookups;
    std::vector<AgentRow> agents;
    std::vector<WadahRow> wadah;
    QList<StatusChange> deactivated;    // automatic deactivations just made
    QString deactivationError;          // the rule could not be applied (the lists are still shown)
    QString error;
};

// `deactivate`: apply the automatic deactivation rule first (once when the page opens, and after imports).
RosterData loadRosterData(const storage::Database &db, const QDate &today, bool deactivate);

} // namespace perisai::roster
