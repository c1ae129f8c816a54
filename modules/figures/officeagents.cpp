#include "officeagents.h"

#include "kpiscope.h"
#include "org.h"
#include "period.h"

#include <algorithm>

namespace perisai::figures {

Result<YearMonth> referenceMonth(const storage::Database &db, const QDate &today)
{
    auto last = lastMonthWithData(db);
    if (!last)
        return last.error();
    const YearMonth current = YearMonth::fromDate(today);
    return last->isValid() ? std::min(*last, current) : current;
}

Result<QHash<qint64, OfficeAgents>> agentsByOffice(const storage::Database &db, const QDate &day)
{
    auto offices = loadOffices(db);
    if (!offices)
        return offices.error();
    ResolvedScope everything;
    everything.offices = *offices;
    for (const OfficeNode &o : *offices)
        everything.officeIds.append(o.id);
    if (everything.officeIds.isEmpty())
        return QHash<qint64, OfficeAgents>{};
    auto org = loadOrg(db, everything);
    if (!org)
        return org.error();

    QHash<qint64, qint64> parentOf;
    for (const OfficeNode &o : *offices)
        parentOf.insert(o.id, o.parentId);
    QHash<qint64, OfficeAgents> out;
    for (const OfficeNode &o : *offices)
        out.insert(o.id, {});
    // Each agent counts for its office and every office above it (a loop in the tree stops at the first repeat).
    for (const AgentUnit &a : org->agents) {
        const bool registered = indicators::registeredOn(a.tenure, day);
        const bool active = indicators::activeOn(a.tenure, day);
        if (!registered)
            continue;
        QList<qint64> seen;
        for (qint64 id = a.officeId; id != 0 && out.contains(id) && !seen.contains(id); id = parentOf.value(id)) {
            seen.append(id);
            out[id].registered += 1;
            out[id].active += active ? 1 : 0;
        }
    }
    return out;
}

} // namespace perisai::figures
