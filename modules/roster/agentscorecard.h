#pragma once
// Rapor agen: one agent's identity (personal data masked unless asked otherwise), status history,
// monthly acquisitions against last year, the retention of the agent's recruits, target achievement
// and Monev attendance for a period.

#include "reports/reportcatalog.h"

namespace perisai::roster {

// Needs request.agentCode and request.period.
Result<reports::ReportPtr> buildAgentScorecard(const storage::Database &db, const reports::ReportRequest &request);

} // namespace perisai::roster
