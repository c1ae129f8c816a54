#pragma once
// SQL for agents, their status history and notes. Every write runs in the caller's Transaction, bumps
// `version` and writes the audit log. An update names the version it read: no row -> an edit conflict.

#include "core/period.h"
#include "core/result.h"
#include "roster/agent.h"
#include "roster/conflict.h"

#include <QList>
#include <QMap>
#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::roster {

struct MonthActivity;

class AgentRepository {
public:
    explicit AgentRepository(const storage::Database &db) : m_db(db) {}

    Result<Agent> load(qint64 id) const;
    // 0 when no agent has the code.
    Result<qint64> idByCode(const QString &code) const;
    // "AG-0012 Siti Aminah" of another agent holding the NIK / the code, or empty.
    Result<QString> nikOwner(const QString &nik, qint64 exceptId) const;
    Result<QString> codeOwner(const QString &code, qint64 exceptId) const;

    // The roster list, without figures (the figures layer adds them: rosterdata.cpp); with a wadah id, only
    // that wadah's agents.
    Result<std::vector<AgentRow>> list(qint64 wadahId = 0) const;

    Result<qint64> insert(const Agent &agent, const QString &user);
    // Writes `agent`'s editable fields if the row still has `expectedVersion`; returns the new version.
    Result<int> update(const Agent &agent, int expectedVersion, const QString &user, const QString &action = QStringLiteral("update"));
    // Removes an agent that nothing else refers to (undoing its addition).
    Status remove(qint64 id, int expectedVersion, const QString &user);

    // Status: the agent row, then a history line; returns the new version.
    Result<int> setStatus(qint64 id, int expectedVersion, AgentStatus status, const QDate &since, const QString &user,
                          const QString &summary, const QString &action = QStringLiteral("status"));
    Result<qint64> addHistory(qint64 agentId, const StatusEntry &entry);
    Status removeHistory(qint64 historyId);
    Result<QList<StatusEntry>> history(qint64 agentId) const; // newest first

    Result<QList<AgentNote>> notes(qint64 agentId) const;   // newest first
    Result<qint64> addNote(qint64 agentId, const AgentNote &note);
    Status removeNote(qint64 noteId, const QString &user);
    // An audit line: `user` looked at the agent's `fields` ("NIK", "phone", ...) in a form.
    Status logReveal(const Agent &agent, const QStringList &fields, const QString &user);

    // Active agents with the date they became active (automatic deactivation candidates).
    Result<QList<Agent>> activeAgents() const;
    // Acquisitions and collected per month from summary_agent_month, months from..to.
    Result<QMap<int, MonthActivity>> activity(qint64 agentId, YearMonth from, YearMonth to) const;

private:
    const storage::Database &m_db;
};

} // namespace perisai::roster
