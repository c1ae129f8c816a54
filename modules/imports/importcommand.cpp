#include "imports/importcommand.h"

namespace perisai::imports {

cli::Command importCommand()
{
    return {QStringLiteral("import"), QStringLiteral("import CSV or XLSX extracts"),
            [](const QStringList &) { return cli::fail(QStringLiteral("import: not available in this build")); }};
}

} // namespace perisai::imports
