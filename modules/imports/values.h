#pragma once
// Values as Indonesian offices write them, read into what the database stores. Each parser takes the
// cell's UTF-8 text (already non-empty after trim()) and whether the cell was a number in a spreadsheet
// (an XLSX numeric cell: "36.8" there means thirty-six point eight, and a date is an Excel serial).
// On failure a parser returns nothing and sets *reason to a translated sentence saying what to change.
// Nothing is guessed: "01/13/2024" is not silently read as 13 January.

#include <QDate>
#include <QString>
#include <optional>
#include <string_view>

namespace perisai::imports::values {

// Without surrounding spaces, tabs and no-break spaces, and without the apostrophe that keeps a spreadsheet
// from running a cell beginning with = + - @ as a formula ("'=A1" is the text "=A1").
std::string_view trim(std::string_view text);
inline QString toQString(std::string_view utf8) { return QString::fromUtf8(utf8.data(), qsizetype(utf8.size())); }

// dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd (a time after it is ignored), "5 Januari 2024",
// "05-Jan-2024", and Excel serial dates in numeric cells.
std::optional<QDate> parseDate(std::string_view text, bool numericCell, QString *reason);
// A month as YYYYMM: 2024-03, 2024/03, 03/2024, 202403, "Maret 2024", a full date, an Excel serial.
std::optional<int> parsePeriod(std::string_view text, bool numericCell, QString *reason);
// Whole rupiah: 36800, 36.800, Rp36.800, Rp 36.800,-, 36.800,00, 36,800.00. Never negative.
std::optional<qint64> parseAmount(std::string_view text, bool numericCell, QString *reason);
// A whole number (years, months, counts) written like an amount without currency.
std::optional<qint64> parseNumber(std::string_view text, bool numericCell, QString *reason);
// An Excel serial date (the 1900 date system, with its fictitious 29 February 1900).
std::optional<QDate> excelSerialDate(double serial);

// Text for a text field; a numeric cell in exponent form ("1.23E+10") is written out in full.
QString cellText(std::string_view text, bool numericCell);

// Closed vocabularies: the stored word, or an empty string when the text is not one of them.
QString normalizeSex(const QString &text);          // L, P
QString normalizeProgram(const QString &text);      // JKK+JKM, JKK+JKM+JHT
QString normalizeClaimProgram(const QString &text); // JKK, JKM, JHT
QString normalizeAgentStatus(const QString &text);  // candidate, active, inactive, dismissed
QString normalizeTargetLevel(const QString &text);  // cabang, kcp, wadah, agen
QString normalizeWadahKind(const QString &text);    // koperasi, komunitas, bumdes, kantor_perisai, serikat, or as written
// A payment channel as stored: "agen" for every way offices write "collected by the participant's agent"
// (AGEN, PERISAI, Agen Perisai, in any case and spacing); any other word in lower case with single spaces.
QString normalizeChannel(const QString &text);
inline bool isAgentChannel(const QString &stored) { return stored == QLatin1String("agen"); }

} // namespace perisai::imports::values
