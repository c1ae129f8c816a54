#include "storage/sqlitebatchinsert.h"

namespace perisai::storage {

QByteArray SqliteBatchInsert::insertSql(int rows) const
{
    QByteArray row = "(";
    for (int c = 0; c < m_columns; ++c)
        row += c ? ",?" : "?";
    row += ')';
    QByteArray sql = "INSERT INTO \"" + m_table + "\" (" + m_columnList + ") VALUES ";
    for (int r = 0; r < rows; ++r)
        sql += (r ? "," : "") + row;
    return sql;
}

Status SqliteBatchInsert::open(const Database &db, const QString &table, const QStringList &columns)
{
    m_db = &db;
    m_table = table.toUtf8();
    for (const QString &c : columns)
        m_columnList += (m_columnList.isEmpty() ? "\"" : ", \"") + c.toUtf8() + '"';
    m_columns = int(columns.size());
    m_values.reserve(size_t(m_columns * kRowsPerStatement));
    m_text.reserve(1 << 16);
    const QByteArray sql = insertSql(kRowsPerStatement);
    auto batch = NativeStatement::prepare(db, std::string_view(sql.constData(), size_t(sql.size())), true);
    if (!batch)
        return batch.error();
    m_batch = std::move(*batch);
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

// Binds the kept values (text from the buffer, not copied) and runs the statement.
Status SqliteBatchInsert::run(NativeStatement &statement)
{
    statement.reset();
    for (const Value &v : m_values) {
        if (v.type == Value::Int)
            statement.bind(v.number);
        else if (v.type == Value::Text)
            statement.bindText(std::string_view(m_text.data() + v.number, size_t(v.length)), true);
        else
            statement.bindNull();
    }
    const Status status = statement.exec();
    m_values.clear();
    m_text.clear();
    m_rows = 0;
    return status;
}

Status SqliteBatchInsert::endRow()
{
    if (++m_rows < kRowsPerStatement)
        return {};
    return run(*m_batch);
}

Status SqliteBatchInsert::finish()
{
    if (m_rows == 0)
        return {};
    // The last, shorter batch gets a statement of its own size.
    const QByteArray sql = insertSql(m_rows);
    auto last = NativeStatement::prepare(*m_db, std::string_view(sql.constData(), size_t(sql.size())));
    if (!last)
        return last.error();
    return run(*last);
}

} // namespace perisai::storage
