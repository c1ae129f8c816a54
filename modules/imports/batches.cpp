#include "batches.h"

#include "storage/database.h"
#include "storage/query.h"

namespace perisai::imports {

Result<qint64> createBatch(const QSqlDatabase &conn, Kind kind, const QString &sourceFile, const QString &sha256,
                           const QString &user, const QString &startedAt)
{
    storage::Query q(conn, QStringLiteral("INSERT INTO import_batches (kind, source_file, file_sha256, started_at, user_name, status) "
                                          "VALUES (?, ?, ?, ?, ?, 'committed') RETURNING id"));
    q.bind({kindName(kind), sourceFile, storage::nullIfEmpty(sha256), startedAt, user});
    auto id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status finishBatch(const QSqlDatabase &conn, qint64 batchId, const Counts &counts)
{
    storage::Query q(conn, QStringLiteral("UPDATE import_batches SET finished_at = ?, rows_total = ?, rows_inserted = ?, "
                                          "rows_updated = ?, rows_unchanged = ?, rows_rejected = ? WHERE id = ?"));
    q.bind({storage::nowIso(), counts.total, counts.inserted, counts.updated, counts.unchanged, counts.rejected, batchId});
    return q.exec();
}

Result<QList<BatchInfo>> listBatches(const storage::Database &db, int limit)
{
    storage::Query q(db.connection(), QStringLiteral(
        "SELECT id, kind, source_file, file_sha256, started_at, finished_at, rows_total, rows_inserted, rows_updated, "
        "rows_unchanged, rows_rejected, status, user_name, undone_at FROM import_batches ORDER BY id DESC LIMIT ?"));
    q.bind(limit);
    if (auto st = q.exec(); !st)
        return st.error();
    QList<BatchInfo> list;
    while (q.next()) {
        BatchInfo b;
        b.id = q.intValue(0);
        b.kind = q.text(1);
        b.sourceFile = q.text(2);
        b.fileSha256 = q.text(3);
        b.startedAt = QDateTime::fromString(q.text(4), Qt::ISODateWithMs);
        b.finishedAt = QDateTime::fromString(q.text(5), Qt::ISODateWithMs);
        b.counts = {q.intValue(6), q.intValue(7), q.intValue(8), q.intValue(9), q.intValue(10)};
        b.status = q.text(11);
        b.user = q.text(12);
        b.undoneAt = QDateTime::fromString(q.text(13), Qt::ISODateWithMs);
        list.append(b);
    }
    return list;
}

} // namespace perisai::imports
