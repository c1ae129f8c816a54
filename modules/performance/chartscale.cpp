#include "chartscale.h"

#include <algorithm>
#include <cmath>

namespace perisai::performance {

AxisScale niceScale(double maxValue, int maxTicks)
{
    maxTicks = std::max(maxTicks, 1);
    if (!(maxValue > 0.0))
        return {static_cast<double>(maxTicks), 1.0, maxTicks};
    const double rough = maxValue / maxTicks;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power * 10.0;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (power * m >= rough - 1e-9) {
            step = power * m;
            break;
        }
    }
    step = std::max(step, 1.0);
    const int ticks = std::max(1, static_cast<int>(std::ceil(maxValue / step - 1e-9)));
    return {ticks * step, step, ticks};
}

} // namespace perisai::performance
