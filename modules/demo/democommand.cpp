#include "demo/democommand.h"

namespace perisai::demo {

cli::Command demoCommand()
{
    return {QStringLiteral("demo"), QStringLiteral("create demo data (sizes s, m, l; presets cilacap, ntb)"),
            [](const QStringList &) { return cli::fail(QStringLiteral("demo: not available in this build")); }};
}

} // namespace perisai::demo
