#pragma once
// The dashboard's tables: the retention cohorts (heat-coloured), the agents' leaderboard and the
// wadah's achievement, and the workbook that exports them all.

#include "figures/kpidata.h"
#include "ui/xlsxexport.h"

namespace perisai::performance {

class ValueTableModel;

void fillCohorts(ValueTableModel &model, const figures::DashboardData &data);
// Ranked agents; achievement above the cap in red with a flag.
void fillLeaderboard(ValueTableModel &model, const figures::DashboardData &data);
void fillWadah(ValueTableModel &model, const figures::DashboardData &data);
// The offices under the scope: a kanwil's branches, else a branch's KCP (empty when it has none).
const std::vector<figures::UnitFigures> &officeRows(const figures::DashboardData &data);
void fillOffices(ValueTableModel &model, const figures::DashboardData &data);
// Month by month figures of the period.
void fillMonths(ValueTableModel &model, const figures::DashboardData &data);

// Every table of the dashboard plus the indicator summary, one sheet each.
std::vector<ui::Sheet> dashboardWorkbook(const figures::DashboardData &data, const QString &scopeDescription);

} // namespace perisai::performance
