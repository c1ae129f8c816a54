#pragma once
// Monev edits a user may take back with Edit > Undo: attendance marks, action status changes, obstacles, action
// items, awards and obstacle categories. Each command writes through MonevService and tells the pages which
// tables changed.
//
// Undo and redo put back what the database held: the same values under the same ids (a deleted obstacle comes
// back with its action items, a deleted action item with its reviews at later sessions). Versions move on with
// every write, as with any edit, so that another desk that saw the row before notices. An undo or redo that meets
// a row changed elsewhere in the meantime is refused with the reason in the status bar, and the command leaves the
// stack: it never overwrites another desk's change.

#include "core/result.h"
#include "monevtypes.h"

#include <QList>
#include <QStringList>
#include <QUndoCommand>
#include <functional>

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

// A step already written when it is pushed (its first redo() does nothing); later undo() and redo() run the
// given writes and announce `tables` on success.
class EditCommand : public QUndoCommand {
public:
    using Step = std::function<Status()>;
    EditCommand(ui::AppContext &context, const QString &text, QStringList tables, Step redo, Step undo);
    void redo() override;
    void undo() override;

private:
    void run(const Step &step);

    ui::AppContext &m_context;
    QStringList m_tables;
    Step m_redo;
    Step m_undo;
    bool m_first = true;
};

// The edits of the Monev pages. Each is written through MonevService at once and, when that succeeds, pushed on
// the context's undo stack already applied, and the pages are told; a refused edit returns the reason and leaves
// the stack as it was. The pages call these after their dialogs; the tests call them directly.
class MonevEdits {
public:
    explicit MonevEdits(ui::AppContext &context) : m_context(context) {}

    Result<qint64> addObstacle(const Obstacle &obstacle);
    // `before` as the user saw it (its version), `after` the same obstacle with the changes.
    Status editObstacle(const Obstacle &before, const Obstacle &after);
    Status deleteObstacle(const Obstacle &seen);

    Result<qint64> addAction(const Action &action);
    Status editAction(const Action &before, const Action &after);
    Status deleteAction(const Action &seen);

    Status confirmAward(qint64 sessionId, const QString &category, qint64 agentId, double value, const QString &note = {});
    Status removeAward(qint64 sessionId, const QString &category);

    Result<qint64> addCategory(const Category &category);
    Status editCategory(const Category &before, const Category &after);

private:
    void push(const QString &text, const QStringList &tables, EditCommand::Step redo, EditCommand::Step undo);

    ui::AppContext &m_context;
};

} // namespace perisai::monev
