#include "nativesql.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace perisai::imports::native {
namespace {

Error nativeError(const QString &detail)
{
    return makeError(QCoreApplication::translate("Imports", "database error: %1").arg(detail.trimmed()));
}

// "? ... ?" -> "$1 ... $2" for libpq. Our statements hold no question marks inside literals.
std::string postgresPlaceholders(const char *sql)
{
    std::string out;
    int n = 0;
    for (const char *p = sql; *p; ++p) {
        if (*p == '?')
            out += '$' + std::to_string(++n);
        else
            out += *p;
    }
    return out;
}

} // namespace

qint64 toInt(std::string_view text)
{
    qint64 v = 0;
    bool negative = !text.empty() && text.front() == '-';
    if (negative)
        text.remove_prefix(1);
    for (const char c : text) {
        if (c < '0' || c > '9')
            break;
        v = v * 10 + (c - '0');
    }
    return negative ? -v : v;
}

bool RowView::isNull(int column) const
{
    if (m_stmt)
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    return PQgetisnull(m_result, 0, column) != 0;
}

qint64 RowView::integer(int column) const
{
    if (m_stmt)
        return sqlite3_column_int64(m_stmt, column);
    return toInt(text(column));
}

std::string_view RowView::text(int column) const
{
    if (m_stmt) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
    }
    return std::string_view(PQgetvalue(m_result, 0, column), size_t(PQgetlength(m_result, 0, column)));
}

Status forEachRow(const storage::Database &db, const QSqlDatabase &conn, const char *sql,
                  std::initializer_list<qint64> params, const std::function<void(const RowView &)> &row)
{
    const QVariant handle = conn.driver()->handle();
    RowView view;
    if (db.backend() == storage::Backend::SQLite) {
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return nativeError(QStringLiteral("no native SQLite handle"));
        sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(h, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return nativeError(QString::fromUtf8(sqlite3_errmsg(h)));
        int i = 0;
        for (const qint64 p : params)
            sqlite3_bind_int64(stmt, ++i, p);
        view.m_stmt = stmt;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            row(view);
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return nativeError(QString::fromUtf8(sqlite3_errmsg(h)));
        return {};
    }

    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nativeError(QStringLiteral("no native PostgreSQL handle"));
    PGconn *pg = *static_cast<PGconn *const *>(handle.constData());
    std::vector<std::string> texts;
    for (const qint64 p : params)
        texts.push_back(std::to_string(p));
    std::vector<const char *> values;
    for (const auto &t : texts)
        values.push_back(t.c_str());
    const std::string statement = postgresPlaceholders(sql);
    if (!PQsendQueryParams(pg, statement.c_str(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0))
        return nativeError(QString::fromUtf8(PQerrorMessage(pg)));
    PQsetSingleRowMode(pg); // rows arrive one by one instead of all at once in memory
    Status status;
    while (PGresult *res = PQgetResult(pg)) {
        const ExecStatusType st = PQresultStatus(res);
        if (st == PGRES_SINGLE_TUPLE && status.ok()) {
            view.m_result = res;
            row(view);
        } else if (st != PGRES_TUPLES_OK && st != PGRES_SINGLE_TUPLE && status.ok()) {
            status = nativeError(QString::fromUtf8(PQresultErrorMessage(res)));
        }
        PQclear(res);
    }
    return status;
}

} // namespace perisai::imports::native
