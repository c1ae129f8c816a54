#pragma once
// Monev edits a user may take back with Edit > Undo: attendance marks and action status changes.
// Each command writes through MonevService and tells the pages which tables changed.

#include "monevtypes.h"

#include <QList>
#include <QUndoCommand>

namespace perisai::ui {
class AppContext;
}

namespace perisai::monev {

struct AttendanceChange {
    qint64 agentId = 0;
    QString before;
    QString after;
};

class AttendanceCommand : public QUndoCommand {
public:
    AttendanceCommand(ui::AppContext &context, qint64 sessionId, QList<AttendanceChange> changes);
    void redo() override;
    void undo() override;

private:
    void apply(bool forward);

    ui::AppContext &m_context;
    qint64 m_sessionId;
    QList<AttendanceChange> m_changes;
};

class ActionStatusCommand : public QUndoCommand {
public:
    // `seen` is the action as the user saw it: a change made elsewhere since then is refused.
    ActionStatusCommand(ui::AppContext &context, const Action &seen, const QString &status, const QDate &doneOn);
    void redo() override;
    void undo() override;

private:
    void apply(const QString &status, const QDate &doneOn);

    ui::AppContext &m_context;
    Action m_seen;
    QString m_status;
    QDate m_doneOn;
    bool m_first = true;
};

} // namespace perisai::monev
