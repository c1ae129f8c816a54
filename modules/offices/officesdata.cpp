#include "officesdata.h"

#include "figures/officeagents.h"
#include "offices/officerepository.h"
#include "storage/database.h"

namespace perisai::offices {

OfficesData loadOfficesData(const storage::Database &db, const QDate &today)
{
    OfficesData data;
    OfficeRepository repo(db);
    auto rows = repo.list();
    auto regions = repo.regions();
    auto workforce = repo.workforceRegions();
    auto month = figures::referenceMonth(db, today);
    if (!rows || !regions || !workforce || !month) {
        data.error = !rows ? rows.errorText() : !regions ? regions.errorText() : !workforce ? workforce.errorText() : month.errorText();
        return data;
    }
    auto agents = figures::agentsByOffice(db, month->lastDay());
    if (!agents) {
        data.error = agents.errorText();
        return data;
    }
    data.month = *month;
    data.rows = *rows;
    for (OfficeRow &r : data.rows) {
        const figures::OfficeAgents a = agents->value(r.office.id);
        r.agentsRegistered = a.registered;
        r.agentsActive = a.active;
    }
    data.regions = *regions;
    data.workforceRegions = QSet<QString>(workforce->begin(), workforce->end());
    return data;
}

} // namespace perisai::offices
