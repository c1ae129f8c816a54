#include "storage/bulkwriter.h"

#include <QList>

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <algorithm>
#include <string>
#include <vector>

namespace perisai::storage {
namespace {

// SQLite: rows are kept (text copied once into one buffer) and written kRowsPerStatement at a time through
// one prepared multi-row INSERT ... VALUES (...), (...), ..., every value bound. SQLite pays its per-statement
// cost (cursor open/close, VDBE start and halt) once per chunk instead of once per row, which roughly halves
// the time of a large import. A chunk the statement refuses is written again row by row, so that the error
// names the row that failed (a failed statement leaves nothing of its chunk behind).
class SqliteBulkWriter final : public BulkWriter {
public:
    SqliteBulkWriter(sqlite3 *db, QByteArray table, QByteArray columnList, int columns, int rowsPerStatement)
        : m_db(db), m_table(std::move(table)), m_columnList(std::move(columnList)), m_columns(columns), m_rowsPerStatement(rowsPerStatement)
    {
        m_values.reserve(size_t(m_columns) * size_t(m_rowsPerStatement));
        m_text.reserve(1 << 16);
    }
    ~SqliteBulkWriter() override
    {
        sqlite3_finalize(m_chunk);
        sqlite3_finalize(m_single);
    }

    void addInt(qint64 value) override { m_values.push_back({Value::Int, value, 0}); }
    void addText(std::string_view utf8) override
    {
        m_values.push_back({Value::Text, qint64(m_text.size()), qint64(utf8.size())});
        m_text.append(utf8);
    }
    void addNull() override { m_values.push_back({Value::Null, 0, 0}); }
    Status endRow() override
    {
        ++m_rows;
        if (++m_pending < m_rowsPerStatement)
            return {};
        return writeChunk();
    }
    Status finish() override { return m_pending ? writeChunk() : Status(); }
    qint64 failedRow() const override { return m_failedRow; }
    // The one-row statement, prepared at once: a table or column that does not exist is known before any row.
    Status open() { return prepare(1, &m_single, true); }

private:
    struct Value {
        enum Type { Int, Text, Null } type;
        qint64 number; // Int; for Text the offset into m_text
        qint64 length; // Text
    };

    QByteArray insertSql(int rows) const
    {
        QByteArray row = "(";
        for (int c = 0; c < m_columns; ++c)
            row += c ? ",?" : "?";
        row += ')';
        QByteArray sql = "INSERT INTO " + m_table + " (" + m_columnList + ") VALUES ";
        for (int r = 0; r < rows; ++r)
            sql += (r ? "," : "") + row;
        return sql;
    }
    Status prepare(int rows, sqlite3_stmt **stmt, bool kept)
    {
        const QByteArray sql = insertSql(rows);
        if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), kept ? SQLITE_PREPARE_PERSISTENT : 0, stmt, nullptr) != SQLITE_OK)
            return makeError(QCoreApplication::translate("BulkWriter", "cannot prepare the insert into %1: %2")
                                 .arg(QString::fromUtf8(m_table), QString::fromUtf8(sqlite3_errmsg(m_db))));
        return {};
    }
    // Binds the values [first, first + count) to `stmt` (text straight from the buffer) and runs it.
    int run(sqlite3_stmt *stmt, size_t first, size_t count)
    {
        sqlite3_reset(stmt);
        for (size_t i = 0; i < count; ++i) {
            const Value &v = m_values[first + i];
            const int column = int(i) + 1;
            if (v.type == Value::Int)
                sqlite3_bind_int64(stmt, column, v.number);
            else if (v.type == Value::Text)
                sqlite3_bind_text(stmt, column, m_text.data() + v.number, int(v.length), SQLITE_STATIC);
            else
                sqlite3_bind_null(stmt, column);
        }
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt); // no pointer into the buffer outlives this chunk
        return rc;
    }
    Status writeChunk()
    {
        const int rows = m_pending;
        m_pending = 0;
        if (size_t(rows) * size_t(m_columns) != m_values.size())
            return clear(makeError(QCoreApplication::translate("BulkWriter", "row %1 has %2 values, %3 expected")
                                       .arg(m_rows).arg(m_values.size() / size_t(std::max(rows, 1))).arg(m_columns)));
        sqlite3_stmt *chunk = nullptr;
        if (rows == m_rowsPerStatement) {
            if (!m_chunk) {
                if (auto st = prepare(rows, &m_chunk, true); !st)
                    return clear(st);
            }
            chunk = m_chunk;
        } else if (rows > 1) {
            // The last, shorter chunk gets a statement of its own size.
            if (auto st = prepare(rows, &chunk, false); !st)
                return clear(st);
        }
        int rc = SQLITE_ERROR;
        if (chunk) {
            rc = run(chunk, 0, m_values.size());
            if (chunk != m_chunk)
                sqlite3_finalize(chunk);
        }
        if (rc == SQLITE_DONE)
            return clear({});
        const qint64 firstRow = m_rows - rows + 1;
        if (chunk && sqlite3_get_autocommit(m_db)) {
            // The error ended the caller's transaction (disk full, I/O): writing on would commit row by row.
            return clear(makeError(QCoreApplication::translate("BulkWriter", "rows %1 to %2 could not be written: %3")
                                       .arg(firstRow).arg(m_rows).arg(QString::fromUtf8(sqlite3_errmsg(m_db)))));
        }
        // Row by row (a one-row chunk, or to name the row the database refused).
        for (int r = 0; r < rows; ++r) {
            if (run(m_single, size_t(r) * size_t(m_columns), size_t(m_columns)) != SQLITE_DONE) {
                m_failedRow = firstRow + r;
                return clear(makeError(QCoreApplication::translate("BulkWriter", "row %1 could not be written: %2")
                                           .arg(m_failedRow).arg(QString::fromUtf8(sqlite3_errmsg(m_db)))));
            }
        }
        return clear({});
    }
    Status clear(Status status)
    {
        m_values.clear();
        m_text.clear();
        return status;
    }

    sqlite3 *m_db;
    QByteArray m_table, m_columnList;
    int m_columns;
    int m_rowsPerStatement;
    sqlite3_stmt *m_chunk = nullptr;  // kRowsPerStatement rows
    sqlite3_stmt *m_single = nullptr; // one row, for a chunk that failed
    int m_pending = 0;                // rows kept, not yet written
    qint64 m_failedRow = 0;
    std::vector<Value> m_values;
    std::string m_text;
};

