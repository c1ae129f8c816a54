#pragma once
// The branch performance summary: the figures layer's dashboard figures for the office and period, laid
// out by branchSummaryDocument.

#include "reports/branchsummary.h"
#include "reports/reportcatalog.h"

namespace perisai::figures {
struct DashboardData;
}

namespace perisai::reports {

// Needs request.period; request.officeCode empty: the branch.
Result<ReportPtr> buildBranchSummary(const storage::Database &db, const ReportRequest &request);

// The figures the summary shows, from the dashboard's data (pure: tested without a database).
BranchSummaryData summaryData(const figures::DashboardData &dashboard, const QString &officeName);

} // namespace perisai::reports
