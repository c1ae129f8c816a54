#pragma once
// Monev figures of a scope: sessions held and attendance in a period, action items open, overdue and done
// as of a day, and the lists behind them (obstacles by category, the overdue items). The dashboard, `kpi`,
// the Monev page and the projector all count them here, with the same conditions.

#include "core/period.h"
#include "core/result.h"
#include "kpiscope.h"

#include <QDate>
#include <QHash>
#include <optional>
#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::figures {

struct ObstacleCount {
    QString category; // empty: no category
    qint64 count = 0;
};
qint64 obstaclesRaised(const std::vector<ObstacleCount> &perCategory); // all of them, whatever their category

struct OverdueAction {
    QString description;
    QString owner;
    QDate due;
};

// Attendance: of the agents invited, the share marked present (0 when nobody was invited). One session's, an
// agent's over sessions, or a period's: the same definition everywhere.
double attendanceRate(qint64 present, qint64 invited);

// Attendance marks counted, one per invited agent: the session list, the attendance tab, the minutes, the
// projector's title slide and an agent's record all count them here.
struct AttendanceCounts {
    qint64 invited = 0;  // every mark
    qint64 present = 0;
    qint64 excused = 0;
    qint64 absent = 0;
    qint64 unmarked = 0; // still "invited"
    void add(const QString &mark);
    double rate() const { return attendanceRate(present, invited); }
};

// One agent's mark at one session held (or closed).
struct AttendanceMark {
    QDate heldOn;
    QString title; // the session's
    QString mark;  // invited, present, excused, absent
};
// The agent's marks at the sessions held in `range` (every one without it), oldest first: what an agent's
// AttendanceCounts count (the agent scorecard, the agent's Monev record).
Result<std::vector<AttendanceMark>> agentAttendance(const storage::Database &db, qint64 agentId,
                                                    const std::optional<PeriodRange> &range = std::nullopt);

// One session's own figures, as the session list shows them: its attendance marks, the obstacles raised at
// it and its action items open on the day (the same condition as FollowUpFigures::openActions).
struct SessionFigures {
    AttendanceCounts attendance;
    qint64 obstacles = 0;
    qint64 openActions = 0;
};
// Every session's, by session id (sessions without marks, obstacles or actions are absent).
Result<QHash<qint64, SessionFigures>> sessionFigures(const storage::Database &db, const QDate &day);
// The obstacles raised at one session per category, most frequent first (the minutes' chart, the projector).
Result<std::vector<ObstacleCount>> sessionObstacles(const storage::Database &db, qint64 sessionId);

struct FollowUpFigures {
    qint64 sessions = 0; // held (or closed) in the period
    qint64 invited = 0;  // attendance rows of those sessions
    qint64 present = 0;
    double attendanceRate() const;

    qint64 openActions = 0;    // agreed by the day, not done by then (dropped ones are not open)
    qint64 overdueActions = 0; // open and past due on the day
    qint64 doneActions = 0;    // done from the period's first day up to the day

    // With details only: the obstacles raised at the session given (else at the sessions held in the
    // period), most frequent first; and the overdue items, most overdue first.
    std::vector<ObstacleCount> obstacles;
    qint64 obstaclesRaised() const; // all of them, whatever their category
    std::vector<OverdueAction> overdueItems;
};

struct FollowUpRequest {
    PeriodRange period;
    QDate asOf;
    bool details = false;
    qint64 sessionId = 0; // details: the obstacles of this session
    int itemLimit = 8;
};

Result<FollowUpFigures> followUpFigures(const storage::Database &db, const ResolvedScope &scope, const FollowUpRequest &request);

} // namespace perisai::figures
