#pragma once
// The module's one translation context ("Incentives") for free functions: Tr::tr("..."). lupdate reads the
// context from Q_DECLARE_TR_FUNCTIONS.

#include <QCoreApplication>

namespace perisai::incentives {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Incentives)
};

} // namespace perisai::incentives
