#pragma once

#include "core/result.h"

namespace perisai::storage {

class Database;

// A consistent copy: SQLite through VACUUM INTO (safe while others read), PostgreSQL through pg_dump.
Status backupDatabase(const Database &db, const QString &outPath);

} // namespace perisai::storage
