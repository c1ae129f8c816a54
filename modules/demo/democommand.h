#pragma once

#include "cli/command.h"

namespace perisai::demo {

// perisai-desk demo: create demo data (sizes s, m, l; presets cilacap, ntb)
cli::Command demoCommand();

} // namespace perisai::demo
