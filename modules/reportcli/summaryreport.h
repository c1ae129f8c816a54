#pragma once
// The branch performance summary from the indicator service: KpiService's figures for the office and
// period, laid out by reports::branchSummaryDocument.

#include "reports/branchsummary.h"
#include "reports/reportcatalog.h"

namespace perisai::performance {
struct DashboardData;
}

namespace perisai::reportcli {

// Needs request.period; request.officeCode empty: the branch.
Result<reports::ReportPtr> buildBranchSummary(const storage::Database &db, const reports::ReportRequest &request);

// The figures the summary shows, from the dashboard's data (pure: tested without a database).
reports::BranchSummaryData summaryData(const performance::DashboardData &dashboard, const QString &officeName);

} // namespace perisai::reportcli
