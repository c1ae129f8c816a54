#pragma once
// The counts behind an approved agent line (by program, by reason, by band), kept as JSON with the line so
// that a frozen month shows the same breakdown as it did when it was approved.

#include "incentives/calculator.h"

namespace perisai::incentives {

QString lineDetail(const AgentIncentive &line);
void readLineDetail(const QString &json, AgentIncentive &line);

} // namespace perisai::incentives