class CopyBulkWriter final : public BulkWriter {
public:
    // `after`: statements run once the rows are in (moving them from a staging table), empty for none.
    CopyBulkWriter(PGconn *conn, QList<QByteArray> after) : m_conn(conn), m_after(std::move(after)) { m_buffer.reserve(kFlushAt + 4096); }
    ~CopyBulkWriter() override
    {
        if (!m_finished)
            PQputCopyEnd(m_conn, "cancelled");
        (void)drainResults();
    }

    void addInt(qint64 value) override
    {
        separator();
        m_buffer += std::to_string(value);
    }
    void addText(std::string_view utf8) override
    {
        separator();
        // COPY text format: backslash, tab, newline and carriage return are escaped.
        for (const char c : utf8) {
            switch (c) {
            case '\\': m_buffer += "\\\\"; break;
            case '\t': m_buffer += "\\t"; break;
            case '\n': m_buffer += "\\n"; break;
            case '\r': m_buffer += "\\r"; break;
            default: m_buffer += c;
            }
        }
    }
    void addNull() override
    {
        separator();
        m_buffer += "\\N";
    }
    Status endRow() override
    {
        m_buffer += '\n';
        m_first = true;
        ++m_rows;
        if (m_buffer.size() >= kFlushAt)
            return flush();
        return {};
    }
    Status finish() override
    {
        if (auto st = flush(); !st)
            return st;
        m_finished = true;
        if (PQputCopyEnd(m_conn, nullptr) != 1)
            return makeError(QCoreApplication::translate("BulkWriter", "COPY could not be ended: %1").arg(QString::fromUtf8(PQerrorMessage(m_conn))));
        if (auto st = drainResults(); !st)
            return st;
        for (const QByteArray &sql : std::as_const(m_after)) {
            PGresult *res = PQexec(m_conn, sql.constData());
            const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
            const QString message = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
            PQclear(res);
            if (!ok)
                return makeError(QCoreApplication::translate("BulkWriter", "COPY was refused: %1").arg(message));
        }
        return {};
    }

private:
    static constexpr size_t kFlushAt = 1 << 20;

