#pragma once
// Every file of a month in one folder: a statement per agent, a payout sheet per wadah, and the bank
// transfer file as CSV and XLSX. Safe on a worker thread.

#include "incentives/payees.h"
#include "incentives/service.h"

namespace perisai::incentives {

// "insentif-202205-AG-0001.pdf" and the like; existing files of the same names are replaced.
Status writeMonthFiles(const MonthView &month, const Payees &payees, const QString &folder, const QString &source, bool reveal);

} // namespace perisai::incentives
