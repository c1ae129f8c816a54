#pragma once
// One CSV cell as the program writes it: quoted when it must be, and never a formula. A cell that begins with
// = + - @, a tab or a carriage return is what a spreadsheet runs as a formula when the file is opened
// (OWASP "CSV injection"); such a cell gets a leading apostrophe, which spreadsheets show as text.

#include <QString>

namespace perisai::csv {

QString cell(const QString &value, QChar separator = QLatin1Char(','));
// Always in quotes (files whose every text column is quoted, as Excel reads them best).
QString quoted(const QString &value);

// The same rule for a spreadsheet cell written as text (XLSX).
QString neutralised(const QString &value);

} // namespace perisai::csv
