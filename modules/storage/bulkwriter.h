#pragma once
// Fast row insertion for imports, summaries and demo data, inside the caller's transaction:
// SQLite through multi-row INSERT statements of kRowsPerStatement rows (one reused native prepared statement,
// every value bound; a chunk the database refuses is written again row by row to name the failing row),
// PostgreSQL through COPY ... FROM STDIN (through a temporary table where row-level security applies).
// Values are passed as values (bound / COPY-escaped), never pasted into SQL. Rows are written as they
// fill a chunk (SQLite) or a buffer (COPY): an error can come from a later endRow() or from finish().

#include "core/result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <memory>
#include <string_view>

namespace perisai::storage {

class Database;

class BulkWriter {
public:
    static constexpr int kRowsPerStatement = 100; // SQLite: rows of one INSERT statement

    virtual ~BulkWriter() = default;

    // conn must be the calling thread's connection of db, with a transaction open.
    static Result<std::unique_ptr<BulkWriter>> create(const Database &db, const QSqlDatabase &conn,
                                                      const QString &table, const QStringList &columns);

    // One row: call the setters in column order, then endRow().
    virtual void addInt(qint64 value) = 0;
    virtual void addText(std::string_view utf8) = 0;
    virtual void addNull() = 0;
    virtual Status endRow() = 0;
    // Flushes what is buffered; the transaction is still the caller's to commit.
    virtual Status finish() = 0;
    // After an error: the row (1 = the first added) the database refused, 0 when not known (COPY).
    virtual qint64 failedRow() const { return 0; }

    void addText(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        addText(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    }
    void addOptionalText(std::string_view utf8) { utf8.empty() ? addNull() : addText(utf8); }
    qint64 rows() const { return m_rows; } // rows added

protected:
    qint64 m_rows = 0;
};

} // namespace perisai::storage
