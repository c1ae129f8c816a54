#pragma once
// Review cases for a demo database, so that the Review page is never empty there: the signals of the last
// 12 months with data and the import's participant flags become cases, and some of them are moved along
// (under review with a note, cleared with a reason, confirmed), the same way every time.

#include "core/result.h"

#include <QDate>

namespace perisai::storage {
class Database;
}

namespace perisai::review {

Status seedDemoCases(const storage::Database &db, const QDate &today);

} // namespace perisai::review
