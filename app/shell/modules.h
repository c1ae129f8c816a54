#pragma once

#include "ui/module.h"

namespace perisai::shell {

// Every module of the application, in navigation order. Adding a module is one line in modules.cpp.
ui::ModuleList createModules();
// Every module's report kinds into reports::ReportCatalog (createModules() and the `report` command call it).
void registerReports();

} // namespace perisai::shell
