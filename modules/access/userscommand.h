#pragma once

#include "cli/command.h"

namespace perisai::access {

// perisai-desk users --database postgresql://... add|list|disable [--name ROLE] [--role ...] [--office CODE]
cli::Command usersCommand();

} // namespace perisai::access
