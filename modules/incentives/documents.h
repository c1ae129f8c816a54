#pragma once
// The month's PDFs: an agent's statement (what was counted, what was not and why, the rupiah under the
// rule) and a wadah's payout sheet (its agents' lines, its share, what it receives). Built on the shared
// report document; personal data (NIK, bank account) masked unless `reveal`.

#include "incentives/payees.h"
#include "incentives/service.h"
#include "reports/reportdocument.h"

#include <memory>

namespace perisai::incentives {

std::unique_ptr<reports::ReportDocument> agentStatement(const MonthView &month, const AgentIncentive &agent, const Payees &payees,
                                                        const QString &source, bool reveal = false);
std::unique_ptr<reports::ReportDocument> payoutSheet(const MonthView &month, const WadahIncentive &wadah, const Payees &payees,
                                                     const QString &source, bool reveal = false);

// How the rule version pays, in one line: "v2022: Rp10.000/Rp15.000 per new participant from 25 a month; ...".
QString ruleSummary(const RuleVersion &rule);

} // namespace perisai::incentives
