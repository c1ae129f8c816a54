#pragma once

namespace perisai::review {

// Adds "review" (open review cases, for the branch head; personal data masked unless --unmasked) to the
// report catalog: `perisai-desk report --type review` and the Reports page. Safe to call more than once.
void registerReports();

} // namespace perisai::review
