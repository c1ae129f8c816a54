#include "shell/modules.h"

#include "agreements/agreementsmodule.h"
#include "imports/importsmodule.h"
#include "monev/monevmodule.h"
#include "offices/officesmodule.h"
#include "performance/performancemodule.h"
#include "presentation/presentationmodule.h"
#include "reportcli/reportcli.h"
#include "roster/rostermodule.h"

#include <algorithm>

namespace perisai::shell {

ui::ModuleList createModules()
{
    ui::ModuleList modules;
    modules.push_back(performance::createModule());
    modules.push_back(roster::createModule());
    modules.push_back(monev::createModule());
    modules.push_back(agreements::createModule());
    modules.push_back(offices::createModule());
    modules.push_back(imports::createModule());
    modules.push_back(reportcli::createModule()); // the Reports page with every report
    modules.push_back(presentation::createModule());
    std::stable_sort(modules.begin(), modules.end(), [](const auto &a, const auto &b) { return a->order() < b->order(); });
    return modules;
}

} // namespace perisai::shell
