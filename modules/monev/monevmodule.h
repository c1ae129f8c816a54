#pragma once

#include "ui/module.h"

namespace perisai::monev {

std::unique_ptr<ui::Module> createModule();

} // namespace perisai::monev
