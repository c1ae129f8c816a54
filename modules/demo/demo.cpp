#include "demo/demo.h"

#include <QCoreApplication>

namespace perisai::demo {

Status generate(const storage::Database &, const Options &, const std::function<bool(qint64, qint64)> &)
{
    return makeError(QCoreApplication::translate("Demo", "demo data is not available in this build"));
}

} // namespace perisai::demo