    void separator()
    {
        if (!m_first)
            m_buffer += '\t';
        m_first = false;
    }
    Status flush()
    {
        if (m_buffer.empty())
            return {};
        if (PQputCopyData(m_conn, m_buffer.data(), static_cast<int>(m_buffer.size())) != 1)
            return makeError(QCoreApplication::translate("BulkWriter", "COPY failed: %1").arg(QString::fromUtf8(PQerrorMessage(m_conn))));
        m_buffer.clear();
        return {};
    }
    Status drainResults()
    {
        Status status;
        while (PGresult *res = PQgetResult(m_conn)) {
            if (PQresultStatus(res) != PGRES_COMMAND_OK && status.ok())
                status = makeError(QCoreApplication::translate("BulkWriter", "COPY was refused: %1").arg(QString::fromUtf8(PQresultErrorMessage(res)).trimmed()));
            PQclear(res);
        }
        return status;
    }

    PGconn *m_conn;
    QList<QByteArray> m_after;
    std::string m_buffer;
    bool m_first = true;
    bool m_finished = false;
};

QByteArray quoted(const QString &identifier)
{
    return '"' + identifier.toUtf8() + '"';
}

} // namespace

Result<std::unique_ptr<BulkWriter>> BulkWriter::create(const Database &db, const QSqlDatabase &conn,
                                                       const QString &table, const QStringList &columns)
{
    const QVariant handle = conn.driver()->handle();
    QByteArray columnList;
    for (const QString &c : columns)
        columnList += (columnList.isEmpty() ? "" : ", ") + quoted(c);

    if (db.backend() == Backend::SQLite) {
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return makeError(QCoreApplication::translate("BulkWriter", "no native SQLite handle"));
        sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
        const int columnCount = std::max(1, int(columns.size()));
        // Within the bound-variable limit of the SQLite at hand (999 before 3.32).
        const int rows = std::clamp(sqlite3_limit(h, SQLITE_LIMIT_VARIABLE_NUMBER, -1) / columnCount, 1, kRowsPerStatement);
        auto writer = std::make_unique<SqliteBulkWriter>(h, quoted(table), columnList, int(columns.size()), rows);
        if (auto st = writer->open(); !st)
            return st.error();
        return std::unique_ptr<BulkWriter>(std::move(writer));
    }

    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return makeError(QCoreApplication::translate("BulkWriter", "no native PostgreSQL handle (%1)").arg(QString::fromLatin1(handle.typeName())));
    PGconn *pg = *static_cast<PGconn *const *>(handle.constData());
    // PostgreSQL refuses COPY into a table whose row-level security applies to this login (a desk's daily
    // login on a shared server): the rows then go into a temporary table first and on with one INSERT, where
    // the policies check them. The owner and the single-desk server keep the direct COPY.
    QByteArray target = quoted(table);
    QList<QByteArray> after;
    {
        const QByteArray name = table.toUtf8();
        const char *values[] = {name.constData()};
        PGresult *res = PQexecParams(pg, "SELECT row_security_active($1::regclass)", 1, nullptr, values, nullptr, nullptr, 0);
        const bool secured = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1 && PQgetvalue(res, 0, 0)[0] == 't';
        PQclear(res);
        if (secured) {
            const QByteArray staging = quoted(QStringLiteral("perisai_copy_") + table);
            for (const QByteArray &ddl : {"CREATE TEMP TABLE IF NOT EXISTS " + staging + " (LIKE " + quoted(table) + ")",
                                          "TRUNCATE " + staging}) {
                PGresult *made = PQexec(pg, ddl.constData());
                const bool ok = PQresultStatus(made) == PGRES_COMMAND_OK;
                const QString message = QString::fromUtf8(PQresultErrorMessage(made)).trimmed();
                PQclear(made);
                if (!ok)
                    return makeError(QCoreApplication::translate("BulkWriter", "cannot start COPY into %1: %2").arg(table, message));
            }
            after << "INSERT INTO " + quoted(table) + " (" + columnList + ") SELECT " + columnList + " FROM " + staging
                  << "TRUNCATE " + staging;
            target = staging;
        }
    }
    const QByteArray sql = "COPY " + target + " (" + columnList + ") FROM STDIN";
    PGresult *res = PQexec(pg, sql.constData());
    const bool ready = PQresultStatus(res) == PGRES_COPY_IN;
    const QString message = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
    PQclear(res);
    if (!ready)
        return makeError(QCoreApplication::translate("BulkWriter", "cannot start COPY into %1: %2").arg(table, message));
    return std::unique_ptr<BulkWriter>(new CopyBulkWriter(pg, after));
}

} // namespace perisai::storage
