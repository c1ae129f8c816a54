#pragma once
// The summary tables the dashboards read (summary_agent_month, summary_office_month, summary_cohort),
// recomputed for a range of months after an import or demo generation: summaries, not scans.

#include "core/period.h"
#include "core/result.h"

#include <QList>

namespace perisai::storage {
class Database;
}

namespace perisai::figures {

class Summaries {
public:
    explicit Summaries(const storage::Database &db) : m_db(db) {}

    // Recomputes every summary row of the months in range, in the caller's transaction if one is open.
    Status refresh(const PeriodRange &range);
    // The same for a change to participants (or their contributions) of `offices` only: the rows of those
    // offices and of the agents who recruited there; the other offices' rows stay as they are. An import of
    // one branch's month into a province recomputes that branch's month, not the province's.
    Status refresh(const PeriodRange &range, const QList<qint64> &offices);
    // Recomputes all months that hold registrations or contributions.
    Status refreshAll();
    // The months that hold data, or an invalid range for an empty database.
    Result<PeriodRange> dataRange();

private:
    Status refreshInTransaction(const PeriodRange &range, const QList<qint64> &offices);

    const storage::Database &m_db;
};

} // namespace perisai::figures
