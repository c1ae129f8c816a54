#pragma once
// One import at a time per database, so that two desks importing at once never meet half-way (a duplicate
// key on the summaries, a participant the other import has not committed yet). The second import waits
// for the first, says that it waits, and can be cancelled while it waits.
// - SQLite: the write lock of BEGIN IMMEDIATE, asked for again until it is free (the busy timeout alone
//   would give up after ten seconds, and imports take longer).
// - PostgreSQL: a transaction-scoped advisory lock (released by COMMIT or ROLLBACK, or when the desk's
//   connection drops), taken right after BEGIN.

#include "importtypes.h"

#include "core/result.h"
#include "storage/transaction.h"

#include <optional>

namespace perisai::storage {
class Database;
}

namespace perisai::imports {

// Begins `tx` on the calling thread's connection once no other import runs. An Error when the database
// fails, or when the import was cancelled while it waited (then `*cancelled` is true).
Status beginImportTransaction(const storage::Database &db, std::optional<storage::Transaction> &tx, const ImportControl &control,
                              bool *cancelled);

} // namespace perisai::imports
