#pragma once
// The month's bank transfer file: one row per wadah that receives money (wadah, bank, account, amount,
// reference), as CSV or XLSX by the file's extension. Every text cell is formula-neutralised (core/csvcell).
// The wadah's account is written in full: it is the organisation's account the bank transfers to.
// Agents without a wadah are paid outside this file (the page says how many).

#include "incentives/payees.h"
#include "incentives/service.h"
#include "ui/xlsxexport.h"

namespace perisai::incentives {

// "INS-202205-WDH-001": what the bank shows on the wadah's statement.
QString transferReference(YearMonth month, const QString &wadahCode);
ui::Sheet transferSheet(const MonthView &month, const Payees &payees);
Status writeTransferFile(const QString &path, const ui::Sheet &sheet);

} // namespace perisai::incentives
