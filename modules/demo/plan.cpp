#include "demo/plan.h"

namespace perisai::demo {
namespace {

const qint64 kBrackets[] = {1'000'000, 1'500'000, 2'000'000, 3'000'000, 5'000'000};

} // namespace

std::span<const qint64> incomeBrackets() { return kBrackets; }

qint64 contributionAmount(quint8 program, quint8 bracket)
{
    const qint64 income = kBrackets[bracket];
    const qint64 jkkJkm = income / 100 + 6'800;
    return program == 1 ? jkkJkm + income * 2 / 100 : jkkJkm;
}

double lapseSeason(int calendarMonth)
{
    static const double season[] = {1.25, 1.0, 1.0, 1.3, 1.2, 1.0, 1.4, 1.0, 0.9, 0.9, 0.9, 0.85};
    return season[calendarMonth - 1];
}

double acquisitionSeason(int calendarMonth)
{
    static const double season[] = {0.82, 0.9, 1.0, 0.88, 0.94, 1.04, 1.0, 1.1, 1.08, 1.12, 1.18, 1.06};
    return season[calendarMonth - 1];
}

Plan buildPlan(const Options &options)
{
    Plan plan;
    plan.options = options;
    plan.scenario = scenarioFor(options);
    plan.months = plan.scenario.months();
    plan.refJd = plan.scenario.last.lastDay().toJulianDay();
    Rng rng(options.seed);
    buildOffices(plan, rng);
    buildWadah(plan, rng);
    buildAgents(plan, rng);
    buildMembers(plan, rng);
    buildClaims(plan, rng);
    settleExactFigures(plan, rng);
    return plan;
}

} // namespace perisai::demo
