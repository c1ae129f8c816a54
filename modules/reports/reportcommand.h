#pragma once

#include "cli/command.h"

namespace perisai::reports {

// perisai-desk report: export a PDF report
cli::Command reportCommand();

} // namespace perisai::reports
