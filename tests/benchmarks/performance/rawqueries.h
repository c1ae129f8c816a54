#pragma once
// The peer of the benchmark: the dashboard's figures computed the plain way, with SELECT ... GROUP BY
// over the raw participant and contribution rows instead of the summary tables.

#include "core/period.h"
#include "core/result.h"

#include <map>

namespace perisai::storage {
class Database;
}

namespace perisai::bench {

struct RawFigures {
    std::map<int, qint64> acquisitions;  // YYYYMM -> participants registered by agents
    std::map<int, qint64> activePerisai; // YYYYMM -> agent recruits paid up for the month
    std::map<int, qint64> activeOther;
    std::map<std::pair<int, int>, qint64> cohortPaid; // (cohort, k) -> paid up
    std::map<qint64, qint64> agentAcquisitions;       // agent -> registered in the period
    std::map<qint64, qint64> agentCollected;          // agent -> collected in the period (channel agen)
    std::map<int, qint64> productive;                 // YYYYMM -> agents with an acquisition or a collection
};

// `months`: the months the dashboard reads (the year before the period included); `period`: the period itself.
Result<RawFigures> rawFigures(const storage::Database &db, const PeriodRange &months, const PeriodRange &period);

} // namespace perisai::bench
