#pragma once
// The import pipeline from files to database, for the command line and the window's worker thread.
//
//   read (CSV/XLSX) -> find the header row -> match columns to fields (mapping first) -> check every row
//   against the database and collect EVERY rejected row -> if any row is rejected, stop: nothing is written
//   -> otherwise, per file, one import batch: insert new rows, update changed ones (before-rows kept for
//   undo), leave unchanged ones alone -> review flags -> summaries for the touched months -> commit.
//
// All of it runs in one transaction on the calling thread's connection (db.connection()), so a rejected
// file, a cancel, a crash or a killed process leave the database exactly as it was.

#include "core/result.h"
#include "importtypes.h"

namespace perisai::storage {
class Database;
}

namespace perisai::imports {

// An Error is a problem with the import as a whole (unreadable file, required column missing, database
// unreachable); rejected rows come back in ImportResult::issues with committed == false.
Result<ImportResult> runImport(const storage::Database &db, const ImportOptions &options, const ImportControl &control = {});

// The rejected rows as CSV (file, line, column, value, reason), UTF-8 with BOM so that Excel reads it right.
QByteArray issuesCsv(const QList<ImportIssue> &issues);
// Never over the database or a file being imported; over an existing file only with `replaceExisting`.
Status writeIssuesCsv(const QList<ImportIssue> &issues, const QString &path, bool replaceExisting);

} // namespace perisai::imports
