#pragma once

#include "reports/reportcatalog.h"
#include "ui/module.h"

namespace perisai::roster {

struct Option;

std::unique_ptr<ui::Module> createModule();
// Adds the agent scorecard to reports::ReportCatalog (safe to call more than once).
void registerReports();
// The roster's lookup lists (lookuprepository.h) as the Reports page offers them: "code · name", by code.
Result<std::vector<reports::Choice>> choicesOf(const Result<QList<Option>> &options);

} // namespace perisai::roster
