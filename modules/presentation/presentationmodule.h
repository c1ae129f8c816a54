#pragma once

#include "ui/module.h"

namespace perisai::presentation {

std::unique_ptr<ui::Module> createModule();

} // namespace perisai::presentation
