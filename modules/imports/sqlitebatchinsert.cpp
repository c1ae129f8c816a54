#include "sqlitebatchinsert.h"

#include "tr.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace perisai::imports {
namespace {

QByteArray insertSql(const QByteArray &table, const QByteArray &columns, int columnCount, int rows)
{
    QByteArray row = "(";
    for (int c = 0; c < columnCount; ++c)
        row += c ? ",?" : "?";
    row += ')';
    QByteArray sql = "INSERT INTO \"" + table + "\" (" + columns + ") VALUES ";
    for (int r = 0; r < rows; ++r)
        sql += (r ? "," : "") + row;
    return sql;
}

} // namespace

SqliteBatchInsert::~SqliteBatchInsert()
{
    sqlite3_finalize(m_batch);
}

Status SqliteBatchInsert::open(const QSqlDatabase &conn, const QString &table, const QStringList &columns)
{
    const QVariant handle = conn.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(Tr::tr("database error: %1").arg(QStringLiteral("no native SQLite handle")));
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    m_table = table.toUtf8();
    for (const QString &c : columns)
        m_columnList += (m_columnList.isEmpty() ? "\"" : ", \"") + c.toUtf8() + '"';
    m_columns = int(columns.size());
    m_values.reserve(size_t(m_columns * kRowsPerStatement));
    m_text.reserve(1 << 16);
    const QByteArray sql = insertSql(m_table, m_columnList, m_columns, kRowsPerStatement);
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_batch, nullptr) != SQLITE_OK)
        return makeError(Tr::tr("database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    return {};
}

void SqliteBatchInsert::addInt(qint64 value)
{
    m_values.push_back({Value::Int, value, 0});
}

void SqliteBatchInsert::addText(std::string_view utf8)
{
    m_values.push_back({Value::Text, qint64(m_text.size()), qsizetype(utf8.size())});
    m_text.append(utf8);
}

void SqliteBatchInsert::addNull()
{
    m_values.push_back({Value::Null, 0, 0});
}

// Binds the kept values to `stmt` and runs it.
Status SqliteBatchInsert::run(sqlite3_stmt *stmt)
{
    int param = 0;
    for (const Value &v : m_values) {
        ++param;
        if (v.type == Value::Int)
            sqlite3_bind_int64(stmt, param, v.number);
        else if (v.type == Value::Text)
            sqlite3_bind_text(stmt, param, m_text.data() + v.number, int(v.length), SQLITE_STATIC);
        else
            sqlite3_bind_null(stmt, param);
    }
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    m_values.clear();
    m_text.clear();
    m_rows = 0;
    if (rc != SQLITE_DONE)
        return makeError(Tr::tr("database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    return {};
}

Status SqliteBatchInsert::endRow()
{
    if (++m_rows < kRowsPerStatement)
        return {};
    return run(m_batch);
}

Status SqliteBatchInsert::finish()
{
    if (m_rows == 0)
        return {};
    // The last, shorter batch gets a statement of its own size.
    const QByteArray sql = insertSql(m_table, m_columnList, m_columns, m_rows);
    sqlite3_stmt *last = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &last, nullptr) != SQLITE_OK)
        return makeError(Tr::tr("database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    const Status status = run(last);
    sqlite3_finalize(last);
    return status;
}

} // namespace perisai::imports
