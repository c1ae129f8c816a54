#pragma once

#include "ui/module.h"

namespace perisai::roster {

std::unique_ptr<ui::Module> createModule();

} // namespace perisai::roster
