#pragma once
// Small forms for an obstacle raised at a session and an action item agreed on.

#include "monevtypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace perisai::monev {

class ObstacleDialog : public QDialog {
    Q_OBJECT

public:
    ObstacleDialog(const Obstacle &obstacle, const std::vector<Category> &categories, const std::vector<Attendee> &agents,
                   QWidget *parent = nullptr);
    Obstacle obstacle() const;

private:
    Obstacle m_obstacle;
    QComboBox *m_category;
    QComboBox *m_agent;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_solution;
};

class ActionDialog : public QDialog {
    Q_OBJECT

public:
    ActionDialog(const Action &action, const std::vector<Obstacle> &obstacles, QWidget *parent = nullptr);
    Action action() const;

private:
    Action m_action;
    QComboBox *m_obstacle;
    QPlainTextEdit *m_description;
    QLineEdit *m_owner;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
};

} // namespace perisai::monev
