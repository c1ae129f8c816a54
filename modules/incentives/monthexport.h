#pragma once
// The month as `incentives --format json|csv` prints it (interfaces.md § Incentives): integer rupiah,
// rounded down as the rule says. Names may grow: not-counted reasons, tax and what each wadah receives are
// added to the documented shape.

#include "incentives/service.h"

namespace perisai::incentives {

QString monthJson(const MonthView &month);
QString monthCsv(const MonthView &month);

} // namespace perisai::incentives
