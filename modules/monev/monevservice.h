#pragma once
// Monev sessions from invitation to follow-up: the public API of the module (pages, projector, reports, kpi).
//
// Life cycle: planned -> held -> closed, or planned -> cancelled (closed -> held reopens for corrections).
// Marking a session held freezes each invited agent's figures for the review period (monev_snapshots, never
// recomputed, so later imports leave what was discussed intact) and carries the open action items of earlier
// sessions in its scope over for review there (monev_action_reviews). Overdue = open and due before today.

#include "core/period.h"
#include "core/result.h"
#include "awards.h"
#include "monevtypes.h"

#include <memory>
#include <optional>

namespace perisai::storage {
class Database;
}
namespace perisai::reports {
class ReportDocument;
}

namespace perisai::monev {

class MonevService {
public:
    explicit MonevService(const storage::Database &db);

    // Sessions, newest first.
    Result<std::vector<SessionSummary>> sessions() const;
    // Everything about one session. For a planned session the follow-up list previews what will be carried over.
    Result<SessionDetail> load(qint64 sessionId) const;

    // A new planned session; with inviteScope the active agents of its scope are invited at once.
    Result<qint64> create(Session session, bool inviteScope = true);
    Status update(const Session &session);
    // Invites the active agents of the session's scope who are not invited yet.
    Status inviteScope(qint64 sessionId);
    Status setInvitations(qint64 sessionId, const QList<qint64> &agentIds);

    Result<std::vector<ScopeChoice>> offices() const;
    Result<std::vector<ScopeChoice>> wadahList() const;

    Status markHeld(qint64 sessionId);
    Status close(qint64 sessionId);
    Status cancel(qint64 sessionId);
    Status reopen(qint64 sessionId);

    Status setAttendance(qint64 sessionId, qint64 agentId, const QString &value, const QString &note = {});
    // Several agents in one transaction (e.g. "the rest are present").
    Status setAttendance(qint64 sessionId, const QList<QPair<qint64, QString>> &changes);
    // The same from what this desk saw: a mark another desk has changed since is a conflict and nothing is
    // written (the whole change or none of it).
    struct AttendanceMark {
        qint64 agentId = 0;
        QString seen;  // the mark this desk read
        QString value; // the mark to write
    };
    Status setAttendance(qint64 sessionId, const QList<AttendanceMark> &marks);
    // An agent's attendance over held sessions and the share present.
    struct AgentRecord {
        int invited = 0;
        int present = 0;
        double rate() const; // figures::attendanceRate
        std::vector<std::pair<QDate, QString>> sessions; // date, attendance
    };
    Result<AgentRecord> agentAttendance(qint64 agentId) const;

    Result<std::vector<Category>> categories(bool includeInactive = false) const;
    Result<qint64> saveCategory(const Category &category);
    Result<std::optional<Category>> category(qint64 categoryId) const;
    // Sets a category from `expected` (as this desk last wrote it; empty: none) to `target` (empty: removed, which
    // only a category no obstacle uses can be), under its own id and code. Refused when the stored row is not
    // `expected`: another desk changed it. Undo and redo of category edits.
    Status restoreCategory(qint64 categoryId, const std::optional<Category> &expected, const std::optional<Category> &target);

    Result<qint64> saveObstacle(const Obstacle &obstacle);
    Result<Obstacle> obstacle(qint64 obstacleId) const;
    // Deletes the obstacle (as the user saw it: its version) and the action items agreed on it; returns them as
    // they were stored, for restoreObstacle().
    Result<RemovedObstacle> deleteObstacle(const Obstacle &seen);
    // Puts a deleted obstacle and its action items back under their own ids and versions.
    Status restoreObstacle(const RemovedObstacle &removed);
    Result<qint64> saveAction(const Action &action);
    // Deletes the action item and its reviews at later sessions; returns them as they were stored.
    Result<RemovedAction> deleteAction(const Action &seen);
    Status restoreAction(const RemovedAction &removed);
    Result<Action> action(qint64 actionId) const;
    // `seen` carries the version the user saw: a change made elsewhere since then is refused.
    Status setActionStatus(const Action &seen, const QString &status, const QDate &doneOn = QDate::currentDate());
    // What this session decided about a carried-over action; also moves the action itself (done on the session day).
    // `seen`: the review as this desk read it; another desk's decision since is a conflict (nullptr: no check).
    Status reviewAction(qint64 sessionId, qint64 actionId, const QString &reviewStatus, const QString &note,
                        const ActionReview *seen = nullptr);
    Result<std::vector<Action>> followUpList(ActionFilter filter, const QDate &today = QDate::currentDate()) const;

    Result<std::vector<awards::Candidate>> suggestions(qint64 sessionId, const QString &category,
                                                       const awards::Rules &rules = {}) const;
    Status confirmAward(qint64 sessionId, const QString &category, qint64 agentId, double value, const QString &note = {});
    Status removeAward(qint64 sessionId, const QString &category);
    // The confirmed award of the category, if any.
    Result<std::optional<Award>> award(qint64 sessionId, const QString &category) const;
    // Sets the category's award from `expected` (empty: none) to `target` (empty: none) under the award's own id;
    // refused when the stored award is not `expected`. Undo and redo of award edits.
    Status restoreAward(qint64 sessionId, const QString &category, const std::optional<Award> &expected,
                        const std::optional<Award> &target);

    Result<qint64> overdueActions(const QDate &today = QDate::currentDate()) const;

private:
    Result<Session> editable(qint64 sessionId, const QStringList &allowed) const;
    Status transition(qint64 sessionId, const QString &from, const QString &to);

    const storage::Database &m_db;
};

// Sessions held in the period, attendance rate, open and overdue actions on `asOf`, from the figures layer
// (figures::followUpFigures). officeId 0: the default office; a KC covers its KCP and their wadah.
Result<MonevFigures> monevFigures(const storage::Database &db, const PeriodRange &range, qint64 officeId = 0,
                                  const QDate &asOf = QDate::currentDate());

// The minutes ("Notulen Monev") of a session as a report, ready for writePdf() or print preview.
// Returns null when the session cannot be read (the error goes to `error` when given).
std::unique_ptr<reports::ReportDocument> buildMinutes(const storage::Database &db, qint64 sessionId, bool masked,
                                                      QString *error = nullptr);

// Translated labels of stored values.
QString sessionStatusLabel(const QString &status);
QString attendanceLabel(const QString &value);
QString actionStatusLabel(const QString &status);
QString scopeLabel(const Session &session);
QString reviewPeriodLabel(const Session &session);

} // namespace perisai::monev
