#pragma once

#include "cli/command.h"

namespace perisai::performance {

// perisai-desk kpi: print the indicators of a period as JSON or CSV
cli::Command kpiCommand();

} // namespace perisai::performance
