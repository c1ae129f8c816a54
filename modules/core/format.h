#pragma once
// Numbers, money and dates as the user's language writes them. Indonesian (the default):
// 1.234.567 · Rp36.800 · Rp64,1 miliar · 25,6% · 19/11/2025. English: 1,234,567 · Rp64.1 billion.

#include "core/period.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <optional>

namespace perisai::fmt {

// The locale all formatting uses; the application sets it when the language changes.
void setLocale(const QLocale &locale);
QLocale locale();
bool indonesian();

QString number(qint64 value);
QString decimal(double value, int decimals = 1);
// Full amount: Rp1.104.000
QString rupiah(qint64 amount);
// Short amount for tiles and charts: Rp615.600, Rp1,1 juta, Rp64,1 miliar, Rp1,2 triliun.
QString rupiahShort(qint64 amount);
// Short count: 1.234, 12,3 rb, 1,1 jt (Indonesian) / 12.3k, 1.1M (English).
QString countShort(qint64 value);
// A ratio given as a fraction (0.256 -> 25,6%).
QString percent(double fraction, int decimals = 1);
// The same, or "–" for a share not known (yet): a retention no cohort is old enough for.
QString percent(const std::optional<double> &fraction, int decimals = 1);
QString date(const QDate &date);        // 19/11/2025
QString monthName(int month);           // Januari / January
QString monthShort(int month);          // Jan, Feb, Mar, Apr, Mei, Jun, Jul, Agu, Sep, Okt, Nov, Des
QString yearMonth(int year, int month); // Juni 2022
// A range of months as a title writes it: 2022 · Juni 2022 · Januari–Juni 2022 · November 2021–Juni 2022.
QString period(const PeriodRange &range);

} // namespace perisai::fmt
