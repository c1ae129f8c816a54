#pragma once
// The Import page: "Import a file" (the mapping and import steps) and "Imported files" (batches, undo).

#include <QWidget>

class QTabWidget;

namespace perisai::ui {
class AppContext;
}

namespace perisai::imports {

class BatchesView;
class ImportWizard;

class ImportsPage : public QWidget {
    Q_OBJECT

public:
    explicit ImportsPage(ui::AppContext &context, QWidget *parent = nullptr);

    ImportWizard *wizard() const { return m_wizard; }
    BatchesView *batches() const { return m_batches; }
    void showBatches();
    void showWizard();

private:
    QTabWidget *m_tabs;
    ImportWizard *m_wizard;
    BatchesView *m_batches;
};

} // namespace perisai::imports
