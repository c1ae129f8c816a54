#pragma once

#include "ui/module.h"

namespace perisai::review {

// The Tinjauan page; also hands the roster its reader of an agent's open cases.
std::unique_ptr<ui::Module> createModule();

} // namespace perisai::review
