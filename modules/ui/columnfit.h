#pragma once
// Table columns as wide as what they hold: the header's longest line and the widest value on screen. The
// room left over goes to the columns named flexible (names, wadah), not to whichever column happens to be
// last; on a narrow window the flexible ones give way first, never below their header. Refitted when the
// data or the view's width changes.

#include <QList>

class QTableView;

namespace perisai::ui {

void fitColumns(QTableView *view, const QList<int> &flexible);
// Fits again now (after columns were shown or hidden); nothing for a view without fitColumns().
void refitColumns(QTableView *view);

} // namespace perisai::ui
