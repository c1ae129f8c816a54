#pragma once
// A running background task in the status bar: what it does, how far it is, and a Cancel button.

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace perisai::ui {
class BackgroundTask;
}

namespace perisai::shell {

class TaskIndicator : public QWidget {
    Q_OBJECT

public:
    explicit TaskIndicator(ui::BackgroundTask *task, QWidget *parent = nullptr);

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace perisai::shell
