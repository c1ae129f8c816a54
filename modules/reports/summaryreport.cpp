#include "reports/summaryreport.h"

#include "core/format.h"
#include "figures/kpiservice.h"
#include "reports/reportlabels.h"

#include <QCoreApplication>
#include <algorithm>

namespace perisai::reports {
namespace {

RankedRow ranked(const figures::UnitFigures &r)
{
    return {r.code, r.name, r.wadahName, r.acquisitions, r.activeRecruits, r.collected, r.target.value, r.achievement.ratio, r.rank};
}

} // namespace

BranchSummaryData summaryData(const figures::DashboardData &dashboard, const QString &officeName)
{
    const figures::KpiSummary &s = dashboard.summary;
    BranchSummaryData d;
    d.officeName = officeName;
    d.period = s.period;
    d.periodNote = figures::cutNote(s.figuresPeriod);
    d.acquisitions = s.acquisitions;
    d.acquisitionsSamePeriodLastYear = s.acquisitionsSamePeriodLastYear;
    d.acquisitionsLastFullYear = s.acquisitionsLastFullYear;
    d.againstLastFullYear = s.againstLastFullYear();
    d.target = s.target;
    d.targetSource = figures::targetSourceText(s.targetSource);
    d.achievement = s.achievement.ratio;
    d.aboveCap = s.achievement.aboveCap;
    d.activeParticipants = s.activeParticipants;
    d.retention3 = s.retention3;
    d.retention6 = s.retention6;
    d.retention12 = s.retention12;
    d.agentsRegistered = s.agentsRegistered;
    d.agentsProductive = s.agentsProductive;
    d.informalWorkers = s.coverage.informalWorkers;
    d.protectedWorkers = s.coverage.protectedWorkers;
    d.coverage = s.coverage.ratio;
    d.perisaiShare = s.coverage.perisaiShare;
    d.coverageSource = s.coverageYear ? QStringLiteral("%1 %2").arg(s.coverageRegion).arg(s.coverageYear) : s.coverageRegion;
    d.claimsCount = s.claimsCount;
    d.claimsAmount = s.claimsAmount;
    for (const auto &[program, c] : s.claimsByProgram)
        d.claimsByProgram[program] = {c.count, c.amount};
    d.monevSessions = s.monevSessions;
    d.attendanceRate = s.attendanceRate;
    d.openActions = s.openActions;
    d.overdueActions = s.overdueActions;
    d.agreementsActive = s.agreements.active;
    d.agreementsExpiring90 = s.agreements.expiring90;
    d.agreementsExpired = s.agreements.expired;
    for (const figures::MonthFigures &m : dashboard.months) {
        d.monthAcquisitions.push_back(m.acquisitions);
        d.monthAcquisitionsLastYear.push_back(m.acquisitionsLastYear);
        d.monthActiveAll.push_back(m.activeAll);
        d.monthActivePerisai.push_back(m.activePerisai);
    }
    d.year = dashboard.year;
    d.monthsElapsed = dashboard.monthsElapsed;
    d.thisYearCumulative = dashboard.thisYearCumulative;
    d.lastYearCumulative = dashboard.lastYearCumulative;
    d.runRatePath = dashboard.outlookPath.runRate;
    d.seasonalPath = dashboard.outlookPath.seasonal;
    d.outlookRunRate = s.outlook.runRate;
    d.outlookSeasonal = s.outlook.seasonal;
    d.beatsLastYear = s.outlook.beatsLastYear;
    for (const figures::UnitFigures &r : dashboard.byAgent)
        d.agents.push_back(ranked(r));
    std::stable_sort(d.agents.begin(), d.agents.end(), [](const auto &a, const auto &b) { return a.rank < b.rank; });
    // Wadah by their rank (acquisitions, then recruits paying, then collected).
    for (const figures::UnitFigures &r : dashboard.byBranch)
        d.branches.push_back(ranked(r));
    for (const figures::UnitFigures &r : dashboard.byWadah)
        d.wadah.push_back(ranked(r));
    std::stable_sort(d.wadah.begin(), d.wadah.end(), [](const auto &a, const auto &b) { return a.rank < b.rank; });
    return d;
}

Result<ReportPtr> buildBranchSummary(const storage::Database &db, const ReportRequest &request)
{
    const figures::KpiScope scope{request.officeCode, {}, {}};
    auto resolved = figures::resolveScope(db, scope);
    if (!resolved)
        return resolved.error();
    auto dashboard = figures::KpiService(db).dashboard(scope, request.period, request.today);
    if (!dashboard)
        return dashboard.error();
    const QString office = resolved->office.name;
    const BranchSummaryData data = summaryData(*dashboard, office);
    // A regional office (kanwil) gets a regional summary: the same figures over its branches.
    const QString title = resolved->office.kind == QLatin1String("kanwil")
                              ? QCoreApplication::translate("Report", "Regional performance summary")
                              : QCoreApplication::translate("Report", "Branch performance summary");
    ReportMeta meta = reportMeta(
        db, title,
        QStringLiteral("%1 · %2%3").arg(office, periodLabel(data.period), data.periodNote), office, request.masked);
    return branchSummaryDocument(data, meta);
}

} // namespace perisai::reports
