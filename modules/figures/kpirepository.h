#pragma once
// Reads what the indicators need: the summary tables (never the raw contribution rows) and the small
// tables beside them (targets, workforce, claims, Monev, agreements). Runs on the calling thread's
// connection, so a worker thread reads through its own.

#include "core/indicators.h"
#include "core/result.h"
#include "kpidata.h"
#include "kpiscope.h"
#include "workforcetotal.h"

#include <QVariantList>
#include <map>
#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::figures {

class KpiRepository {
public:
    KpiRepository(const storage::Database &db, const ResolvedScope &scope) : m_db(db), m_scope(scope) {}

    // Per month (YYYYMM) of the range: acquisitions and active participants by channel.
    struct Month {
        qint64 acquisitions = 0;  // through agents
        qint64 activePerisai = 0; // recruited by an agent, paid up for the month
        qint64 activeOther = 0;   // other channels (0 when narrowed to agents)
        qint64 recruitContributions = 0; // paid for the month by agents' recruits, rupiah (0 when narrowed)
    };
    Result<std::map<int, Month>> months(const PeriodRange &range) const;
    // All channels in the scope's office, whatever the narrowing (for coverage).
    Result<qint64> activeInOffice(YearMonth month) const;
    // The last month any contribution is recorded for, or an invalid month.
    Result<YearMonth> lastObserved() const;
    // Paid-up counts of agent-recruited cohorts in range at the given k, observed up to lastObserved.
    Result<std::map<std::pair<int, int>, qint64>> cohortPaid(const PeriodRange &cohorts, const QList<int> &ks,
                                                             YearMonth lastObserved) const;

    // Agents with an acquisition or money collected, per month.
    Result<std::map<int, qint64>> productiveByMonth(const PeriodRange &range) const;

    Result<std::vector<WorkforceFigure>> workforce() const;
    Result<std::map<QString, ProgramClaims>> claims(const PeriodRange &range) const;
    Result<std::vector<indicators::AgreementTerm>> agreements() const;

private:
    using Filter = SqlFilter;
    Filter agentFilter(const QString &column) const { return figures::agentFilter(m_scope, column); }
    Filter officeFilter(const QString &column) const { return figures::officeFilter(m_scope, column); }
    Filter recruitFilter() const { return figures::recruitFilter(m_scope); }

    const storage::Database &m_db;
    const ResolvedScope &m_scope;
};

} // namespace perisai::figures
