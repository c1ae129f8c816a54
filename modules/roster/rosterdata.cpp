#include "rosterdata.h"

#include "roster/agentrepository.h"
#include "figures/kpiservice.h"
#include "figures/officeagents.h"
#include "figures/unitfigures.h"
#include "roster/participantrepository.h"
#include "roster/wadahrepository.h"
#include "storage/database.h"
#include "storage/meta.h"

#include <QHash>

namespace perisai::roster {

namespace {

// The figures of every agent and wadah, and of the office for the tiles: January up to the reference month,
// and the reference month alone.
Status addFigures(const storage::Database &db, const QDate &today, RosterData &data)
{
    const PeriodRange year{{data.month.year(), 1}, data.month};
    const PeriodRange month{data.month, data.month};
    const figures::KpiService kpi(db);
    auto yearSummary = kpi.summary({}, year, today);
    auto monthSummary = kpi.summary({}, month, today);
    auto agents = figures::unitFigures(db, {}, figures::UnitLevel::Agent, year, today, {true});
    auto agentsMonth = figures::unitFigures(db, {}, figures::UnitLevel::Agent, month, today);
    auto wadah = figures::unitFigures(db, {}, figures::UnitLevel::Wadah, year, today);
    if (auto st = firstError(yearSummary, monthSummary, agents, agentsMonth, wadah); !st)
        return st;
    data.year = *yearSummary;
    data.monthFigures = *monthSummary;
    QHash<qint64, const figures::UnitFigures *> byAgent, byAgentMonth, byWadah;
    for (const auto &u : agents->rows)
        byAgent.insert(u.id, &u);
    for (const auto &u : agentsMonth->rows)
        byAgentMonth.insert(u.id, &u);
    for (const auto &u : wadah->rows)
        byWadah.insert(u.id, &u);
    for (AgentRow &r : data.agents) {
        if (const figures::UnitFigures *u = byAgent.value(r.id)) {
            r.lastActivePeriod = u->lastActiveMonth;
            r.yearAcquisitions = u->acquisitions;
            r.activeRecruits = u->activeRecruits;
            r.target = u->target.value;
            r.achievement = u->achievement.ratio;
            r.aboveCap = u->achievement.aboveCap;
        }
        if (const figures::UnitFigures *u = byAgentMonth.value(r.id)) {
            r.monthAcquisitions = u->acquisitions;
            r.productive = u->productive;
        }
    }
    for (WadahRow &w : data.wadah) {
        if (const figures::UnitFigures *u = byWadah.value(w.id)) {
            w.agentsRegistered = u->agentsRegistered;
            w.agentsActive = u->agentsActive;
            w.yearAcquisitions = u->acquisitions;
        }
    }
    return {};
}

} // namespace

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
    auto month = figures::referenceMonth(db, today);
    if (!month)
        return fail(month.error());
    data.month = *month;
    data.activePeriod = data.month.key(); // "active": paid for the month the tiles count
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

    auto agentRows = AgentRepository(db).list();
    if (!agentRows)
        return fail(agentRows.error());
    data.agents = std::move(*agentRows);
    auto wadahRows = WadahRepository(db).list(today);
    if (!wadahRows)
        return fail(wadahRows.error());
    data.wadah = std::move(*wadahRows);
    if (auto st = addFigures(db, today, data); !st)
        return fail(st.error());
    return data;
}

} // namespace perisai::roster
