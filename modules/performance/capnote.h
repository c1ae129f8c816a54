#pragma once
// Achievement above the cap (acquisitions past, say, 100 % of target) is something to review, not a failure:
// drawn in amber wherever it shows (tables, charts, tiles), with the same words saying why.

#include <QString>

namespace perisai::performance {

// The tooltip: what the cap is, what happens to what passes it, and why it is worth a look.
QString aboveCapExplanation(double cap);

} // namespace perisai::performance
