#pragma once
// The roster's rules in one place: what may be saved (validation, duplicates, the partner bank), how an
// agent's status moves over time, automatic deactivation, and the undo of each of these. Every write is one
// transaction with its audit lines. Pages and commands call this; it calls the repositories.

#include "core/result.h"
#include "roster/agent.h"
#include "roster/agentvalidation.h"
#include "roster/statusrules.h"
#include "roster/wadah.h"

#include <QDate>
#include <variant>

namespace perisai::storage {
class Database;
}

namespace perisai::roster {

// A status change as made, with what it replaced, so that it can be undone.
struct StatusChange {
    qint64 agentId = 0;
    QString agentLabel;       // "AG-0012 Siti Aminah"
    AgentStatus from = AgentStatus::Candidate;
    QDate fromSince;
    AgentStatus to = AgentStatus::Active;
    QDate date;
    QString reason;
    bool automatic = false;
    qint64 historyId = 0;
    int version = 0;          // the agent's version after the change
};

// A validation failure carries each field's message; other failures only `error`.
struct SaveFailure {
    QList<FieldIssue> issues;
    Error error;
};

class RosterService {
public:
    // `today` is injectable so that the status rules are tested with dates.
    explicit RosterService(const storage::Database &db, QDate today = QDate::currentDate());

    QDate today() const { return m_today; }
    StatusRules rules(const QDate &on) const;

    // Field messages for the agent form (duplicates and the wadah's partner bank looked up here).
    Result<QList<FieldIssue>> validate(const Agent &agent, bool activating) const;

    // Adds an agent as a candidate, or as active when `agent.status` is Active and the checklist is complete.
    // On success the saved agent (id, version, normalised values); on failure the field messages or the error.
    // `keepId`: the agent's id is kept (redoing an undone addition).
    std::variant<Agent, SaveFailure> addAgent(Agent agent, bool keepId = false);
    std::variant<Agent, SaveFailure> updateAgent(Agent agent, int expectedVersion, const QString &action = QStringLiteral("update"));
    Status removeAgent(qint64 id, int expectedVersion); // undoing an addition

    Result<StatusChange> changeStatus(qint64 agentId, int expectedVersion, AgentStatus to, const QDate &date, const QString &reason);
    // Undo: the agent gets back the status it had; the history line goes. Returns the agent's new version.
    Result<int> revertStatus(const StatusChange &change, int expectedVersion);
    // Redo: the same change again, without the rule checks it passed the first time.
    Result<StatusChange> reapplyStatus(const StatusChange &change, int expectedVersion);

    // Sets inactive every active agent with N complete months (program rule) without acquisition or collected
    // contribution, dated the first day after those months. Months after the newest summarised month are not
    // judged (their data has not arrived). Returns the changes made.
    Result<QList<StatusChange>> applyAutomaticDeactivation();

    std::variant<Wadah, SaveFailure> addWadah(Wadah wadah, bool keepId = false);
    std::variant<Wadah, SaveFailure> updateWadah(Wadah wadah, int expectedVersion, const QString &action = QStringLiteral("update"));
    Status removeWadah(qint64 id, int expectedVersion);
    QStringList validateWadah(const Wadah &wadah) const; // messages, empty when it may be saved

    Result<qint64> addNote(qint64 agentId, const QString &text);
    Status removeNote(qint64 agentId, qint64 noteId);

    // Records in the audit log that the user was shown the agent's personal data (`fields`, as the user reads
    // them: "NIK", "phone"); a form shows the values only once this succeeded.
    Status recordReveal(const Agent &agent, const QStringList &fields);

private:
    QString user() const;
    Result<StatusChange> applyStatus(const StatusChange &change, int expectedVersion); // in the caller's transaction

    const storage::Database &m_db;
    QDate m_today;
};

} // namespace perisai::roster
