#pragma once
// The month's incentives from its basis: pure arithmetic over plain data, no database, no window.
// What counts (new participants, the contributions paid in the month) is decided by the figures layer
// (figures/incentivebasis); here only the rule version turns those counts and sums into rupiah.

#include "core/period.h"
#include "figures/incentivebasis.h"
#include "incentives/rule.h"

#include <QMap>
#include <QString>
#include <vector>

namespace perisai::incentives {

using figures::AgentBasis;
using figures::Exclusion;
QString exclusionCode(Exclusion reason); // "reregistered", ...: JSON and CSV
QString exclusionText(Exclusion reason); // translated, for the window and the statements

struct AgentIncentive {
    AgentBasis basis;
    int newParticipants = 0; // counted
    int notCounted = 0; // registrations left out
    bool thresholdMet = false;
    qint64 acquisition = 0;
    std::vector<qint64> paidByBand; // one per rule band
    qint64 contributionsCounted = 0;
    qint64 contributionsNotCounted = 0; // outside the bands, dismissed, fraud
    qint64 contribution = 0;
    qint64 adjustment = 0;
    qint64 total = 0; // gross
    qint64 tax = 0;
    qint64 net = 0;
};

struct WadahIncentive {
    qint64 wadahId = 0;
    QString wadahCode;
    QString wadahName;
    qint64 agentsTotal = 0;
    qint64 share = 0; // gross
    qint64 shareTax = 0;
    qint64 agentsNet = 0; // the agents' totals after tax
    qint64 receives = 0; // transferred to the wadah: its agents' net totals and its own net share
};

struct MonthIncentives {
    YearMonth month;
    RuleVersion rule;
    std::vector<AgentIncentive> agents; // by agent code
    std::vector<WadahIncentive> wadah; // by wadah code; agents without a wadah are under id 0
    qint64 agentsTotal = 0;
    qint64 sharesTotal = 0;
    qint64 total = 0; // gross: agents and shares
    qint64 tax = 0;
    qint64 payable = 0; // what the month transfers

    const AgentIncentive *findAgent(qint64 agentId) const;
};

// `adjustments`: per agent id, the corrections of approved months that land in this month (see
// adjustments.h). An agent with an adjustment and nothing else must be in `basis` (empty).
MonthIncentives calculate(const RuleVersion &rule, YearMonth month, std::vector<AgentBasis> basis,
                          const QMap<qint64, qint64> &adjustments = {});

} // namespace perisai::incentives
