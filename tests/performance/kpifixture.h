#pragma once
// A small hand-built region whose indicators are worked out by hand in kpifixture.cpp's comments:
// KANWIL-X -> KC-A (-> KCP-A1) and KC-B. Figures for January-June 2022 at KC-A:
// 5 acquisitions (3 in the same months of 2021, 5 in all of 2021), 7 active in June (5 via agents),
// retention m3 0.8 and m6 0.25, target 12, 2 agents registered and 1 productive, coverage 7 of 1,000
// informal workers, 1 JKM claim of Rp42,000,000, one Monev session with half attending, 2 open
// actions (1 overdue), 2 agreements in force (1 ending within 90 days).

#include "storage/database.h"

namespace perisai::testing {

// Writes the region and refreshes the summaries; fails the current test on any error.
void buildSmallRegion(const storage::Database &db);

} // namespace perisai::testing
