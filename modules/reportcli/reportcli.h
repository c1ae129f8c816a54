#pragma once
// The whole list of reports for the command line and the window. `reports` holds the mechanism and the
// scorecards; the branch summary, Monev minutes and PKS status are built by modules that themselves
// depend on `reports`, so they join its catalog from here, above all of them, and no module depends on
// a module that depends on it.

#include "cli/command.h"
#include "ui/module.h"

#include <memory>

namespace perisai::reportcli {

// Adds summary, monev and agreements to reports::ReportCatalog. Safe to call more than once.
void registerReports();

// perisai-desk report: the reports command with every report registered.
cli::Command reportCommand();
// The Reports page with every report registered.
std::unique_ptr<ui::Module> createModule();

} // namespace perisai::reportcli
