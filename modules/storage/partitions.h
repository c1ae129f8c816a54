#pragma once
// Contributions are partitioned by year on a server (migration 0080): before rows of a month are written
// its year needs a partition, else they land in the default one. SQLite has one table; nothing to do.

#include "core/result.h"

#include <QSqlDatabase>

namespace perisai::storage {

class Database;

// Makes sure the years of the months `from` to `to` (YYYYMM) have their partition, in the caller's
// transaction on `conn` (the calling thread's connection of db).
Status ensureContributionPartitions(const Database &db, const QSqlDatabase &conn, int from, int to);

} // namespace perisai::storage
