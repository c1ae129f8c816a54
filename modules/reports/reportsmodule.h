#pragma once

#include "ui/module.h"

namespace perisai::reports {

std::unique_ptr<ui::Module> createModule();

} // namespace perisai::reports
