#pragma once
// perisai-desk incentives --database DB --period YYYY-MM [--office CODE] [--format json|csv] [--approve]

#include "cli/command.h"

namespace perisai::incentives {

cli::Command incentivesCommand();

} // namespace perisai::incentives
