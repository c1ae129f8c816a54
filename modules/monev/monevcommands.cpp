#include "monevcommands.h"

#include "awards.h"
#include "monevservice.h"
#include "roster/conflict.h"
#include "storage/database.h"
#include "ui/appcontext.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <memory>

namespace perisai::monev {

namespace {
const QStringList kAttendanceTables{QStringLiteral("monev_attendance")};
const QStringList kActionTables{QStringLiteral("monev_actions")};
const QStringList kObstacleTables{QStringLiteral("monev_obstacles"), QStringLiteral("monev_actions")};
const QStringList kActionItemTables{QStringLiteral("monev_actions"), QStringLiteral("monev_action_reviews")};
const QStringList kAwardTables{QStringLiteral("monev_awards")};
const QStringList kCategoryTables{QStringLiteral("obstacle_categories")};

QString shortText(const QString &text)
{
    return text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
}

// The stored values a user edits, without the version (which every write moves on).
bool sameContent(const Obstacle &a, const Obstacle &b)
{
    return a.id == b.id && a.sessionId == b.sessionId && a.agentId == b.agentId && a.categoryId == b.categoryId
           && a.description == b.description && a.solution == b.solution;
}

bool sameContent(const Action &a, const Action &b)
{
    return a.id == b.id && a.sessionId == b.sessionId && a.obstacleId == b.obstacleId && a.description == b.description
           && a.owner == b.owner && a.dueOn == b.dueOn && a.status == b.status && a.doneOn == b.doneOn;
}

Error changedElsewhere(const QString &what)
{
    return makeError(QCoreApplication::translate("monev", "%1 was changed elsewhere in the meantime; reload and try again").arg(what));
}

// The obstacle as stored now, if it still holds what this desk last wrote: its version may have moved on through
// this desk's own later steps (undone since), its values may not.
Result<Obstacle> unchanged(const MonevService &svc, const Obstacle &expected)
{
    auto now = svc.obstacle(expected.id);
    if (!now)
        return now.error();
    if (!sameContent(*now, expected))
        return changedElsewhere(QCoreApplication::translate("monev", "The obstacle"));
    return now;
}

Result<Action> unchanged(const MonevService &svc, const Action &expected)
{
    auto now = svc.action(expected.id);
    if (!now)
        return now.error();
    if (!sameContent(*now, expected))
        return changedElsewhere(QCoreApplication::translate("monev", "The action item \"%1\"").arg(shortText(expected.description)));
    return now;
}

// Writes `target`'s values over the stored obstacle that holds `expected`'s; returns the row as stored after.
Result<Obstacle> rewrite(const storage::Database &db, const Obstacle &expected, Obstacle target)
{
    MonevService svc(db);
    auto now = unchanged(svc, expected);
    if (!now)
        return now.error();
    target.version = now->version;
    if (auto saved = svc.saveObstacle(target); !saved)
        return saved.error();
    return svc.obstacle(target.id);
}

Result<Action> rewrite(const storage::Database &db, const Action &expected, Action target)
{
    MonevService svc(db);
    auto now = unchanged(svc, expected);
    if (!now)
        return now.error();
    target.version = now->version;
    if (auto saved = svc.saveAction(target); !saved)
        return saved.error();
    return svc.action(target.id);
}

} // namespace

AttendanceCommand::AttendanceCommand(ui::AppContext &context, qint64 sessionId, QList<AttendanceChange> changes)
    : m_context(context), m_sessionId(sessionId), m_changes(std::move(changes))
{
    if (m_changes.size() == 1)
        setText(QCoreApplication::translate("monev", "mark attendance: %1").arg(attendanceLabel(m_changes.front().after)));
    else
    {
        const int agents = static_cast<int>(m_changes.size());
        setText(QCoreApplication::translate("monev", "mark attendance of %n agents", nullptr, agents));
    }
}

void AttendanceCommand::redo()
{
    apply(true);
}

void AttendanceCommand::undo()
{
    apply(false);
}

void AttendanceCommand::apply(bool forward)
{
    // Each mark is written only over the one this desk saw (or, undoing, wrote): another desk's mark since
    // is a conflict, not overwritten.
    QList<MonevService::AttendanceMark> marks;
    for (const AttendanceChange &c : m_changes)
        marks.append({c.agentId, forward ? c.before : c.after, forward ? c.after : c.before});
    const Status st = MonevService(*m_context.database()).setAttendance(m_sessionId, marks);
    if (!st) {
        m_context.showStatus(st.errorText(), 8000);
        setObsolete(true);
        if (roster::isConflict(st))
            m_context.notifyDataChanged(kAttendanceTables); // show the other desk's marks
        return;
    }
    m_context.notifyDataChanged(kAttendanceTables);
}

ActionStatusCommand::ActionStatusCommand(ui::AppContext &context, const Action &seen, const QString &status, const QDate &doneOn)
    : m_context(context), m_seen(seen), m_status(status), m_doneOn(doneOn)
{
    setText(QCoreApplication::translate("monev", "action \"%1\": %2").arg(seen.description.left(30), actionStatusLabel(status)));
}

void ActionStatusCommand::redo()
{
    apply(m_status, m_doneOn);
}

void ActionStatusCommand::undo()
{
    apply(m_seen.status, m_seen.doneOn);
}

void ActionStatusCommand::apply(const QString &status, const QDate &doneOn)
{
    MonevService svc(*m_context.database());
    Action current = m_seen;
    if (!m_first) {
        // Undo and redo act on the row as it is now: our own earlier step moved its version on.
        auto fresh = svc.action(m_seen.id);
        if (!fresh) {
            m_context.showStatus(fresh.errorText(), 8000);
            setObsolete(true);
            return;
        }
        current = *fresh;
    }
    m_first = false;
    const Status st = svc.setActionStatus(current, status, doneOn);
    if (!st) {
        m_context.showStatus(st.errorText(), 8000);
        setObsolete(true);
        return;
    }
    m_context.notifyDataChanged(kActionTables);
}

EditCommand::EditCommand(ui::AppContext &context, const QString &text, QStringList tables, Step redo, Step undo)
    : QUndoCommand(text), m_context(context), m_tables(std::move(tables)), m_redo(std::move(redo)), m_undo(std::move(undo))
{
}

void EditCommand::redo()
{
    if (std::exchange(m_first, false))
        return; // written before it was pushed
    run(m_redo);
}

void EditCommand::undo()
{
    run(m_undo);
}

void EditCommand::run(const Step &step)
{
    const Status st = step();
    if (!st) {
        m_context.showStatus(st.errorText(), 10000);
        setObsolete(true);
        return;
    }
    m_context.notifyDataChanged(m_tables);
}

void MonevEdits::push(const QString &text, const QStringList &tables, EditCommand::Step redo, EditCommand::Step undo)
{
    m_context.notifyDataChanged(tables);
    m_context.undoStack()->push(new EditCommand(m_context, text, tables, std::move(redo), std::move(undo)));
}

// Obstacles: an add is undone by deleting it (with any action item agreed on it since) and redone by putting it
// all back; a delete the other way round.

Result<qint64> MonevEdits::addObstacle(const Obstacle &obstacle)
{
    auto db = m_context.database();
    Obstacle fresh = obstacle;
    fresh.id = 0;
    auto id = MonevService(*db).saveObstacle(fresh);
    if (!id)
        return id;
    auto stored = MonevService(*db).obstacle(*id);
    if (!stored)
        return stored.error();
    auto state = std::make_shared<RemovedObstacle>(RemovedObstacle{*stored, {}});
    push(QCoreApplication::translate("monev", "add obstacle \"%1\"").arg(shortText(stored->description)), kObstacleTables,
         [db, state]() { return MonevService(*db).restoreObstacle(*state); },
         [db, state]() -> Status {
             MonevService svc(*db);
             auto now = unchanged(svc, state->obstacle);
             if (!now)
                 return now.error();
             auto removed = svc.deleteObstacle(*now);
             if (!removed)
                 return removed.error();
             *state = *removed;
             return {};
         });
    return id;
}

Status MonevEdits::editObstacle(const Obstacle &before, const Obstacle &after)
{
    auto db = m_context.database();
    Obstacle edited = after;
    edited.id = before.id;
    edited.version = before.version;
    if (auto saved = MonevService(*db).saveObstacle(edited); !saved)
        return saved.error();
    auto stored = MonevService(*db).obstacle(before.id);
    if (!stored)
        return stored.error();
    auto current = std::make_shared<Obstacle>(*stored);
    const Obstacle original = before;
    const Obstacle changed = *stored;
    push(QCoreApplication::translate("monev", "edit obstacle \"%1\"").arg(shortText(changed.description)), kObstacleTables,
         [db, current, changed]() -> Status {
             auto now = rewrite(*db, *current, changed);
             if (!now)
                 return now.error();
             *current = *now;
             return {};
         },
         [db, current, original]() -> Status {
             auto now = rewrite(*db, *current, original);
             if (!now)
                 return now.error();
             *current = *now;
             return {};
         });
    return {};
}

Status MonevEdits::deleteObstacle(const Obstacle &seen)
{
    auto db = m_context.database();
    auto removed = MonevService(*db).deleteObstacle(seen);
    if (!removed)
        return removed.error();
    auto state = std::make_shared<RemovedObstacle>(*removed);
    push(QCoreApplication::translate("monev", "delete obstacle \"%1\"").arg(shortText(seen.description)), kObstacleTables,
         [db, state]() -> Status {
             MonevService svc(*db);
             auto now = unchanged(svc, state->obstacle);
             if (!now)
                 return now.error();
             auto again = svc.deleteObstacle(*now);
             if (!again)
                 return again.error();
             *state = *again;
             return {};
         },
         [db, state]() { return MonevService(*db).restoreObstacle(*state); });
    return {};
}

// Action items, the same way; a deleted one comes back with its reviews at later sessions.

Result<qint64> MonevEdits::addAction(const Action &action)
{
    auto db = m_context.database();
    Action fresh = action;
    fresh.id = 0;
    auto id = MonevService(*db).saveAction(fresh);
    if (!id)
        return id;
    auto stored = MonevService(*db).action(*id);
    if (!stored)
        return stored.error();
    auto state = std::make_shared<RemovedAction>(RemovedAction{*stored, {}});
    push(QCoreApplication::translate("monev", "add action item \"%1\"").arg(shortText(stored->description)), kActionItemTables,
         [db, state]() { return MonevService(*db).restoreAction(*state); },
         [db, state]() -> Status {
             MonevService svc(*db);
             auto now = unchanged(svc, state->action);
             if (!now)
                 return now.error();
             auto removed = svc.deleteAction(*now);
             if (!removed)
                 return removed.error();
             *state = *removed;
             return {};
         });
    return id;
}

Status MonevEdits::editAction(const Action &before, const Action &after)
{
    auto db = m_context.database();
    Action edited = after;
    edited.id = before.id;
    edited.version = before.version;
    if (auto saved = MonevService(*db).saveAction(edited); !saved)
        return saved.error();
    auto stored = MonevService(*db).action(before.id);
    if (!stored)
        return stored.error();
    auto current = std::make_shared<Action>(*stored);
    const Action original = before;
    const Action changed = *stored;
    push(QCoreApplication::translate("monev", "edit action item \"%1\"").arg(shortText(changed.description)), kActionItemTables,
         [db, current, changed]() -> Status {
             auto now = rewrite(*db, *current, changed);
             if (!now)
                 return now.error();
             *current = *now;
             return {};
         },
         [db, current, original]() -> Status {
             auto now = rewrite(*db, *current, original);
             if (!now)
                 return now.error();
             *current = *now;
             return {};
         });
    return {};
}

Status MonevEdits::deleteAction(const Action &seen)
{
    auto db = m_context.database();
    auto removed = MonevService(*db).deleteAction(seen);
    if (!removed)
        return removed.error();
    auto state = std::make_shared<RemovedAction>(*removed);
    push(QCoreApplication::translate("monev", "delete action item \"%1\"").arg(shortText(seen.description)), kActionItemTables,
         [db, state]() -> Status {
             MonevService svc(*db);
             auto now = unchanged(svc, state->action);
             if (!now)
                 return now.error();
             auto again = svc.deleteAction(*now);
             if (!again)
                 return again.error();
             *state = *again;
             return {};
         },
         [db, state]() { return MonevService(*db).restoreAction(*state); });
    return {};
}

// Awards: the category's award before and after, each put back whole.

Status MonevEdits::confirmAward(qint64 sessionId, const QString &category, qint64 agentId, double value, const QString &note)
{
    auto db = m_context.database();
    MonevService svc(*db);
    auto before = svc.award(sessionId, category);
    if (!before)
        return before.error();
    if (auto st = svc.confirmAward(sessionId, category, agentId, value, note); !st)
        return st;
    auto after = svc.award(sessionId, category);
    if (!after)
        return after.error();
    const std::optional<Award> was = *before, now = *after;
    push(QCoreApplication::translate("monev", "award \"%1\": %2").arg(awards::title(category), now ? now->agentName : QString()), kAwardTables,
         [db, sessionId, category, was, now]() { return MonevService(*db).restoreAward(sessionId, category, was, now); },
         [db, sessionId, category, was, now]() { return MonevService(*db).restoreAward(sessionId, category, now, was); });
    return {};
}

Status MonevEdits::removeAward(qint64 sessionId, const QString &category)
{
    auto db = m_context.database();
    MonevService svc(*db);
    auto before = svc.award(sessionId, category);
    if (!before)
        return before.error();
    if (!*before)
        return {};
    if (auto st = svc.removeAward(sessionId, category); !st)
        return st;
    const std::optional<Award> was = *before;
    push(QCoreApplication::translate("monev", "remove award \"%1\"").arg(awards::title(category)), kAwardTables,
         [db, sessionId, category, was]() { return MonevService(*db).restoreAward(sessionId, category, was, std::nullopt); },
         [db, sessionId, category, was]() { return MonevService(*db).restoreAward(sessionId, category, std::nullopt, was); });
    return {};
}

// Obstacle categories: the row before and after, checked against what is stored.

Result<qint64> MonevEdits::addCategory(const Category &category)
{
    auto db = m_context.database();
    Category fresh = category;
    fresh.id = 0;
    auto id = MonevService(*db).saveCategory(fresh);
    if (!id)
        return id;
    auto stored = MonevService(*db).category(*id);
    if (!stored)
        return stored.error();
    const std::optional<Category> added = *stored;
    const qint64 categoryId = *id;
    push(QCoreApplication::translate("monev", "add category \"%1\"").arg(shortText(fresh.nameId)), kCategoryTables,
         [db, categoryId, added]() { return MonevService(*db).restoreCategory(categoryId, std::nullopt, added); },
         [db, categoryId, added]() { return MonevService(*db).restoreCategory(categoryId, added, std::nullopt); });
    return id;
}

Status MonevEdits::editCategory(const Category &before, const Category &after)
{
    auto db = m_context.database();
    Category changed = after;
    changed.id = before.id;
    changed.code = before.code;
    const std::optional<Category> was = before, now = changed;
    if (auto st = MonevService(*db).restoreCategory(before.id, was, now); !st)
        return st;
    const qint64 categoryId = before.id;
    push(QCoreApplication::translate("monev", "edit category \"%1\"").arg(shortText(changed.nameId)), kCategoryTables,
         [db, categoryId, was, now]() { return MonevService(*db).restoreCategory(categoryId, was, now); },
         [db, categoryId, was, now]() { return MonevService(*db).restoreCategory(categoryId, now, was); });
    return {};
}

} // namespace perisai::monev
