#pragma once
// Column mappings: which file header feeds which field, when the automatic matching does not know the
// header. On the command line a small JSON file ({"file header": "field"}; "" skips the column); in the
// window the mapping step saves one per kind in app_meta (key imports.mapping.<kind>) for next time.

#include "core/result.h"
#include "importtypes.h"

namespace perisai::storage {
class Database;
}

namespace perisai::imports {

// Field names may be the English or Indonesian field name or any known header ("kpj", "member_no").
Result<Mapping> readMappingFile(const QString &path, Kind kind);
Result<Mapping> parseMapping(const QByteArray &json, Kind kind, const QString &where = {});
QByteArray mappingJson(const Mapping &mapping);

Status saveMapping(const storage::Database &db, Kind kind, const Mapping &mapping);
Result<Mapping> loadMapping(const storage::Database &db, Kind kind); // empty when none was saved

} // namespace perisai::imports
