#pragma once
// Who may approve a month, mark it paid or add a rule version: a head or an admin. A database without a
// users row for the current login (a single desk's SQLite file) lets its one user do everything; on a
// server the approver must also not be the one who prepared the month (checked by the run repository).

#include "core/result.h"

#include <QString>

namespace perisai::storage {
class Database;
}

namespace perisai::incentives {

Status mayApprove(const storage::Database &db, const QString &user);

} // namespace perisai::incentives
