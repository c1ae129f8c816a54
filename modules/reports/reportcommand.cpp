#include "reports/reportcommand.h"

namespace perisai::reports {

cli::Command reportCommand()
{
    return {QStringLiteral("report"), QStringLiteral("export a PDF report"),
            [](const QStringList &) { return cli::fail(QStringLiteral("report: not available in this build")); }};
}

} // namespace perisai::reports
