#include "kpiservice.h"

#include "followup.h"
#include "kpirepository.h"
#include "org.h"
#include "workforcetotal.h"

#include <cmath>
#include <numeric>

namespace perisai::figures {

using namespace perisai::indicators;

namespace {

template <typename T>
qint64 sumOver(const std::map<int, KpiRepository::Month> &months, const PeriodRange &range, T field)
{
    qint64 total = 0;
    for (auto it = months.lower_bound(range.from.key()); it != months.end() && it->first <= range.to.key(); ++it)
        total += it->second.*field;
    return total;
}

qint64 at(const std::map<int, qint64> &m, int key)
{
    auto it = m.find(key);
    return it == m.end() ? 0 : it->second;
}

// A Result's error passed up from inside compute().
#define TRY(var, expr)                \
    auto var = (expr);                \
    if (!var)                         \
        return var.error();

} // namespace

Result<KpiSummary> KpiService::summary(const KpiScope &scope, const PeriodRange &period, const QDate &today) const
{
    auto d = compute(scope, period, today, false);
    if (!d)
        return d.error();
    return d->summary;
}

Result<DashboardData> KpiService::dashboard(const KpiScope &scope, const PeriodRange &period, const QDate &today) const
{
    return compute(scope, period, today, true);
}

Result<DashboardData> KpiService::compute(const KpiScope &scopeRequest, const PeriodRange &asked, const QDate &today,
                                          bool details) const
{
    TRY(scope, resolveScope(m_db, scopeRequest));
    TRY(period, fitPeriod(m_db, asked, today));
    const PeriodRange R = period->range;
    const KpiRepository repo(m_db, *scope);
    DashboardData d;
    KpiSummary &s = d.summary;
    s.period = R;
    s.figuresPeriod = *period;
    s.asOf = period->asOf(today);
    s.officeCode = scope->office.code;
    s.scopeLabel = scope->label();
    s.narrowed = scope->narrowedToAgents();
    const int year = R.to.year();
    const QDate asOf = s.asOf;

    // Acquisitions: the period, the same months last year, the whole of last year, the cumulative year.
    const YearMonth first = std::min(R.from.addMonths(-12), YearMonth(year - 1, 1));
    TRY(months, repo.months({first, R.to}));
    using M = KpiRepository::Month;
    s.acquisitions = sumOver(*months, R, &M::acquisitions);
    s.acquisitionsSamePeriodLastYear = sumOver(*months, R.previousYear(), &M::acquisitions);
    s.acquisitionsLastFullYear = sumOver(*months, PeriodRange::year(year - 1), &M::acquisitions);
    s.recruitContributions = sumOver(*months, R, &M::recruitContributions);
    d.year = year;
    d.monthsElapsed = R.to.month();
    for (int m = 1; m <= 12; ++m) {
        if (m <= d.monthsElapsed)
            d.thisYear[m - 1] = sumOver(*months, {{year, m}, {year, m}}, &M::acquisitions);
        d.lastYear[m - 1] = sumOver(*months, {{year - 1, m}, {year - 1, m}}, &M::acquisitions);
    }
    d.yearToDate = std::accumulate(d.thisYear.begin(), d.thisYear.end(), qint64(0));
    d.yearToDateLastYear = std::accumulate(d.lastYear.begin(), d.lastYear.begin() + d.monthsElapsed, qint64(0));
    d.yearToDateAgainstLastFullYear = d.yearToDate - s.acquisitionsLastFullYear;
    std::partial_sum(d.lastYear.begin(), d.lastYear.end(), d.lastYearCumulative.begin());
    std::partial_sum(d.thisYear.begin(), d.thisYear.begin() + d.monthsElapsed, d.thisYearCumulative.begin());
    s.outlook = yearEndOutlook(d.yearToDate, d.monthsElapsed, d.lastYear);
    d.outlookPath = outlookPath(d.thisYear, d.monthsElapsed, d.lastYear);

    s.activeRecruits = sumOver(*months, {R.to, R.to}, &M::activePerisai);
    s.activeParticipants = s.activeRecruits + sumOver(*months, {R.to, R.to}, &M::activeOther);

    // Retention of the period's cohorts, as far as the data goes.
    TRY(lastObserved, repo.lastObserved());
    d.lastObserved = *lastObserved;
    QList<int> ks{3, 6, 12};
    if (details) {
        ks.clear();
        for (int k = 0; k <= d.cohortMaxK; ++k)
            ks << k;
    }
    TRY(paid, repo.cohortPaid(R, ks, *lastObserved));
    CohortData cohorts;
    cohorts.paid = std::move(*paid);
    for (YearMonth c = R.from; c <= R.to; c = c.addMonths(1))
        cohorts.sizes[c.key()] = sumOver(*months, {c, c}, &M::acquisitions);
    s.retention3 = retentionShare(cohorts, 3, R, *lastObserved);
    s.retention6 = retentionShare(cohorts, 6, R, *lastObserved);
    s.retention12 = retentionShare(cohorts, 12, R, *lastObserved);

    // Target and achievement (the scope's own target, or what is set below it), flagged above the cap in
    // force at the period's end.
    TRY(org, loadOrg(m_db, *scope));
    TRY(targets, TargetBook::load(m_db, *org, R));
    TRY(cap, targetCap(m_db, R.to.lastDay()));
    s.cap = *cap;
    const TargetFigure scopeTarget = scope->agentId   ? targets->agent(scope->agentId)
                                     : scope->wadahId ? targets->wadah(scope->wadahId)
                                                      : targets->office(scope->office.id);
    s.target = scopeTarget.value;
    s.targetSource = scopeTarget.source;
    s.achievement = targetAchievement(s.acquisitions, s.target, s.cap);

    // Agents registered at the period's end, and productive in its last month.
    TRY(productive, repo.productiveByMonth(R));
    auto inScope = [&](const AgentUnit &a) { return !scope->narrowedToAgents() || scope->agentIds.contains(a.id); };
    for (const auto &a : org->agents)
        s.agentsRegistered += inScope(a) && registeredOn(a.tenure, R.to.lastDay());
    s.agentsProductive = at(*productive, R.to.key());

    // Coverage: the office's protected workers against its region's reference figures.
    TRY(workforceFigures, repo.workforce());
    const WorkforceTotal workforce = officeWorkforce(scope->offices, scope->office.id, *workforceFigures, year);
    qint64 protectedWorkers = s.activeParticipants;
    if (scope->narrowedToAgents()) {
        TRY(inOffice, repo.activeInOffice(R.to));
        protectedWorkers = *inOffice;
    }
    s.coverage = coverage(protectedWorkers, s.activeRecruits, workforce.informalWorkers, workforce.workingPopulation);
    s.coverageRegion = workforce.regions.join(QStringLiteral(", "));
    s.coverageYear = workforce.year;

    TRY(claims, repo.claims(R));
    s.claimsByProgram = *claims;
    for (const auto &[program, c] : s.claimsByProgram) {
        s.claimsCount += c.count;
        s.claimsAmount += c.amount;
    }

    TRY(monev, followUpFigures(m_db, *scope, {R, asOf}));
    s.monevSessions = monev->sessions;
    s.attendanceRate = monev->attendanceRate();
    s.openActions = monev->openActions;
    s.overdueActions = monev->overdueActions;

    TRY(agreements, repo.agreements());
    s.agreements = agreementCounts(*agreements, asOf);

    if (!details)
        return d;

    // Month by month over the period.
    size_t i = 0;
    for (YearMonth m = R.from; m <= R.to; m = m.addMonths(1), ++i) {
        MonthFigures f;
        f.month = m;
        f.acquisitions = sumOver(*months, {m, m}, &M::acquisitions);
        f.acquisitionsLastYear = sumOver(*months, {m.addMonths(-12), m.addMonths(-12)}, &M::acquisitions);
        f.target = i < scopeTarget.byMonth.size() ? scopeTarget.byMonth[i] : 0.0;
        f.activePerisai = sumOver(*months, {m, m}, &M::activePerisai);
        f.activeAll = f.activePerisai + sumOver(*months, {m, m}, &M::activeOther);
        for (const auto &a : org->agents)
            f.agentsRegistered += inScope(a) && registeredOn(a.tenure, m.lastDay());
        f.agentsProductive = at(*productive, m.key());
        d.months.push_back(f);
    }
    d.cohorts = cohortTable(cohorts, R, d.cohortMaxK, *lastObserved);

    // The same figures per agent (ranked: the leaderboard), per wadah and per KCP.
    const detail::UnitContext units{m_db, *scope, *org, *targets, R, *lastObserved, s.cap};
    TRY(byAgent, detail::agentFigures(units));
    d.byWadah = detail::wadahFigures(units, *byAgent);
    TRY(byKcp, detail::officeFigures(units, *byAgent, UnitLevel::Kcp));
    d.byKcp = std::move(*byKcp);
    TRY(byBranch, detail::officeFigures(units, *byAgent, UnitLevel::Branch));
    d.byBranch = std::move(*byBranch);
    d.byAgent = std::move(*byAgent);
    std::stable_sort(d.byAgent.begin(), d.byAgent.end(), [](const UnitFigures &a, const UnitFigures &b) { return a.rank < b.rank; });
    std::stable_sort(d.byWadah.begin(), d.byWadah.end(),
                     [](const UnitFigures &a, const UnitFigures &b) { return a.achievement.ratio > b.achievement.ratio; });
    return d;
}

} // namespace perisai::figures
