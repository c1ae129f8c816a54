#pragma once

#include "ui/module.h"

namespace perisai::imports {

std::unique_ptr<ui::Module> createModule();

} // namespace perisai::imports
