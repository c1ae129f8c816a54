#pragma once
// Months and month ranges. A month is stored in the database as the integer YYYYMM (202206).

#include "core/result.h"

#include <QDate>
#include <QString>
#include <compare>

namespace perisai {

class YearMonth {
public:
    constexpr YearMonth() = default;
    constexpr YearMonth(int year, int month) : m_year(year), m_month(month) {}

    static constexpr YearMonth fromKey(int yyyymm) { return {yyyymm / 100, yyyymm % 100}; }
    static YearMonth fromDate(const QDate &date) { return {date.year(), date.month()}; }
    // Accepts "YYYY-MM"; returns an invalid month otherwise.
    static YearMonth parse(const QString &text);

    constexpr int year() const { return m_year; }
    constexpr int month() const { return m_month; }
    constexpr int key() const { return m_year * 100 + m_month; }
    // Months since year 0: differences of indexes are month distances.
    constexpr int index() const { return m_year * 12 + m_month - 1; }
    static constexpr YearMonth fromIndex(int index) { return {index / 12, index % 12 + 1}; }

    constexpr bool isValid() const { return m_year >= 1900 && m_year <= 2200 && m_month >= 1 && m_month <= 12; }
    constexpr YearMonth addMonths(int n) const { return fromIndex(index() + n); }
    constexpr int monthsUntil(YearMonth other) const { return other.index() - index(); }

    QDate firstDay() const { return QDate(m_year, m_month, 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    QString toString() const; // "2022-06"

    constexpr auto operator<=>(const YearMonth &) const = default;

private:
    int m_year = 0;
    int m_month = 0;
};

// An inclusive range of months, as written on the command line: "2022-01..2022-06" or "2022".
struct PeriodRange {
    YearMonth from;
    YearMonth to;

    static Result<PeriodRange> parse(const QString &text);
    static PeriodRange year(int y) { return {{y, 1}, {y, 12}}; }

    int months() const { return from.monthsUntil(to) + 1; }
    bool contains(YearMonth m) const { return m >= from && m <= to; }
    // The same months one year earlier.
    PeriodRange previousYear() const { return {from.addMonths(-12), to.addMonths(-12)}; }
    QString toString() const;
};

} // namespace perisai
