#include "kpiservice.h"

#include "kpirepository.h"
#include "scopefigures.h"

#include <cmath>
#include <numeric>

namespace perisai::performance {

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

Result<DashboardData> KpiService::compute(const KpiScope &scopeRequest, const PeriodRange &R, const QDate &today,
                                          bool details) const
{
    TRY(scope, resolveScope(m_db, scopeRequest));
    const KpiRepository repo(m_db, *scope);
    DashboardData d;
    KpiSummary &s = d.summary;
    s.period = R;
    s.officeCode = scope->office.code;
    s.scopeLabel = scope->label();
    s.narrowed = scope->narrowedToAgents();
    const int year = R.to.year();
    const QDate asOf = std::min(today, R.to.lastDay());

    // Acquisitions: the period, the same months last year, the whole of last year, the cumulative year.
    const YearMonth first = std::min(R.from.addMonths(-12), YearMonth(year - 1, 1));
    TRY(months, repo.months({first, R.to}));
    using M = KpiRepository::Month;
    s.acquisitions = sumOver(*months, R, &M::acquisitions);
    s.acquisitionsSamePeriodLastYear = sumOver(*months, R.previousYear(), &M::acquisitions);
    s.acquisitionsLastFullYear = sumOver(*months, PeriodRange::year(year - 1), &M::acquisitions);
    d.year = year;
    d.monthsElapsed = R.to.month();
    for (int m = 1; m <= 12; ++m) {
        if (m <= d.monthsElapsed)
            d.thisYear[m - 1] = sumOver(*months, {{year, m}, {year, m}}, &M::acquisitions);
        d.lastYear[m - 1] = sumOver(*months, {{year - 1, m}, {year - 1, m}}, &M::acquisitions);
    }
    const qint64 yearToDate = std::accumulate(d.thisYear.begin(), d.thisYear.end(), qint64(0));
    s.outlook = yearEndOutlook(yearToDate, d.monthsElapsed, d.lastYear);
    d.outlookPath = outlookPath(d.thisYear, d.monthsElapsed, d.lastYear);

    const qint64 activePerisai = sumOver(*months, {R.to, R.to}, &M::activePerisai);
    s.activeParticipants = activePerisai + sumOver(*months, {R.to, R.to}, &M::activeOther);

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
    s.retention3 = retentionAt(cohorts, 3, R, *lastObserved);
    s.retention6 = retentionAt(cohorts, 6, R, *lastObserved);
    s.retention12 = retentionAt(cohorts, 12, R, *lastObserved);

    // Target and achievement, flagged above the cap in force at the period's end.
    TRY(targets, repo.scopeTargets(R));
    TRY(cap, repo.targetCap(R.to.lastDay()));
    s.cap = *cap;
    std::vector<double> scopeTarget;
    if (scope->agentId)
        scopeTarget = targetByMonth((*targets)[{QStringLiteral("agen"), scope->agentCode}], R);
    else if (scope->wadahId)
        scopeTarget = targetByMonth((*targets)[{QStringLiteral("wadah"), scope->wadahCode}], R);
    else
        scopeTarget = officeTargetByMonth(scope->offices, scope->office.id, *targets, R);
    s.target = std::llround(std::accumulate(scopeTarget.begin(), scopeTarget.end(), 0.0));
    s.achievement = targetAchievement(s.acquisitions, s.target, s.cap);

    // Agents registered at the period's end, and productive in its last month.
    TRY(agents, repo.agents());
    TRY(productive, repo.productiveByMonth(R));
    for (const auto &a : *agents)
        s.agentsRegistered += registeredOn(a.tenure, R.to.lastDay());
    s.agentsProductive = at(*productive, R.to.key());

    // Coverage: the office's protected workers against its region's reference figures.
    TRY(figures, repo.workforce());
    const WorkforceTotal workforce = officeWorkforce(scope->offices, scope->office.id, *figures, year);
    qint64 protectedWorkers = s.activeParticipants;
    if (scope->narrowedToAgents()) {
        TRY(inOffice, repo.activeInOffice(R.to));
        protectedWorkers = *inOffice;
    }
    s.coverage = coverage(protectedWorkers, activePerisai, workforce.informalWorkers, workforce.workingPopulation);
    s.coverageRegion = workforce.regions.join(QStringLiteral(", "));
    s.coverageYear = workforce.year;

    TRY(claims, repo.claims(R));
    s.claimsByProgram = *claims;
    for (const auto &[program, c] : s.claimsByProgram) {
        s.claimsCount += c.count;
        s.claimsAmount += c.amount;
    }

    TRY(monev, repo.monev(R, asOf));
    s.monevSessions = monev->sessions;
    s.attendanceRate = ratio(static_cast<double>(monev->present), static_cast<double>(monev->invited));
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
        f.target = i < scopeTarget.size() ? scopeTarget[i] : 0.0;
        f.activePerisai = sumOver(*months, {m, m}, &M::activePerisai);
        f.activeAll = f.activePerisai + sumOver(*months, {m, m}, &M::activeOther);
        for (const auto &a : *agents)
            f.agentsRegistered += registeredOn(a.tenure, m.lastDay());
        f.agentsProductive = at(*productive, m.key());
        d.months.push_back(f);
    }
    d.cohorts = cohortTable(cohorts, R, d.cohortMaxK, *lastObserved);

    // Achievement by agent (ranked: the leaderboard) and by wadah (its agents added up).
    TRY(byAgent, repo.byAgent(R));
    TRY(members, repo.memberTargets(R));
    auto memberTarget = [&members](const char *level, const QString &code) {
        auto it = members->find({QString::fromLatin1(level), code});
        return it == members->end() ? qint64(0) : it->second;
    };
    TRY(wadah, repo.wadah());
    std::map<qint64, AchievementRow> wadahRows;
    for (const auto &w : *wadah) {
        AchievementRow &row = wadahRows[w.id];
        row.id = w.id;
        row.code = w.code;
        row.name = w.name;
        row.target = memberTarget("wadah", w.code);
    }
    std::vector<AgentScore> scores;
    std::map<qint64, AchievementRow> agentRows;
    for (const auto &a : *agents) {
        const auto fig = byAgent->count(a.id) ? byAgent->at(a.id) : KpiRepository::AgentFigures{};
        AchievementRow row{a.id, a.code, a.name, {}, fig.acquisitions, fig.activeRecruits, fig.collected, 0, {}, 0};
        row.target = memberTarget("agen", a.code);
        row.achievement = targetAchievement(row.acquisitions, row.target, s.cap);
        if (auto w = wadahRows.find(a.wadahId); w != wadahRows.end()) {
            row.wadahName = w->second.name;
            w->second.acquisitions += row.acquisitions;
            w->second.activeRecruits += row.activeRecruits;
            w->second.collected += row.collected;
        }
        scores.push_back({a.id, row.acquisitions, row.activeRecruits, row.collected, 0});
        agentRows[a.id] = row;
    }
    rankAgents(scores);
    for (const auto &sc : scores) {
        AchievementRow row = agentRows[sc.agentId];
        row.rank = sc.rank;
        d.byAgent.push_back(row);
    }
    for (auto &[id, row] : wadahRows) {
        row.achievement = targetAchievement(row.acquisitions, row.target, s.cap);
        d.byWadah.push_back(row);
    }
    std::stable_sort(d.byWadah.begin(), d.byWadah.end(),
                     [](const AchievementRow &a, const AchievementRow &b) { return a.achievement.ratio > b.achievement.ratio; });
    return d;
}

} // namespace perisai::performance
