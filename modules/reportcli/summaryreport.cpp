#include "reportcli/summaryreport.h"

#include "core/format.h"
#include "performance/kpiservice.h"
#include "reports/reportlabels.h"

#include <QCoreApplication>
#include <algorithm>

namespace perisai::reportcli {
namespace {

reports::RankedRow ranked(const performance::AchievementRow &r)
{
    return {r.code, r.name, r.wadahName, r.acquisitions, r.activeRecruits, r.collected, r.target, r.achievement.ratio, r.rank};
}

} // namespace

reports::BranchSummaryData summaryData(const performance::DashboardData &dashboard, const QString &officeName)
{
    const performance::KpiSummary &s = dashboard.summary;
    reports::BranchSummaryData d;
    d.officeName = officeName;
    d.period = s.period;
    d.acquisitions = s.acquisitions;
    d.acquisitionsSamePeriodLastYear = s.acquisitionsSamePeriodLastYear;
    d.acquisitionsLastFullYear = s.acquisitionsLastFullYear;
    d.target = s.target;
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
    for (const performance::MonthFigures &m : dashboard.months) {
        d.monthAcquisitions.push_back(m.acquisitions);
        d.monthAcquisitionsLastYear.push_back(m.acquisitionsLastYear);
        d.monthActiveAll.push_back(m.activeAll);
        d.monthActivePerisai.push_back(m.activePerisai);
    }
    d.year = dashboard.year;
    d.monthsElapsed = dashboard.monthsElapsed;
    d.thisYear = dashboard.thisYear;
    d.lastYear = dashboard.lastYear;
    d.runRatePath = dashboard.outlookPath.runRate;
    d.seasonalPath = dashboard.outlookPath.seasonal;
    d.outlookRunRate = s.outlook.runRate;
    d.outlookSeasonal = s.outlook.seasonal;
    d.beatsLastYear = s.outlook.beatsLastYear;
    for (const performance::AchievementRow &r : dashboard.byAgent)
        d.agents.push_back(ranked(r));
    std::stable_sort(d.agents.begin(), d.agents.end(), [](const auto &a, const auto &b) { return a.rank < b.rank; });
    // Wadah by acquisitions, ranked here: equal figures share a rank.
    for (const performance::AchievementRow &r : dashboard.byWadah)
        d.wadah.push_back(ranked(r));
    std::stable_sort(d.wadah.begin(), d.wadah.end(), [](const auto &a, const auto &b) {
        return a.acquisitions != b.acquisitions ? a.acquisitions > b.acquisitions : a.code < b.code;
    });
    for (size_t i = 0; i < d.wadah.size(); ++i)
        d.wadah[i].rank = i > 0 && d.wadah[i].acquisitions == d.wadah[i - 1].acquisitions ? d.wadah[i - 1].rank : static_cast<int>(i + 1);
    return d;
}

Result<reports::ReportPtr> buildBranchSummary(const storage::Database &db, const reports::ReportRequest &request)
{
    const performance::KpiScope scope{request.officeCode, {}, {}};
    auto resolved = performance::resolveScope(db, scope);
    if (!resolved)
        return resolved.error();
    auto dashboard = performance::KpiService(db).dashboard(scope, request.period, request.today);
    if (!dashboard)
        return dashboard.error();
    const QString office = resolved->office.name;
    reports::ReportMeta meta = reports::reportMeta(
        db, QCoreApplication::translate("Report", "Branch performance summary"),
        QStringLiteral("%1 · %2").arg(office, reports::periodLabel(request.period)), office, request.masked);
    return reports::branchSummaryDocument(summaryData(*dashboard, office), meta);
}

} // namespace perisai::reportcli
