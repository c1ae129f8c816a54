#pragma once
// Rapor wadah: a wadah's identity, its agents and what each achieved in a period, monthly acquisitions
// against last year, target achievement and its chain of partnership agreements (PKS).

#include "reports/reportcatalog.h"

namespace perisai::agreements {

// Needs request.wadahCode and request.period.
Result<reports::ReportPtr> buildWadahScorecard(const storage::Database &db, const reports::ReportRequest &request);

} // namespace perisai::agreements
