#pragma once
// Many rows into one SQLite table fast: one prepared INSERT ... VALUES (...), (...), ... of kRowsPerStatement
// rows (a NativeStatement), run once per that many rows. SQLite pays its per-statement cost (cursor
// open/close, VDBE start and halt) once per batch instead of once per row, which roughly halves the time of
// a large import compared with a one-row statement. Values are kept (text copied) until their batch is
// bound and run. PostgreSQL has COPY for this (BulkWriter).

#include "core/result.h"
#include "storage/nativestatement.h"

#include <QStringList>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace perisai::storage {

class Database;

class SqliteBatchInsert {
public:
    static constexpr int kRowsPerStatement = 100;

    Status open(const Database &db, const QString &table, const QStringList &columns);

    void addInt(qint64 value);
    void addText(std::string_view utf8);
    void addNull();
    // Ends a row; every kRowsPerStatement rows the batch is written.
    Status endRow();
    // Writes the rows of an incomplete last batch.
    Status finish();

private:
    struct Value {
        enum Type { Int, Text, Null } type;
        qint64 number;      // Int; for Text the offset into m_text
        qsizetype length;   // Text
    };
    QByteArray insertSql(int rows) const;
    Status run(NativeStatement &statement);

    const Database *m_db = nullptr;
    std::optional<NativeStatement> m_batch;
    QByteArray m_table, m_columnList;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<Value> m_values;
    std::string m_text;
};

} // namespace perisai::storage
