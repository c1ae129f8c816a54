#pragma once
// Rapor agen: one agent's identity (personal data masked unless asked otherwise), status history,
// monthly acquisitions against last year, the retention of the agent's recruits, target achievement
// and Monev attendance for a period.

#include "reports/reportcatalog.h"

namespace perisai::reports {

// Needs request.agentCode and request.period.
Result<ReportPtr> buildAgentScorecard(const storage::Database &db, const ReportRequest &request);

} // namespace perisai::reports
