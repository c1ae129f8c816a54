#pragma once
// Computes the indicators of a period and scope from the summary tables. Safe to call from a worker
// thread: every read goes through that thread's own connection.

#include "core/result.h"
#include "kpidata.h"
#include "kpiscope.h"

#include <QDate>

namespace perisai::storage {
class Database;
}

namespace perisai::figures {

class KpiService {
public:
    explicit KpiService(const storage::Database &db) : m_db(db) {}

    // The figures of interfaces.md's kpi JSON. `today` bounds "as of" figures (open actions,
    // agreements) for a period that has not ended yet.
    Result<KpiSummary> summary(const KpiScope &scope, const PeriodRange &period,
                               const QDate &today = QDate::currentDate()) const;
    // The summary plus everything the dashboard draws: monthly series, the cumulative year,
    // the cohort table, achievement by wadah and agent (the leaderboard).
    Result<DashboardData> dashboard(const KpiScope &scope, const PeriodRange &period,
                                    const QDate &today = QDate::currentDate()) const;

private:
    Result<DashboardData> compute(const KpiScope &scope, const PeriodRange &period, const QDate &today,
                                  bool details) const;

    const storage::Database &m_db;
};

} // namespace perisai::figures
