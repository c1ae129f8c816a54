#pragma once
// Changing an agent's status by hand: the moves the rules allow from where the agent stands, the date,
// the reason (required to dismiss or deactivate), and the rejoin date for an inactive agent. The change
// goes on the undo stack.

#include "roster/rostercommands.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace perisai::roster {

class StatusDialog : public QDialog {
    Q_OBJECT

public:
    StatusDialog(CommandContext context, QUndoStack *undoStack, const Agent &agent, QWidget *parent = nullptr);

    // The statuses the agent may move to (none for a dismissed agent).
    static QList<AgentStatus> allowedTargets(AgentStatus from);

    void choose(AgentStatus to, const QDate &date, const QString &reason);
    bool save();
    QString message() const;

private:
    void updateHint();

    CommandContext m_context;
    QUndoStack *m_undo;
    Agent m_agent;
    QComboBox *m_target;
    QDateEdit *m_date;
    QLineEdit *m_reason;
    QLabel *m_hint;
    QLabel *m_error;
};

} // namespace perisai::roster
