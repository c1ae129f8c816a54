#pragma once

#include "ui/module.h"

namespace perisai::agreements {

std::unique_ptr<ui::Module> createModule();

} // namespace perisai::agreements
