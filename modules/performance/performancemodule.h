#pragma once

#include "ui/module.h"

namespace perisai::performance {

std::unique_ptr<ui::Module> createModule();

} // namespace perisai::performance
