#pragma once
// The follow-up review at a session: the open action items of earlier sessions carried over, each with
// what was decided here (done, still open, dropped) and a note.

#include "monevtypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace perisai::ui {
class AppContext;
}

namespace perisai::monev {

class ActionModel;

class ReviewTab : public QWidget {
    Q_OBJECT

public:
    ReviewTab(ui::AppContext &context, QWidget *parent = nullptr);
    void setSession(const SessionDetail &detail);

signals:
    void changed();

private:
    void decide(const QString &status);

    ui::AppContext &m_context;
    SessionDetail m_detail;
    ActionModel *m_model;
    QTableView *m_view;
    QLabel *m_hint;
    QList<QPushButton *> m_buttons;
};

} // namespace perisai::monev
