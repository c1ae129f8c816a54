#pragma once
// The one way the window and the command line open a database: parse, open, and bring the schema up to date.

#include "storage/database.h"

namespace perisai::storage {

Result<DatabasePtr> openAndMigrate(const QString &location);
Result<DatabasePtr> openAndMigrate(const Location &location);

} // namespace perisai::storage
