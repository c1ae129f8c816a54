#pragma once
// When data arriving after approval would change an approved month, the difference is paid (plus or minus)
// in the next open month as an adjustment line with its reason: the approved month itself never changes.

#include "incentives/calculator.h"
#include "incentives/runs.h"

namespace perisai::incentives {

// Per agent: what the approved month earns now (`live`, computed again from today's data) against what
// it earned when frozen (`frozen`, without the adjustments it paid itself), less the corrections of that
// month already paid in earlier approved runs (`alreadyPaid`: by agent id and corrected month YYYYMM).
std::vector<AdjustmentLine> corrections(const MonthIncentives &frozen, const MonthIncentives &live,
                                        const QMap<QPair<qint64, int>, qint64> &alreadyPaid);

// The adjustments per agent id, as calculate() takes them.
QMap<qint64, qint64> adjustmentsByAgent(const std::vector<AdjustmentLine> &lines);

} // namespace perisai::incentives
