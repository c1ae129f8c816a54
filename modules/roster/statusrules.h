#pragma once
// The rules of an agent's status over time, as pure functions (tested without a database).
// The numbers come from program_rules 'agent_status' (they change by directive):
//   candidate -> active            once the eligibility checklist is complete
//   active -> inactive             automatically after N complete months with no acquisition and nothing
//                                  collected (N = inactive_after_months), or by hand with a reason
//   inactive -> active (rejoin)    no earlier than M months after the deactivation (M = rejoin_after_months)
//   any -> dismissed               at once, with a reason; a dismissed agent does not return

#include "core/period.h"
#include "core/result.h"
#include "roster/agent.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <optional>

namespace perisai::roster {

struct StatusRules {
    int inactiveAfterMonths = 3;
    int rejoinAfterMonths = 6;

    static StatusRules fromJson(const QJsonObject &json); // missing keys keep the defaults
};

// The checklist an agent must pass to be active.
struct Eligibility {
    bool bpuParticipant = false;
    bool account = false;
    bool device = false;
    bool notEmployee = false;
    bool briefed = false;

    bool complete() const { return bpuParticipant && account && device && notEmployee && briefed; }
    QStringList missing() const; // translated, e.g. "briefing date"
};
Eligibility eligibilityOf(const Agent &agent, const QDate &onDate);

// The first day a deactivated agent may rejoin.
QDate rejoinAllowedFrom(const QDate &deactivatedOn, const StatusRules &rules);

// Whether `agent` (its current status and statusSince) may move to `to` on `date`. `deactivatedOn` is the
// date of its last deactivation (for the rejoin rule); `today` bounds the date.
Status checkTransition(const Agent &agent, AgentStatus to, const QDate &date, const QString &reason,
                       const StatusRules &rules, const QDate &today);

struct MonthActivity {
    qint64 acquisitions = 0;
    qint64 collected = 0;
    bool empty() const { return acquisitions == 0 && collected == 0; }
};

// The day an agent active since `activeSince` became inactive under the rule: the first day after the first run
// of `rules.inactiveAfterMonths` consecutive complete months (up to `lastMonth`) with no activity.
// Only months the agent was active for in full count. `activity` is keyed by YYYYMM; absent months are empty.
std::optional<QDate> automaticDeactivationDate(const QDate &activeSince, YearMonth lastMonth,
                                               const QMap<int, MonthActivity> &activity, const StatusRules &rules);

} // namespace perisai::roster
