#pragma once
// Import batches: every import is one row in import_batches per file, listed with its source file,
// counts and time, and can be undone. Undo restores each updated row from its before-row in
// import_changes, then deletes the rows the batch inserted (they still carry its batch_id), removes the
// open review flags it raised and brings the summaries of the touched months up to date — all in one
// transaction. Batches of one kind are undone newest first; rows other data still refers to (the
// contributions of imported participants) must have that data undone first.

#include "core/result.h"
#include "importtypes.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace perisai::storage {
class Database;
}

namespace perisai::imports {

struct BatchInfo {
    qint64 id = 0;
    QString kind;         // "contributions"
    QString sourceFile;   // absolute path when it was imported
    QString fileSha256;
    QDateTime startedAt;  // UTC
    QDateTime finishedAt;
    Counts counts;
    QString status;       // committed, undone
    QString user;
    QDateTime undoneAt;
};

Result<QList<BatchInfo>> listBatches(const storage::Database &db, int limit = 500);

struct UndoResult {
    qint64 restored = 0; // updated rows put back as they were
    qint64 removed = 0;  // inserted rows deleted
    qint64 flagsRemoved = 0;
};
Result<UndoResult> undoBatch(const storage::Database &db, qint64 batchId);

// Used by the import itself, inside its transaction.
Result<qint64> createBatch(const QSqlDatabase &conn, Kind kind, const QString &sourceFile, const QString &sha256,
                           const QString &user, const QString &startedAt);
Status finishBatch(const QSqlDatabase &conn, qint64 batchId, const Counts &counts);

} // namespace perisai::imports
