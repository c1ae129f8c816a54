#pragma once
// Reads what the projector shows: read-only queries over the summary tables, the Monev tables and the
// agreements. Safe on a worker thread (every read uses that thread's connection).

#include "core/result.h"
#include "deckdata.h"

#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::presentation {

Result<DeckData> loadDeck(const storage::Database &db, const DeckRequest &request);

// Monev sessions, newest first, for the page's session picker.
Result<std::vector<SessionChoice>> listSessions(const storage::Database &db, int limit = 60);

} // namespace perisai::presentation
