#pragma once
// The module's translation context ("Access") for code outside a QObject: Tr::tr("...").

#include <QCoreApplication>

namespace perisai::access {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Access)
};

} // namespace perisai::access
