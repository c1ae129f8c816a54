#pragma once
// Reads what the indicators need: the summary tables (never the raw contribution rows) and the small
// tables beside them (targets, workforce, claims, Monev, agreements). Runs on the calling thread's
// connection, so a worker thread reads through its own.

#include "core/indicators.h"
#include "core/result.h"
#include "kpidata.h"
#include "kpiscope.h"
#include "scopefigures.h"

#include <QVariantList>
#include <map>
#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::performance {

class KpiRepository {
public:
    KpiRepository(const storage::Database &db, const ResolvedScope &scope) : m_db(db), m_scope(scope) {}

    // Per month (YYYYMM) of the range: acquisitions and active participants by channel.
    struct Month {
        qint64 acquisitions = 0;  // through agents
        qint64 activePerisai = 0; // recruited by an agent, paid up for the month
        qint64 activeOther = 0;   // other channels (0 when narrowed to agents)
    };
    Result<std::map<int, Month>> months(const PeriodRange &range) const;
    // All channels in the scope's office, whatever the narrowing (for coverage).
    Result<qint64> activeInOffice(YearMonth month) const;
    // The last month any contribution is recorded for, or an invalid month.
    Result<YearMonth> lastObserved() const;
    // Paid-up counts of agent-recruited cohorts in range at the given k, observed up to lastObserved.
    Result<std::map<std::pair<int, int>, qint64>> cohortPaid(const PeriodRange &cohorts, const QList<int> &ks,
                                                             YearMonth lastObserved) const;

    struct Agent {
        qint64 id = 0;
        QString code;
        QString name;
        qint64 wadahId = 0;
        indicators::AgentTenure tenure;
    };
    Result<std::vector<Agent>> agents() const;
    struct Wadah {
        qint64 id = 0;
        QString code;
        QString name;
    };
    Result<std::vector<Wadah>> wadah() const;
    // Agents with an acquisition or money collected, per month.
    Result<std::map<int, qint64>> productiveByMonth(const PeriodRange &range) const;
    struct AgentFigures {
        qint64 acquisitions = 0;
        qint64 activeRecruits = 0; // at the range's last month
        qint64 collected = 0;
    };
    Result<std::map<qint64, AgentFigures>> byAgent(const PeriodRange &range) const;

    // The scope's own targets month by month (its offices', or its wadah's or agent's), years of the range.
    using TargetKey = std::pair<QString, QString>; // level ("cabang", "kcp", "wadah", "agen") and code
    Result<std::map<TargetKey, indicators::TargetTable>> scopeTargets(const PeriodRange &range) const;
    // Every wadah's and agent's target for the range, added up in the database year by year.
    Result<std::map<TargetKey, qint64>> memberTargets(const PeriodRange &range) const;
    // The agents' target cap in force on a day (program_rules 'target'), 1.0 when none is recorded.
    Result<double> targetCap(const QDate &day) const;
    Result<std::vector<WorkforceFigure>> workforce() const;
    Result<std::map<QString, ProgramClaims>> claims(const PeriodRange &range) const;
    struct Monev {
        qint64 sessions = 0;
        qint64 invited = 0;
        qint64 present = 0;
        qint64 openActions = 0;
        qint64 overdueActions = 0;
    };
    Result<Monev> monev(const PeriodRange &range, const QDate &asOf) const;
    Result<std::vector<indicators::AgreementTerm>> agreements() const;

private:
    using Filter = SqlFilter;
    Filter agentFilter(const QString &column) const { return performance::agentFilter(m_scope, column); }
    Filter officeFilter(const QString &column) const { return performance::officeFilter(m_scope, column); }
    Filter recruitFilter() const { return performance::recruitFilter(m_scope); }

    const storage::Database &m_db;
    const ResolvedScope &m_scope;
};

} // namespace perisai::performance
