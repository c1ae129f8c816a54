#include "shell/modules.h"

#include "agreements/agreementsmodule.h"
#include "imports/importsmodule.h"
#include "incentives/incentivesmodule.h"
#include "monev/monevmodule.h"
#include "offices/officesmodule.h"
#include "performance/performancemodule.h"
#include "presentation/presentationmodule.h"
#include "reports/reportsmodule.h"
#include "review/opencasesreport.h"
#include "review/reviewmodule.h"
#include "roster/rostermodule.h"

#include <algorithm>

namespace perisai::shell {

void registerReports()
{
    roster::registerReports();
    monev::registerReports();
    agreements::registerReports();
    review::registerReports();
}

ui::ModuleList createModules()
{
    registerReports();
    ui::ModuleList modules;
    modules.push_back(performance::createModule());
    modules.push_back(roster::createModule());
    modules.push_back(monev::createModule());
    modules.push_back(agreements::createModule());
    modules.push_back(offices::createModule());
    modules.push_back(incentives::createModule());
    modules.push_back(imports::createModule());
    modules.push_back(reports::createModule());
    modules.push_back(review::createModule());
    modules.push_back(presentation::createModule());
    std::stable_sort(modules.begin(), modules.end(), [](const auto &a, const auto &b) { return a->order() < b->order(); });
    return modules;
}

} // namespace perisai::shell
