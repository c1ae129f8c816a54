#include "storage/open.h"

namespace perisai::storage {

Result<DatabasePtr> openAndMigrate(const QString &location)
{
    auto parsed = Location::parse(location);
    if (!parsed)
        return parsed.error();
    return openAndMigrate(*parsed);
}

Result<DatabasePtr> openAndMigrate(const Location &location)
{
    auto db = Database::open(location);
    if (!db)
        return db.error();
    if (auto st = (*db)->migrate(); !st)
        return st.error();
    return *db;
}

} // namespace perisai::storage
