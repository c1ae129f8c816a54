#pragma once
// One SQL statement through the connection's own native interface (sqlite3 or libpq), for reading or
// writing many rows fast: no QVariant per value (at 300 k rows that costs more than the query itself).
// It owns its prepared statement, finalized with it. Statements use `?` placeholders on both backends
// (libpq gets $1, $2 ...); values are always bound, never pasted into the text.
//
//   auto st = NativeStatement::prepare(db, "SELECT id, kpj FROM participants WHERE reg_period = ?");
//   if (!st) return st.error();
//   st->bind(202206);
//   while (st->next())
//       use(st->row().integer(0), st->row().text(1));
//   if (auto status = st->status(); !status) return status;
//
// forEachRow() below does the same in one call.

#include "core/result.h"

#include <QCoreApplication>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;
struct pg_result;

namespace perisai::storage {

class Database;

// The current row while the statement stands on it.
class NativeRow {
public:
    bool isNull(int column) const;
    qint64 integer(int column) const;         // 0 for NULL
    std::string_view text(int column) const;  // UTF-8, empty for NULL; valid until the next row

private:
    friend class NativeStatement;
    sqlite3_stmt *m_stmt = nullptr;
    pg_result *m_result = nullptr;
};

class NativeStatement {
public:
    // Prepares `sql` on the calling thread's connection. `persistent`: run many times (SQLite keeps it
    // compiled apart from its statement cache).
    static Result<NativeStatement> prepare(const Database &db, std::string_view sql, bool persistent = false);

    NativeStatement(NativeStatement &&other) noexcept;
    NativeStatement &operator=(NativeStatement &&other) noexcept;
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;
    ~NativeStatement();

    // Values for the `?` in order. Text is copied unless `keep`: the caller keeps it alive until the
    // statement has run (a buffer of rows).
    NativeStatement &bind(qint64 value);
    NativeStatement &bind(std::initializer_list<qint64> values);
    NativeStatement &bindText(std::string_view utf8, bool keep = false);
    NativeStatement &bindNull();

    // Steps to the next result row: false at the end or on an error (status() tells which).
    bool next();
    const NativeRow &row() const { return m_row; }
    Status status() const { return m_status; }
    // Runs a statement that returns no rows.
    Status exec();
    // Ready to bind and run again.
    void reset();

private:
    NativeStatement() = default;
    void fail(const QString &detail);
    bool startPostgres();
    void finishPostgres();

    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    pg_conn *m_pg = nullptr;
    std::string m_pgSql;
    std::vector<std::string> m_pgValues;
    std::vector<bool> m_pgNull;
    bool m_started = false;
    bool m_done = false;
    int m_position = 0;
    NativeRow m_row;
    Status m_status;
};

// Runs `sql` with the integers bound in order and calls `row` for each result row. A `row` that returns
// bool stops the scan by returning false; the scan then ends with a "cancelled" error.
template <typename Row>
Status forEachRow(const Database &db, std::string_view sql, std::initializer_list<qint64> values, Row row)
{
    auto st = NativeStatement::prepare(db, sql);
    if (!st)
        return st.error();
    st->bind(values);
    while (st->next()) {
        if constexpr (std::is_same_v<std::invoke_result_t<Row, const NativeRow &>, bool>) {
            if (!row(st->row()))
                return makeError(QCoreApplication::translate("Query", "cancelled"));
        } else {
            row(st->row());
        }
    }
    return st->status();
}

// Parses a decimal integer as libpq returns it; 0 for anything else.
qint64 toInteger(std::string_view text);

} // namespace perisai::storage
