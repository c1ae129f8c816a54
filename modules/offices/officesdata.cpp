#include "officesdata.h"

#include "offices/officerepository.h"
#include "storage/database.h"

namespace perisai::offices {

OfficesData loadOfficesData(const storage::Database &db)
{
    OfficesData data;
    OfficeRepository repo(db);
    auto rows = repo.list();
    auto regions = repo.regions();
    auto workforce = repo.workforceRegions();
    if (!rows || !regions || !workforce) {
        data.error = !rows ? rows.errorText() : !regions ? regions.errorText() : workforce.errorText();
        return data;
    }
    data.rows = *rows;
    data.regions = *regions;
    data.workforceRegions = QSet<QString>(workforce->begin(), workforce->end());
    return data;
}

} // namespace perisai::offices
