#pragma once
// The summary tables of a month range computed on SQLite in one pass over contributions joined with
// participants, aggregated in hash maps and written back in key order. SQLite aggregates a GROUP BY by
// sorting every input row: for a year of a large branch (3.5 million contribution rows, three statements)
// that took minutes, this pass takes seconds. The rows are exactly those of the SQL statements in
// summaries.cpp, which remain the definition (and what PostgreSQL runs: it aggregates with hash tables).

#include "core/result.h"

#include <QList>


namespace perisai::storage {
class Database;
}

namespace perisai::figures {

// Writes the summary rows of months from..to (YYYYMM); the caller has deleted the old ones. With `offices`
// (empty: all), only the rows of those offices and of those offices' agents.
Status refreshSummariesByScan(const storage::Database &db, int from, int to, const QList<qint64> &offices = {});

} // namespace perisai::figures
