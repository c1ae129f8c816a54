#pragma once
// SQL for the Monev tables. Every value is bound; writes are audited in the caller's transaction
// (MonevService opens it) and rows users edit are checked against their `version` so that two desks
// editing the same row never overwrite each other silently.

#include "core/period.h"
#include "core/result.h"
#include "monevtypes.h"

#include <QList>
#include <optional>

namespace perisai::storage {
class Database;
}

namespace perisai::monev {

// Which offices and wadah a session speaks for: a branch covers its KCP and their wadah.
struct Coverage {
    QList<qint64> officeIds;
    QList<qint64> wadahIds;
    bool isEmpty() const { return officeIds.isEmpty() && wadahIds.isEmpty(); }
};

class MonevRepository {
public:
    explicit MonevRepository(const storage::Database &db);

    // Sessions
    // Newest first, without their figures: MonevService::sessions() adds them from the figures layer.
    Result<std::vector<SessionSummary>> sessions() const;
    Result<Session> session(qint64 id) const;
    Result<qint64> insertSession(const Session &s);
    Status updateSession(const Session &s);  // fails on a version conflict
    Status setSessionStatus(const Session &s, const QString &status, const QString &snapshotTakenAt = {});

    // Scope and invitations
    Result<Coverage> coverage(const QString &scopeLevel, qint64 officeId, qint64 wadahId) const;
    Result<QList<qint64>> activeAgentsOf(const Coverage &c) const;
    Result<std::vector<ScopeChoice>> offices() const; // KC and KCP
    Result<std::vector<ScopeChoice>> wadahList() const;
    Result<std::vector<Attendee>> attendees(qint64 sessionId) const;
    // Adds the agents not yet invited; removes invitations not in the list that were never marked.
    Status setInvitations(qint64 sessionId, const QList<qint64> &agentIds);
    // `seen`: the mark this desk last read; when another desk has changed it since, nothing is written and
    // the error is a conflict naming who did (empty: no check, for callers that hold no earlier reading).
    Status setAttendance(qint64 sessionId, qint64 agentId, const QString &value, const QString &note, const QString &seen = {});
    // An agent's record over the sessions: figures::agentAttendance.

    // Obstacle categories
    Result<std::vector<Category>> categories(bool includeInactive) const;
    Result<qint64> saveCategory(const Category &c);
    Result<std::optional<Category>> category(qint64 id) const;
    // Puts a category back under its own id and code (undo of a removal, redo of an add).
    Status restoreCategory(const Category &c);
    // Only a category no obstacle uses.
    Status deleteCategory(const Category &c);

    // Obstacles and actions
    Result<std::vector<Obstacle>> obstacles(qint64 sessionId) const;
    Result<qint64> saveObstacle(const Obstacle &o);
    Status deleteObstacle(const Obstacle &o);
    Result<Obstacle> obstacle(qint64 id) const;
    Result<std::vector<Action>> actionsOf(qint64 obstacleId) const; // agreed on the obstacle
    Result<std::vector<StoredReview>> reviewsOf(qint64 actionId) const;
    // Put deleted rows back under their own ids and versions (undo and redo).
    Status restoreObstacle(const Obstacle &o);
    Status restoreAction(const RemovedAction &a);
    Result<std::vector<Action>> actions(qint64 sessionId) const;
    Result<Action> action(qint64 id) const;
    Result<std::vector<Action>> allActions(ActionFilter filter, const QDate &today) const;
    Result<qint64> saveAction(const Action &a);
    Status deleteAction(const Action &a);
    Status setActionStatus(const Action &a, const QString &status, const QDate &doneOn);

    // Follow-up: open actions of earlier sessions in the coverage, and their review at a session.
    Result<QList<qint64>> openActionsBefore(const QDate &day, qint64 excludeSessionId, const Coverage &c) const;
    Status addReviews(qint64 sessionId, const QList<qint64> &actionIds);
    Result<std::vector<ActionReview>> reviews(qint64 sessionId) const;
    // `seen`: the decision and note this desk last read (nullptr: no check), as for attendance.
    Status setReview(qint64 sessionId, qint64 actionId, const QString &status, const QString &note, const ActionReview *seen = nullptr);

    // Awards
    Result<std::vector<Award>> awards(qint64 sessionId) const;
    Status saveAward(qint64 sessionId, const Award &a);
    Status removeAward(qint64 sessionId, const QString &category, int rank);
    Result<std::optional<Award>> award(qint64 sessionId, const QString &category, int rank) const;
    // Puts an award back under its own id (undo and redo).
    Status restoreAward(qint64 sessionId, const Award &a);

    // Snapshot: computed once from the summary tables and targets, then only read.
    Result<std::vector<SnapshotRow>> computeSnapshot(const Session &s) const;
    Status writeSnapshot(qint64 sessionId, const std::vector<SnapshotRow> &rows);
    Result<std::vector<SnapshotRow>> snapshot(qint64 sessionId) const;


private:
    Status audit(const QString &action, const QString &table, qint64 rowId, const QString &summary) const;

    const storage::Database &m_db;
};

} // namespace perisai::monev
