#include "rosterdata.h"

#include "roster/agentrepository.h"
#include "roster/participantrepository.h"
#include "roster/wadahrepository.h"
#include "storage/database.h"
#include "storage/meta.h"

namespace perisai::roster {

RosterData loadRosterData(const storage::Database &db, const QDate &today, bool deactivate)
{
    RosterData data;
    auto fail = [&data](const Error &e) {
        data.error = e.text();
        return data;
    };
    if (deactivate) {
        auto changes = RosterService(db, today).applyAutomaticDeactivation();
        if (changes)
            data.deactivated = *changes;
        else
            data.deactivationError = changes.error().text();
    }
    LookupRepository lookups(db);
    auto month = lookups.referenceMonth(today);
    if (!month)
        return fail(month.error());
    data.month = *month;
    auto period = ParticipantRepository(db).activePeriod(today);
    if (!period)
        return fail(period.error());
    data.activePeriod = *period > 0 ? *period : data.month.key();
    if (auto rule = lookups.rule(QStringLiteral("wadah"), today); rule)
        data.minAgents = rule->value(QStringLiteral("min_agents")).toInt(5);
    data.branchName = storage::readMeta(db, QStringLiteral("branch_name"));

    auto offices = lookups.offices();
    auto wadah = lookups.wadah();
    auto agents = lookups.agents();
    auto banks = lookups.banks();
    if (!offices || !wadah || !agents || !banks)
        return fail(!offices ? offices.error() : !wadah ? wadah.error() : !agents ? agents.error() : banks.error());
    data.lookups = {*offices, *wadah, *agents, {}, *banks};

    auto agentRows = AgentRepository(db).list(data.month);
    if (!agentRows)
        return fail(agentRows.error());
    data.agents = std::move(*agentRows);
    auto wadahRows = WadahRepository(db).list(data.month, today);
    if (!wadahRows)
        return fail(wadahRows.error());
    data.wadah = std::move(*wadahRows);
    return data;
}

} // namespace perisai::roster
