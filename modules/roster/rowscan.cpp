#include "rowscan.h"

#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <sqlite3.h>

namespace perisai::roster {
namespace {

class SqliteRow final : public RowView {
public:
    explicit SqliteRow(sqlite3_stmt *stmt) : m_stmt(stmt) {}
    qint64 integer(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    std::string_view text(int column) const override
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
    }

private:
    sqlite3_stmt *m_stmt;
};

class QueryRow final : public RowView {
public:
    explicit QueryRow(const storage::Query &q) : m_query(q) {}
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    std::string_view text(int column) const override
    {
        m_buffer[column % 8] = m_query.value(column).toString().toUtf8();
        return std::string_view(m_buffer[column % 8].constData(), size_t(m_buffer[column % 8].size()));
    }

private:
    const storage::Query &m_query;
    mutable QByteArray m_buffer[8];
};

Error cancelled()
{
    return makeError(QCoreApplication::translate("roster", "cancelled"));
}

} // namespace

Status scanRows(const storage::Database &db, const QString &sql, const QList<qint64> &params,
                const std::function<bool(const RowView &)> &visit)
{
    const QSqlDatabase conn = db.connection();
    const QVariant handle = conn.driver() ? conn.driver()->handle() : QVariant();
    if (db.dialect().isSqlite() && handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
        sqlite3_stmt *stmt = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(h, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK)
            return makeError(QCoreApplication::translate("roster", "database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))));
        for (int i = 0; i < params.size(); ++i)
            sqlite3_bind_int64(stmt, i + 1, params[i]);
        SqliteRow row(stmt);
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            if (!visit(row)) {
                sqlite3_finalize(stmt);
                return cancelled();
            }
        }
        const QString error = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return makeError(QCoreApplication::translate("roster", "database error: %1").arg(error));
        return {};
    }
    storage::Query q(conn, sql);
    for (qint64 p : params)
        q.bind(p);
    if (auto st = q.exec(); !st)
        return st;
    QueryRow row(q);
    while (q.next())
        if (!visit(row))
            return cancelled();
    return {};
}

} // namespace perisai::roster
