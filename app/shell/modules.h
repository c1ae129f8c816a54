#pragma once

#include "ui/module.h"

namespace perisai::shell {

// Every module of the application, in navigation order. Adding a module is one line in modules.cpp.
ui::ModuleList createModules();

} // namespace perisai::shell
