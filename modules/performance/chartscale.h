#pragma once
// Chart arithmetic without a chart: round axis steps, and months grouped so that a long period still
// fits its chart (months up to two years, quarters up to six, then years).

#include "core/period.h"

#include <vector>

namespace perisai::performance {

struct AxisScale {
    double max = 1.0;  // the axis end, a whole number of steps
    double step = 1.0; // 1, 2, 2.5 or 5 times a power of ten
    int ticks = 1;     // steps from 0 to max
};
// 0..max covering maxValue in at most maxTicks round steps (never less than one unit).
AxisScale niceScale(double maxValue, int maxTicks = 5);

struct Bucket {
    PeriodRange range;
    enum class Kind { Month, Quarter, Year } kind = Kind::Month;
};
std::vector<Bucket> buckets(const PeriodRange &range);

} // namespace perisai::performance
