#include "periodbuckets.h"

#include <algorithm>

namespace perisai::figures {

std::vector<Bucket> buckets(const PeriodRange &range)
{
    std::vector<Bucket> out;
    const int months = range.months();
    if (months <= 0)
        return out;
    const Bucket::Kind kind = months <= 24 ? Bucket::Kind::Month : months <= 72 ? Bucket::Kind::Quarter : Bucket::Kind::Year;
    YearMonth m = range.from;
    while (m <= range.to) {
        YearMonth end = m;
        if (kind == Bucket::Kind::Quarter)
            end = YearMonth(m.year(), ((m.month() - 1) / 3) * 3 + 3);
        else if (kind == Bucket::Kind::Year)
            end = YearMonth(m.year(), 12);
        end = std::min(end, range.to);
        out.push_back({{m, end}, kind});
        m = end.addMonths(1);
    }
    return out;
}

BucketedPeriod bucketFigures(const DashboardData &data)
{
    const PeriodRange &period = data.summary.period;
    BucketedPeriod out;
    out.spansYears = period.from.year() != period.to.year();
    for (const Bucket &b : buckets(period)) {
        MonthFigures sum;
        for (const MonthFigures &m : data.months) {
            if (m.month == b.range.to)
                sum = m; // the stocks
        }
        sum.month = b.range.to;
        sum.acquisitions = sum.acquisitionsLastYear = 0;
        sum.target = 0.0;
        for (const MonthFigures &m : data.months) {
            if (!b.range.contains(m.month))
                continue;
            sum.acquisitions += m.acquisitions;
            sum.acquisitionsLastYear += m.acquisitionsLastYear;
            sum.target += m.target;
        }
        out.buckets.push_back({b, sum});
    }
    return out;
}

} // namespace perisai::figures
