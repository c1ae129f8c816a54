#pragma once
// The figures of each KCP, wadah or agent of a scope for a period: what the dashboard's tables, the roster's
// columns, the agent detail, the projector's rankings, the PDFs and `kpi --by` show, computed once here.
//
// An agent's figures come from summary_agent_month and summary_cohort by agent; a wadah's are its agents'
// added up (its target its own, or its agents'); a KCP's come from the office summaries of the KCP and the
// offices below it, as `kpi --office KCP` computes them.
//
// To add a per-unit figure: a field in UnitFigures, filled in unitfigures.cpp for agents (and added up in
// wadahFigures() and officeFigures()), a term in glossary.h, and a column in unitColumns() (unitexport.h)
// for `kpi --by`.

#include "core/indicators.h"
#include "core/result.h"
#include "kpiscope.h"
#include "period.h"
#include "org.h"
#include "targets.h"

#include <QDate>
#include <array>
#include <optional>
#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::figures {

// Branch: each KC under a kanwil (the roll-up of a regional office); Kcp: each KCP of the scope.
enum class UnitLevel { Branch, Kcp, Wadah, Agent };
QString unitLevelKey(UnitLevel level); // "kc", "kcp", "wadah", "agent"
std::optional<UnitLevel> unitLevelFromKey(const QString &key);

// Retention is shown at these months after registration.
inline constexpr std::array<int, 4> kRetentionMonths{1, 3, 6, 12};

struct UnitFigures {
    UnitLevel level = UnitLevel::Agent;
    qint64 id = 0;
    QString code;
    QString name;
    qint64 officeId = 0;
    qint64 wadahId = 0;  // agents
    QString wadahCode;   // agents
    QString wadahName;   // agents
    QString status;      // agents: candidate, active, inactive, dismissed; wadah: active, inactive
    QDate joinedOn;      // agents

    qint64 acquisitions = 0;
    qint64 acquisitionsSamePeriodLastYear = 0;
    qint64 activeRecruits = 0;    // paid up for the period's last month
    qint64 collected = 0;         // by the agents themselves, rupiah
    bool productive = false;      // agents: a transaction in the period's last month
    int lastActiveMonth = 0;      // agents, when asked for: YYYYMM of the last month with a transaction
    TargetFigure target;
    indicators::Achievement achievement;
    std::array<indicators::RetentionCount, kRetentionMonths.size()> retentionCounts{};
    int rank = 0;                 // by acquisitions, recruits paying, collected (glossary: Rank)
    // On the period's last day (glossary: Agents registered, Active agents): for an agent 1 or 0, for a
    // wadah, KCP or KC its agents added up.
    qint64 agentsRegistered = 0;
    qint64 agentsActive = 0;

    // A target was set and the acquisitions reached it (glossary: Target achievement at least 100 %).
    bool reachedTarget() const { return target.value > 0 && achievement.ratio >= 1.0; }
    std::optional<double> retention(int k) const; // k one of kRetentionMonths; empty: not yet observable
    qint64 retentionBase(int k) const;            // the recruits old enough to count at k
};

struct UnitTable {
    FiguresPeriod period;
    UnitLevel level = UnitLevel::Agent;
    double cap = 1.0;
    std::vector<UnitFigures> rows; // by code
};

struct UnitOptions {
    bool lastActivity = false; // fill lastActiveMonth (reads the agents' whole history)
};

// The units of `level` within the scope (narrowed to a wadah: its agents, or itself). The period is cut at
// the last month with data, or refused when wholly after it.
Result<UnitTable> unitFigures(const storage::Database &db, const KpiScope &scope, UnitLevel level, const PeriodRange &asked,
                              const QDate &today = QDate::currentDate(), UnitOptions options = {});

namespace detail {
// What the per-unit computations share with KpiService (already read once).
struct UnitContext {
    const storage::Database &db;
    const ResolvedScope &scope;
    const Org &org;
    const TargetBook &targets;
    PeriodRange range;
    YearMonth lastObserved;
    double cap = 1.0;
};
Result<std::vector<UnitFigures>> agentFigures(const UnitContext &c, UnitOptions options = {});
std::vector<UnitFigures> wadahFigures(const UnitContext &c, const std::vector<UnitFigures> &agents);
// Each office of the level (Branch or Kcp) within the scope, with everything below it.
Result<std::vector<UnitFigures>> officeFigures(const UnitContext &c, const std::vector<UnitFigures> &agents, UnitLevel level);
// Ranks the rows by acquisitions, recruits paying, collected (equal figures share a rank).
void rank(std::vector<UnitFigures> &rows);
} // namespace detail

} // namespace perisai::figures
