#pragma once

#include "cli/command.h"

namespace perisai::review {

// perisai-desk signals: the fraud signals of a period as JSON or CSV (nothing is written)
cli::Command signalsCommand();

} // namespace perisai::review
