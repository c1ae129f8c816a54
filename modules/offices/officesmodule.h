#pragma once

#include "ui/module.h"

namespace perisai::offices {

std::unique_ptr<ui::Module> createModule();

} // namespace perisai::offices
