#include "storage/bulkwriter.h"

#include <QList>

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <string>

namespace perisai::storage {
namespace {

class SqliteBulkWriter final : public BulkWriter {
public:
    SqliteBulkWriter(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~SqliteBulkWriter() override { sqlite3_finalize(m_stmt); }

    void addInt(qint64 value) override { sqlite3_bind_int64(m_stmt, ++m_column, value); }
    void addText(std::string_view utf8) override
    {
        sqlite3_bind_text(m_stmt, ++m_column, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    }
    void addNull() override { sqlite3_bind_null(m_stmt, ++m_column); }
    Status endRow() override
    {
        m_column = 0;
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE)
            return makeError(QCoreApplication::translate("BulkWriter", "row %1 could not be written: %2").arg(m_rows + 1).arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        ++m_rows;
        return {};
    }
    Status finish() override { return {}; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
    int m_column = 0;
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
        QByteArray sql = "INSERT INTO " + quoted(table) + " (" + columnList + ") VALUES (";
        for (qsizetype i = 0; i < columns.size(); ++i)
            sql += i ? ", ?" : "?";
        sql += ')';
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(h, sql.constData(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
            return makeError(QCoreApplication::translate("BulkWriter", "cannot prepare the insert into %1: %2").arg(table, QString::fromUtf8(sqlite3_errmsg(h))));
        return std::unique_ptr<BulkWriter>(new SqliteBulkWriter(h, stmt));
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
