#pragma once

#include "cli/command.h"

namespace perisai::imports {

// perisai-desk import: import CSV or XLSX extracts
cli::Command importCommand();

} // namespace perisai::imports
