#pragma once
// Chart arithmetic without a chart: round axis steps (the months grouped for a chart are the figures
// layer's, figures/periodbuckets.h).

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

} // namespace perisai::performance
