#pragma once
// Rapor wadah: a wadah's identity, its agents and what each achieved in a period, monthly acquisitions
// against last year, target achievement and its chain of partnership agreements (PKS).

#include "reports/reportcatalog.h"

namespace perisai::reports {

// Needs request.wadahCode and request.period.
Result<ReportPtr> buildWadahScorecard(const storage::Database &db, const ReportRequest &request);

} // namespace perisai::reports
