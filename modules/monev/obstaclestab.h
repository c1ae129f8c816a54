#pragma once
// Obstacles (kendala) raised at the session with the solutions discussed, and the action items agreed.

#include "core/result.h"
#include "monevtypes.h"

#include <QWidget>

class QPushButton;
class QTableView;
class QTableWidget;

namespace perisai::ui {
class AppContext;
class PageLoader;
}

namespace perisai::monev {

class ActionModel;

class ObstaclesTab : public QWidget {
    Q_OBJECT

public:
    ObstaclesTab(ui::AppContext &context, QWidget *parent = nullptr);
    void setSession(const SessionDetail &detail);
    QTableView *actionsView() const { return m_actionsView; }
    // Changes the status of the action in `row` (an undoable command).
    void setActionStatus(int row, const QString &status);

private:
    void editObstacle(bool add);
    void deleteObstacle();
    void editAction(bool add);
    void deleteAction();
    void updateButtons();
    bool report(const Status &st);

    ui::AppContext &m_context;
    SessionDetail m_detail;
    bool m_editable = false;
    QTableWidget *m_obstacles;
    ActionModel *m_actions;
    QTableView *m_actionsView;
    QList<QPushButton *> m_editButtons;
    QPushButton *m_done;
    QPushButton *m_reopen;
    QPushButton *m_drop;
    ui::PageLoader *m_loader;
};

} // namespace perisai::monev
