#pragma once

#include "ui/module.h"

namespace perisai::agreements {

std::unique_ptr<ui::Module> createModule();
// Adds its report kinds to reports::ReportCatalog (safe to call more than once).
void registerReports();

} // namespace perisai::agreements
