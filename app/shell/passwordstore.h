#pragma once
// Server passwords kept in the system keychain (Secret Service / KWallet on Linux, the Credential Manager on
// Windows), one per connection, so that a desk on a shared PostgreSQL server does not ask at every start.
// Without a keychain (no session bus, or built without QtKeychain) nothing is stored and libpq falls back to
// PGPASSWORD and ~/.pgpass as before.

#include "core/result.h"
#include "storage/location.h"

namespace perisai::shell::passwords {

// The stored password of this connection; empty when there is none or no keychain answers.
QString read(const storage::Location &location);
// Stores the password (an empty one removes what was stored).
Status write(const storage::Location &location, const QString &password);

} // namespace perisai::shell::passwords
