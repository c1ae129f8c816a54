#pragma once
// The dashboard's charts, built from DashboardData. Each reports clicks on a bar, point or slice through
// its callback, so that the page can open the list behind it.

#include "chartscale.h"
#include "figures/kpidata.h"
#include "figures/periodbuckets.h"

#include <QChart>
#include <functional>

namespace perisai::performance {

using BucketClick = std::function<void(const PeriodRange &range)>;

// Acquisitions per month (or quarter) against the same months last year and the target.
QChart *acquisitionsChart(const figures::DashboardData &data, const BucketClick &onClick);
// The cumulative year against last year's, with the run-rate and seasonal outlook to December.
QChart *cumulativeChart(const figures::DashboardData &data, const std::function<void(int month)> &onClick);
// Achievement by wadah (best first, at most maxRows), above the cap in red; acquisitions when no
// wadah has a target.
QChart *wadahChart(const figures::DashboardData &data, int maxRows, const std::function<void(const figures::UnitFigures &)> &onClick);
// Active participants at the end of each month (or quarter), through Perisai and other channels.
QChart *activeChart(const figures::DashboardData &data, const std::function<void(YearMonth month, bool perisai)> &onClick);
// Protected informal workers: through Perisai, other channels, and not yet protected.
QChart *coverageChart(const figures::KpiSummary &summary, const std::function<void(bool perisai)> &onClick);
// Claims benefit by program, with their count in the label.
QChart *claimsChart(const figures::KpiSummary &summary, const std::function<void(const QString &program)> &onClick);
// Agents registered and productive at the end of each month (or quarter).
QChart *agentsChart(const figures::DashboardData &data, const std::function<void(YearMonth month, bool productive)> &onClick);

} // namespace perisai::performance
