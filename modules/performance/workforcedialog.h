#pragma once
// Reference figures per region and year, entered or corrected by hand (an import brings them in bulk).
// Saving is one step on the undo stack.

#include "figures/workforcerepository.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace perisai::ui {
class AppContext;
}

namespace perisai::performance {

class WorkforceDialog : public QDialog {
    Q_OBJECT

public:
    explicit WorkforceDialog(ui::AppContext &context, QWidget *parent = nullptr);

    // The rows as entered; invalid numbers become a validation error on save.
    Result<std::vector<figures::WorkforceRow>> enteredRows() const;
    QTableWidget *table() const { return m_table; }
    // Whether the stored rows have arrived (they load off the UI thread).
    bool isLoaded() const { return m_loadedOnce; }

    void accept() override;

private:
    void setRows(const std::vector<figures::WorkforceRow> &rows);
    void addRow(const figures::WorkforceRow &row);

    ui::AppContext &m_context;
    std::vector<figures::WorkforceRow> m_loaded;
    bool m_loadedOnce = false;
    QTableWidget *m_table;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace perisai::performance
