#include "monevcommands.h"

#include "monevservice.h"
#include "ui/appcontext.h"

#include <QCoreApplication>

namespace perisai::monev {

namespace {
const QStringList kAttendanceTables{QStringLiteral("monev_attendance")};
const QStringList kActionTables{QStringLiteral("monev_actions")};
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
    QList<QPair<qint64, QString>> values;
    for (const AttendanceChange &c : m_changes)
        values << qMakePair(c.agentId, forward ? c.after : c.before);
    const Status st = MonevService(*m_context.database()).setAttendance(m_sessionId, values);
    if (!st) {
        m_context.showStatus(st.errorText(), 8000);
        setObsolete(true);
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

} // namespace perisai::monev
