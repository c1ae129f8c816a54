#pragma once

#include "cli/command.h"

namespace perisai::cli {

Command checkCommand();   // perisai-desk check --database DB
Command backupCommand();  // perisai-desk backup --database DB --out FILE

} // namespace perisai::cli
