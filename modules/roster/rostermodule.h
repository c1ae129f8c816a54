#pragma once

#include "reports/reportcatalog.h"
#include "ui/module.h"

namespace perisai::roster {

std::unique_ptr<ui::Module> createModule();
// Adds the agent scorecard to reports::ReportCatalog (safe to call more than once).
void registerReports();

} // namespace perisai::roster
