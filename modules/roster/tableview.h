#pragma once
// The roster's table look: sortable, striped, whole-row selection, and a header menu to show or hide columns.

class QTableView;
class QWidget;

namespace perisai::roster {

QTableView *makeTable(QWidget *parent = nullptr);
// Right-click on the header lists the columns with a tick to show or hide each.
void enableColumnMenu(QTableView *table);

} // namespace perisai::roster
