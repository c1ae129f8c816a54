#pragma once
// Column headers never clip. A header label wider than its column is cut per line with "…" (Qt elides only
// one-line labels, and the desk's two-line ones such as "Acquisitions\nthis month" were cut at both edges),
// and hovering over such a header shows its whole label, then the header's own tooltip if it has one.

class QApplication;
class QHeaderView;
class QStyle;

namespace perisai::ui {

// The application style with header labels cut per line (wraps `base`, which it takes over).
QStyle *headerLabelStyle(QStyle *base);
// Shows the whole label of a cut header section as its tooltip, for every header of the application.
void explainCutHeaders(QApplication &app);
// Whether a section's label is wider than the room it has (for the tooltip and for tests).
bool isHeaderLabelCut(const QHeaderView *header, int logicalIndex);

} // namespace perisai::ui
