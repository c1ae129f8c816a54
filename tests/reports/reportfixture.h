#pragma once
// A small branch for the report tests, until the demo presets can be generated in a test:
// KC-CILACAP with KCP-MAJENANG; wadah W-001 (cooperative, 2 agents, a renewed PKS) and W-002
// (community group, 1 agent, a terminated PKS); agents with valid NIKs, phones and bank accounts;
// registrations and contributions over 2021-2022; targets; two Monev sessions.

#include "storage/database.h"

namespace perisai::testing {

// The agent's NIK as written in full (the unmasked report must show it, the masked one must not).
inline const char *const kAgentNik = "3301024507850001";

// Writes the branch and refreshes the summaries; fails the current test on any error.
void buildSmallBranch(const storage::Database &db);

} // namespace perisai::testing
