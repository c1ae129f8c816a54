#pragma once
// Shows the list behind a dashboard figure, loaded off the UI thread; exports it as XLSX. Double-clicking
// an agent opens the agent in the roster.

#include "figures/drilldown.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace perisai::ui {
class AppContext;
}

namespace perisai::performance {

class ValueTableModel;

class DrillDownDialog : public QDialog {
    Q_OBJECT

public:
    DrillDownDialog(ui::AppContext &context, const figures::DrillDown &request, QWidget *parent = nullptr);

private:
    void load();
    void showTable(const Result<figures::DrillDownTable> &table);
    void exportXlsx();

    ui::AppContext &m_context;
    figures::DrillDown m_request;
    figures::DrillDownTable m_table;
    ValueTableModel *m_model;
    QTableView *m_view;
    QLabel *m_note;
    QPushButton *m_export;
};

} // namespace perisai::performance
