#pragma once
// The module's translation context ("offices") for code outside a QObject: Tr::tr("...").

#include <QCoreApplication>

namespace perisai::offices {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(offices)
};

} // namespace perisai::offices
