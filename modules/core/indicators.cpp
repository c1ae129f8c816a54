#include "core/indicators.h"

#include <cmath>
#include <numeric>

namespace perisai::indicators {

double ratio(double numerator, double denominator)
{
    return denominator == 0.0 ? 0.0 : numerator / denominator;
}

Outlook yearEndOutlook(qint64 yearToDate, int monthsElapsed, const std::array<qint64, 12> &lastYearByMonth)
{
    Outlook o;
    if (monthsElapsed <= 0)
        return o;
    o.runRate = std::llround(static_cast<double>(yearToDate) * 12.0 / monthsElapsed);
    const qint64 lastYearTotal = std::accumulate(lastYearByMonth.begin(), lastYearByMonth.end(), qint64(0));
    const qint64 lastYearSameMonths =
        std::accumulate(lastYearByMonth.begin(), lastYearByMonth.begin() + std::min(monthsElapsed, 12), qint64(0));
    if (lastYearSameMonths > 0)
        o.seasonal = std::llround(static_cast<double>(yearToDate) * lastYearTotal / lastYearSameMonths);
    const qint64 expected = o.seasonal > 0 ? o.seasonal : o.runRate;
    o.beatsLastYear = lastYearTotal > 0 && expected > lastYearTotal;
    return o;
}

Achievement targetAchievement(qint64 acquisitions, qint64 target, double cap)
{
    Achievement a;
    a.ratio = ratio(static_cast<double>(acquisitions), static_cast<double>(target));
    a.aboveCap = target > 0 && a.ratio > cap;
    return a;
}

} // namespace perisai::indicators
