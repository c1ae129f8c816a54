#pragma once
// Reading many rows fast for in-memory snapshots (the participants search index): on SQLite through the
// native statement (Qt's QVariant per value costs more than the query itself at 300 k rows), on PostgreSQL
// through Query. Values are bound; only integers are taken as parameters.

#include "core/result.h"

#include <QList>
#include <functional>
#include <string_view>

namespace perisai::storage {
class Database;
}

namespace perisai::roster {

class RowView {
public:
    virtual ~RowView() = default;
    virtual qint64 integer(int column) const = 0;      // 0 for NULL
    virtual std::string_view text(int column) const = 0; // UTF-8, empty for NULL; valid until the next row
};

// Runs `sql` with `params` and calls `visit` for each row; `visit` returns false to stop (a cancelled scan
// returns an error).
Status scanRows(const storage::Database &db, const QString &sql, const QList<qint64> &params,
                const std::function<bool(const RowView &)> &visit);

} // namespace perisai::roster
