#pragma once
// A branch-sized participants table for the browser benchmark when no demo database is given:
// 4 KCP, 50 wadah, 500 agents, `participants` rows with Indonesian names, and one month of contributions.

#include "core/result.h"
#include "storage/database.h"

namespace perisai::bench {

// Fills an empty, migrated database. `period` (YYYYMM) is the month whose contributions are written.
Status fillParticipants(const storage::Database &db, int participants, int period);

} // namespace perisai::bench
