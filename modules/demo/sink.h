#pragma once
// Where the plan is written: the calling thread's connection inside the generation's transaction,
// one BulkWriter per table, progress counted in rows and a cancel that stops at the next row.

#include "core/result.h"
#include "storage/bulkwriter.h"

#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace perisai::storage {
class Database;
}

namespace perisai::demo {

class Sink {
public:
    Sink(const storage::Database &db, std::function<bool(qint64, qint64)> progress);

    const storage::Database &db() const { return m_db; }
    QSqlDatabase connection() const { return m_conn; }
    bool postgres() const;

    void setTotal(qint64 total) { m_total = total; }
    // Counts work done; false once the caller asked to stop.
    bool advance(qint64 rows = 1);
    bool cancelled() const { return m_cancelled; }
    Status cancelledError() const;
    void finish();

private:
    const storage::Database &m_db;
    QSqlDatabase m_conn;
    std::function<bool(qint64, qint64)> m_progress;
    qint64 m_total = 1;
    qint64 m_done = 0;
    qint64 m_reported = -1;
    bool m_cancelled = false;
};

// One table's rows: call the setters in column order, then end(). The first error (or a cancel) sticks:
// later calls do nothing and end() / finish() report it.
class Table {
public:
    Table(Sink &sink, const char *table, std::initializer_list<const char *> columns);

    Table &id(qint64 v) { return num(v); }
    Table &num(qint64 v);
    Table &text(std::string_view v);
    Table &text(const std::string &v) { return text(std::string_view(v)); }
    Table &text(const char *v) { return text(std::string_view(v)); }
    Table &text(const QString &v);
    Table &optText(std::string_view v); // NULL when empty
    Table &optNum(qint64 v, bool present);
    Table &date(qint64 julianDay);      // 'YYYY-MM-DD'
    Table &optDate(qint64 julianDay);   // NULL when 0
    Table &stamp(qint64 julianDay, int hour = 9, int minute = 0); // ISO 8601 UTC of a local (WIB) time
    Table &null();
    bool end();
    Status finish();
    bool ok() const { return m_status.ok(); }
    Status status() const { return m_status; }
    qint64 rows() const { return m_rows; }

private:
    Sink &m_sink;
    std::unique_ptr<storage::BulkWriter> m_writer;
    Status m_status;
    qint64 m_rows = 0;
};

// 'YYYY-MM-DD' of a Julian day, without allocating.
void formatDate(qint64 julianDay, char out[10]);

} // namespace perisai::demo
