// AgentRepository: status history, notes, and the monthly activity the deactivation rule reads.
#include "agentrepository.h"

#include "figures/agentfigures.h"
#include "storage/values.h"
#include "roster/statusrules.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace perisai::roster {
using storage::Query;

Result<qint64> AgentRepository::addHistory(qint64 agentId, const StatusEntry &e)
{
    Query q(m_db.connection(), QStringLiteral(
        "INSERT INTO agent_status_history (agent_id, status, from_date, reason, automatic, changed_by, changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind({agentId, statusKey(e.status), storage::dateOrNull(e.fromDate), storage::nullIfEmpty(e.reason), int(e.automatic), e.changedBy,
            e.changedAt.isEmpty() ? storage::nowIso() : e.changedAt});
    auto id = q.scalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status AgentRepository::removeHistory(qint64 historyId)
{
    Query q(m_db.connection(), QStringLiteral("DELETE FROM agent_status_history WHERE id = ?"));
    return q.bind(historyId).exec();
}

Result<QList<StatusEntry>> AgentRepository::history(qint64 agentId) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT id, status, from_date, reason, automatic, changed_by, changed_at FROM agent_status_history "
        "WHERE agent_id = ? ORDER BY from_date DESC, id DESC"));
    if (auto st = q.bind(agentId).exec(); !st)
        return st.error();
    QList<StatusEntry> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), statusFromKey(q.text(1)).value_or(AgentStatus::Candidate), storage::readDate(q.value(2)),
                     q.text(3), q.value(4).toInt() != 0, q.text(5), q.text(6)});
    return list;
}

Result<QList<AgentNote>> AgentRepository::notes(qint64 agentId) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT id, written_on, author, text FROM agent_notes WHERE agent_id = ? ORDER BY written_on DESC, id DESC"));
    if (auto st = q.bind(agentId).exec(); !st)
        return st.error();
    QList<AgentNote> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), storage::readDate(q.value(1)), q.text(2), q.text(3)});
    return list;
}

Result<qint64> AgentRepository::addNote(qint64 agentId, const AgentNote &note)
{
    Query q(m_db.connection(), QStringLiteral(
        "INSERT INTO agent_notes (agent_id, written_on, author, text) VALUES (?, ?, ?, ?) RETURNING id"));
    q.bind({agentId, storage::dateOrNull(note.writtenOn), note.author, note.text});
    auto id = q.scalar();
    if (!id)
        return id.error();
    if (auto st = storage::writeAudit(m_db.connection(), {note.author, QStringLiteral("insert"), QStringLiteral("agent_notes"), id->toLongLong(),
                                                          QCoreApplication::translate("roster", "Note on agent %1").arg(agentId), {},
                                                          QJsonObject{{QStringLiteral("agent_id"), agentId}, {QStringLiteral("text"), note.text}}});
        !st)
        return st.error();
    return id->toLongLong();
}

Status AgentRepository::removeNote(qint64 noteId, const QString &user)
{
    Query read(m_db.connection(), QStringLiteral("SELECT agent_id, text FROM agent_notes WHERE id = ?"));
    if (auto st = read.bind(noteId).exec(); !st)
        return st;
    if (!read.next())
        return {};
    const QJsonObject before{{QStringLiteral("agent_id"), read.value(0).toLongLong()}, {QStringLiteral("text"), read.text(1)}};
    Query q(m_db.connection(), QStringLiteral("DELETE FROM agent_notes WHERE id = ?"));
    if (auto st = q.bind(noteId).exec(); !st)
        return st;
    return storage::writeAudit(m_db.connection(), {user, QStringLiteral("delete"), QStringLiteral("agent_notes"), noteId,
                                                   QCoreApplication::translate("roster", "Note removed"), before, {}});
}

Status AgentRepository::logReveal(const Agent &agent, const QStringList &fields, const QString &user)
{
    const QJsonObject shown{{QStringLiteral("shown"), QJsonArray::fromStringList(fields)}};
    return storage::writeAudit(m_db.connection(), {user, QStringLiteral("reveal"), QStringLiteral("agents"), agent.id,
                                                   QCoreApplication::translate("roster", "%1 of %2 %3 shown in the agent form")
                                                       .arg(fields.join(QStringLiteral(", ")), agent.code, agent.name),
                                                   {}, shown});
}

Result<QMap<int, MonthActivity>> AgentRepository::activity(qint64 agentId, YearMonth from, YearMonth to) const
{
    QMap<int, MonthActivity> map;
    if (to < from)
        return map;
    auto months = figures::agentMonths(m_db, {agentId}, {from, to});
    if (!months)
        return months.error();
    for (const figures::UnitMonth &m : *months) {
        if (m.acquisitions > 0 || m.collected > 0)
            map.insert(m.period, {m.acquisitions, m.collected});
    }
    return map;
}

} // namespace perisai::roster
