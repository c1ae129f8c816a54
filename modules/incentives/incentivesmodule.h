#pragma once

#include "ui/module.h"

namespace perisai::incentives {

std::unique_ptr<ui::Module> createModule();

} // namespace perisai::incentives
