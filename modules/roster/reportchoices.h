#pragma once
// The roster's agents and wadah as the report catalog offers them to choose from: "code · name", by code.

#include "core/result.h"
#include "reports/reportcatalog.h"

#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::roster {

Result<std::vector<reports::Choice>> agentChoices(const storage::Database &db);
Result<std::vector<reports::Choice>> wadahChoices(const storage::Database &db);

} // namespace perisai::roster
