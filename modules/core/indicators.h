#pragma once
// Indicator arithmetic as pure functions over plain numbers, so it is tested without a database.
// Definitions: shared/design/domain.md, "Indicators".

#include <QtGlobal>
#include <array>
#include <optional>

namespace perisai::indicators {

// a / b, or 0 when b is 0 (an empty branch has no rate, not an error).
double ratio(double numerator, double denominator);

struct Outlook {
    qint64 runRate = 0;  // year-to-date scaled to twelve months
    qint64 seasonal = 0; // year-to-date divided by last year's share of the same months (0 if unknown)
    bool beatsLastYear = false;
};

// monthsElapsed: months of this year covered by yearToDate (1..12).
// lastYearByMonth: last year's figure for each month, January first; all zero if unknown.
Outlook yearEndOutlook(qint64 yearToDate, int monthsElapsed, const std::array<qint64, 12> &lastYearByMonth);

// Target achievement; `capped` tells whether it passed the cap (Jambi: agents' additions capped at 100 %).
struct Achievement {
    double ratio = 0.0;
    bool aboveCap = false;
};
Achievement targetAchievement(qint64 acquisitions, qint64 target, double cap = 1.0);

} // namespace perisai::indicators
