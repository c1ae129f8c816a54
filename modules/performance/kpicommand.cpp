#include "performance/kpicommand.h"

namespace perisai::performance {

cli::Command kpiCommand()
{
    return {QStringLiteral("kpi"), QStringLiteral("print the indicators of a period as JSON or CSV"),
            [](const QStringList &) { return cli::fail(QStringLiteral("kpi: not available in this build")); }};
}

} // namespace perisai::performance
