#pragma once
// The period's months grouped so that a long period still fits a chart (months up to two years, quarters
// up to six, then years), with each group's figures: flows (acquisitions, target) added up over its months,
// stocks (active participants, agents) as they stood at its last month.

#include "core/period.h"
#include "kpidata.h"

#include <vector>

namespace perisai::figures {

struct Bucket {
    PeriodRange range;
    enum class Kind { Month, Quarter, Year } kind = Kind::Month;
};
std::vector<Bucket> buckets(const PeriodRange &range);

struct BucketFigures {
    Bucket bucket;
    // Its months' acquisitions and target added up; active participants and agents of its last month
    // (figures.month is that month).
    MonthFigures figures;
};

struct BucketedPeriod {
    std::vector<BucketFigures> buckets;
    bool spansYears = false; // the labels then carry the year
};

BucketedPeriod bucketFigures(const DashboardData &data);

} // namespace perisai::figures
