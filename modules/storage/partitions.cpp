#include "storage/partitions.h"

#include "storage/database.h"
#include "storage/query.h"

namespace perisai::storage {

Status ensureContributionPartitions(const Database &db, const QSqlDatabase &conn, int from, int to)
{
    if (!db.dialect().isPostgres() || from <= 0 || to < from)
        return {};
    Query q(conn, QStringLiteral("SELECT perisai_contribution_partitions(?, ?)"));
    return q.bind({from, to}).exec();
}

} // namespace perisai::storage
