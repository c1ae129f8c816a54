#pragma once
// "Imported files": every import batch with its file, counts and time; the selected one can be undone
// (on a background task, after a confirmation that says what will happen).

#include "ui/backgroundtask.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace perisai::ui {
class AppContext;
}

namespace perisai::imports {

class BatchModel;

class BatchesView : public QWidget {
    Q_OBJECT

public:
    explicit BatchesView(ui::AppContext &context, QWidget *parent = nullptr);

    void refresh();
    // Undoes the selected batch; `confirm` false skips the question (tests).
    void undoSelected(bool confirm = true);
    QTableView *view() const { return m_view; }

private:
    void updateButtons();

    ui::AppContext &m_context;
    BatchModel *m_model;
    QTableView *m_view;
    QPushButton *m_undo;
    QLabel *m_message;
    QPointer<ui::BackgroundTask> m_task;
};

} // namespace perisai::imports
