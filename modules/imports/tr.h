#pragma once
// The module's one translation context ("Imports"), usable from free functions: Tr::tr("...").
// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS.

#include <QCoreApplication>

namespace perisai::imports {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Imports)
};

} // namespace perisai::imports
