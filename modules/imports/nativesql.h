#pragma once
// Reading many rows fast (a branch's 300 k participants, a year of contributions) through the native
// SQLite and libpq interfaces of the calling thread's connection, without a QVariant per value.
// Statements are written with `?` placeholders for both databases; values are always bound.

#include "core/result.h"

#include <QSqlDatabase>
#include <functional>
#include <initializer_list>
#include <string_view>

struct sqlite3_stmt;
struct pg_result;

namespace perisai::storage {
class Database;
}

namespace perisai::imports::native {

// One row of a result while the callback runs.
class RowView {
public:
    bool isNull(int column) const;
    qint64 integer(int column) const;
    std::string_view text(int column) const;

private:
    friend Status forEachRow(const storage::Database &, const QSqlDatabase &, const char *,
                             std::initializer_list<qint64>, const std::function<void(const RowView &)> &);
    sqlite3_stmt *m_stmt = nullptr;
    pg_result *m_result = nullptr;
};

// Runs `sql` with the integer values bound in order and calls `row` for each result row.
Status forEachRow(const storage::Database &db, const QSqlDatabase &conn, const char *sql,
                  std::initializer_list<qint64> params, const std::function<void(const RowView &)> &row);

// Parses a decimal integer; 0 for anything else (values come from integer columns).
qint64 toInt(std::string_view text);

} // namespace perisai::imports::native
