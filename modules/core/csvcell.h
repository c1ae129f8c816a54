#pragma once
// Every cell the program writes to a CSV or XLSX file goes through here, so that the rule is in one place.
//
// A text cell that begins with = + - @, a tab or a carriage return is what a spreadsheet runs as a formula when
// the file is opened (OWASP "CSV injection": =HYPERLINK(...) in an agent's name, @SUM(...) in a wadah's);
// such a cell gets a leading apostrophe, which spreadsheets show as text. Numbers written as numbers are not
// text and stay as they are: a negative amount stays a negative number. The importer takes the apostrophe
// off again (imports/values trim()), so that an exported file read back gives the values that went out.

#include <QString>
#include <QVariant>

namespace perisai::csv {

// Whether a spreadsheet would run `text` as a formula if it arrived as it is.
bool looksLikeFormula(const QString &text);
// The text as a spreadsheet cell: with the apostrophe when it looks like a formula (XLSX text cells, and
// the step every function below starts with).
QString neutralised(const QString &text);

// A text cell of a CSV line: neutralised, and in quotes when it holds the separator, a comma or a semicolon
// (the two separators spreadsheets guess), a quote or a line break.
QString cell(const QString &text, QChar separator = QLatin1Char(','));
// Always in quotes (files whose every text column is quoted, as Excel reads them best).
QString quoted(const QString &text);
// Any value as a CSV cell: whole numbers and decimals as numbers (untouched, a minus sign included), a null
// value as an empty cell, a date as dd/MM/yyyy, anything else as text through cell().
QString value(const QVariant &value, QChar separator = QLatin1Char(','));
// Whether `value` is written as a number (by value() here, as a number cell in XLSX).
bool isNumber(const QVariant &value);

} // namespace perisai::csv
