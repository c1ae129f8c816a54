#include "storage/nativestatement.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QVariant>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace perisai::storage {
namespace {

Error nativeError(const QString &detail)
{
    return makeError(QCoreApplication::translate("Query", "database error: %1").arg(detail.trimmed()));
}

// "? ... ?" -> "$1 ... $2" for libpq. Our statements hold no question marks inside literals.
std::string postgresPlaceholders(std::string_view sql)
{
    std::string out;
    out.reserve(sql.size() + 16);
    int n = 0;
    for (const char c : sql) {
        if (c == '?')
            out += '$' + std::to_string(++n);
        else
            out += c;
    }
    return out;
}

} // namespace

qint64 toInteger(std::string_view text)
{
    qint64 v = 0;
    const bool negative = !text.empty() && text.front() == '-';
    if (negative)
        text.remove_prefix(1);
    for (const char c : text) {
        if (c < '0' || c > '9')
            break;
        v = v * 10 + (c - '0');
    }
    return negative ? -v : v;
}

bool NativeRow::isNull(int column) const
{
    if (m_stmt)
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    return PQgetisnull(m_result, 0, column) != 0;
}

qint64 NativeRow::integer(int column) const
{
    if (m_stmt)
        return sqlite3_column_int64(m_stmt, column);
    return toInteger(text(column));
}

std::string_view NativeRow::text(int column) const
{
    if (m_stmt) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
    }
    return std::string_view(PQgetvalue(m_result, 0, column), size_t(PQgetlength(m_result, 0, column)));
}

Result<NativeStatement> NativeStatement::prepare(const Database &db, std::string_view sql, bool persistent)
{
    const QSqlDatabase conn = db.connection();
    const QVariant handle = conn.driver() ? conn.driver()->handle() : QVariant();
    NativeStatement s;
    if (db.backend() == Backend::SQLite) {
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return nativeError(QStringLiteral("no native SQLite handle"));
        s.m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        if (sqlite3_prepare_v3(s.m_sqlite, sql.data(), int(sql.size()), persistent ? SQLITE_PREPARE_PERSISTENT : 0, &s.m_stmt, nullptr)
            != SQLITE_OK)
            return nativeError(QString::fromUtf8(sqlite3_errmsg(s.m_sqlite)));
        s.m_row.m_stmt = s.m_stmt;
        return s;
    }
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nativeError(QStringLiteral("no native PostgreSQL handle"));
    s.m_pg = *static_cast<pg_conn *const *>(handle.constData());
    s.m_pgSql = postgresPlaceholders(sql);
    return s;
}

NativeStatement::NativeStatement(NativeStatement &&other) noexcept
{
    *this = std::move(other);
}

NativeStatement &NativeStatement::operator=(NativeStatement &&other) noexcept
{
    if (this == &other)
        return *this;
    finishPostgres();
    sqlite3_finalize(m_stmt);
    m_sqlite = std::exchange(other.m_sqlite, nullptr);
    m_stmt = std::exchange(other.m_stmt, nullptr);
    m_pg = std::exchange(other.m_pg, nullptr);
    m_pgSql = std::move(other.m_pgSql);
    m_pgValues = std::move(other.m_pgValues);
    m_pgNull = std::move(other.m_pgNull);
    m_started = std::exchange(other.m_started, false);
    m_done = std::exchange(other.m_done, false);
    m_position = std::exchange(other.m_position, 0);
    m_row.m_stmt = m_stmt;
    m_row.m_result = std::exchange(other.m_row.m_result, nullptr);
    other.m_row.m_stmt = nullptr;
    m_status = other.m_status;
    return *this;
}

NativeStatement::~NativeStatement()
{
    finishPostgres();
    sqlite3_finalize(m_stmt);
}

NativeStatement &NativeStatement::bind(qint64 value)
{
    ++m_position;
    if (m_stmt) {
        sqlite3_bind_int64(m_stmt, m_position, value);
    } else {
        m_pgValues.push_back(std::to_string(value));
        m_pgNull.push_back(false);
    }
    return *this;
}

NativeStatement &NativeStatement::bind(std::initializer_list<qint64> values)
{
    for (const qint64 v : values)
        bind(v);
    return *this;
}

NativeStatement &NativeStatement::bindText(std::string_view utf8, bool keep)
{
    ++m_position;
    if (m_stmt) {
        sqlite3_bind_text(m_stmt, m_position, utf8.data(), int(utf8.size()), keep ? SQLITE_STATIC : SQLITE_TRANSIENT);
    } else {
        m_pgValues.emplace_back(utf8);
        m_pgNull.push_back(false);
    }
    return *this;
}

NativeStatement &NativeStatement::bindNull()
{
    ++m_position;
    if (m_stmt) {
        sqlite3_bind_null(m_stmt, m_position);
    } else {
        m_pgValues.emplace_back();
        m_pgNull.push_back(true);
    }
    return *this;
}

void NativeStatement::fail(const QString &detail)
{
    if (m_status.ok())
        m_status = nativeError(detail);
    m_done = true;
}

bool NativeStatement::startPostgres()
{
    std::vector<const char *> values;
    for (size_t i = 0; i < m_pgValues.size(); ++i)
        values.push_back(m_pgNull[i] ? nullptr : m_pgValues[i].c_str());
    if (!PQsendQueryParams(m_pg, m_pgSql.c_str(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0)) {
        fail(QString::fromUtf8(PQerrorMessage(m_pg)));
        return false;
    }
    PQsetSingleRowMode(m_pg); // rows arrive one by one instead of all at once in memory
    return true;
}

// Reads what is left of a result so that the connection is free again.
void NativeStatement::finishPostgres()
{
    if (m_row.m_result) {
        PQclear(m_row.m_result);
        m_row.m_result = nullptr;
    }
    if (!m_pg || !m_started || m_done)
        return;
    while (PGresult *res = PQgetResult(m_pg))
        PQclear(res);
    m_done = true;
}

bool NativeStatement::next()
{
    if (m_done)
        return false;
    if (m_stmt) {
        m_started = true;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
        m_done = true;
        return false;
    }
    if (!m_started) {
        m_started = true;
        if (!startPostgres())
            return false;
    }
    if (m_row.m_result) {
        PQclear(m_row.m_result);
        m_row.m_result = nullptr;
    }
    while (PGresult *res = PQgetResult(m_pg)) {
        const ExecStatusType st = PQresultStatus(res);
        if (st == PGRES_SINGLE_TUPLE && m_status.ok()) {
            m_row.m_result = res;
            return true;
        }
        if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK && st != PGRES_SINGLE_TUPLE)
            fail(QString::fromUtf8(PQresultErrorMessage(res)));
        PQclear(res);
    }
    m_done = true;
    return false;
}

Status NativeStatement::exec()
{
    while (next()) {
    }
    return m_status;
}

void NativeStatement::reset()
{
    finishPostgres();
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_pgValues.clear();
    m_pgNull.clear();
    m_position = 0;
    m_started = false;
    m_done = false;
    m_status = {};
}

} // namespace perisai::storage
