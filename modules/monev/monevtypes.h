#pragma once
// Plain data of a Monev session as the service hands it out: the session, its invited agents and their
// attendance, obstacles raised with the actions agreed, the actions carried over for review, awards and the
// performance snapshot frozen when the session was held.

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace perisai::monev {

// Stored values (monev_sessions.status, monev_attendance.attendance, monev_actions.status).
namespace status {
inline const QString planned = QStringLiteral("planned");
inline const QString held = QStringLiteral("held");
inline const QString closed = QStringLiteral("closed");
inline const QString cancelled = QStringLiteral("cancelled");
} // namespace status

namespace attendance {
inline const QString invited = QStringLiteral("invited");
inline const QString present = QStringLiteral("present");
inline const QString excused = QStringLiteral("excused");
inline const QString absent = QStringLiteral("absent");
} // namespace attendance

namespace action {
inline const QString open = QStringLiteral("open");
inline const QString done = QStringLiteral("done");
inline const QString dropped = QStringLiteral("dropped");
} // namespace action

namespace scope {
inline const QString branch = QStringLiteral("branch");
inline const QString kcp = QStringLiteral("kcp");
inline const QString wadah = QStringLiteral("wadah");
} // namespace scope

struct Session {
    qint64 id = 0;
    QString title;
    QDate heldOn;
    QString startsAt;      // "09:00"
    QString place;
    QString scopeLevel = scope::branch;
    qint64 officeId = 0;   // the KC or KCP; for a wadah session, the wadah's office
    qint64 wadahId = 0;
    QString facilitator;
    QString agenda;
    int reviewFrom = 0;    // YYYYMM
    int reviewTo = 0;
    QString status = status::planned;
    QString summary;
    QString snapshotTakenAt;
    int version = 0;
    // Read-only, joined for display.
    QString officeName;
    QString wadahName;
};

// One line of the session list.
struct SessionSummary {
    Session session;
    int invited = 0;
    int present = 0;
    int excused = 0;
    int absent = 0;
    int obstacles = 0;
    int openActions = 0;
    double attendanceRate() const; // figures::attendanceRate
};

struct Attendee {
    qint64 agentId = 0;
    QString code;
    QString name;
    QString phone;
    QString wadahName;
    QString attendance = attendance::invited;
    QString note;
};

struct Category {
    qint64 id = 0;
    QString code;
    QString nameId;
    QString nameEn;
    bool active = true;
    int sortOrder = 0;
    int version = 0; // the version read: a save checks that nobody changed the category since
    QString name() const; // in the interface language
};

struct Obstacle {
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 agentId = 0;    // 0: raised by the wadah or the branch, not one agent
    qint64 categoryId = 0;
    QString description;
    QString solution;
    int version = 0;
    QString agentName;     // read-only
    QString categoryName;  // read-only
};

struct Action {
    qint64 id = 0;
    qint64 sessionId = 0;  // where it was agreed
    qint64 obstacleId = 0;
    QString description;
    QString owner;
    QDate dueOn;
    QString status = action::open;
    QDate doneOn;
    int version = 0;
    // Read-only context.
    QString sessionTitle;
    QDate sessionDate;
    QString obstacleText;
    bool isOverdue(const QDate &today) const { return status == action::open && dueOn.isValid() && dueOn < today; }
};

// An action of an earlier session, reviewed at this one.
struct ActionReview {
    Action action;
    QString reviewStatus;  // what was decided at this session: open (carried on), done, dropped
    QString note;
};

struct Award {
    qint64 id = 0;
    QString category;      // top_acquisition, best_retention, best_newcomer, most_improved
    qint64 agentId = 0;
    int rank = 1;
    double value = 0;
    bool confirmed = false;
    QString note;
    QString agentName;     // read-only
};

// A later session's review of an action item, as stored (monev_action_reviews).
struct StoredReview {
    qint64 sessionId = 0;
    QString status;
    QString note;
};

// A deleted action item or obstacle with what went with it, as it was stored: undo puts it all back under the
// same ids and versions.
struct RemovedAction {
    Action action;
    std::vector<StoredReview> reviews;
};

struct RemovedObstacle {
    Obstacle obstacle;
    std::vector<RemovedAction> actions; // the action items agreed on it
};

// One agent's figures for the review period, frozen when the session was held.
struct SnapshotRow {
    qint64 agentId = 0;
    QString code;
    QString name;
    QString wadahName;
    QDate joinedOn;
    int acquisitions = 0;
    int prevAcquisitions = 0;  // the previous period of equal length
    int activeRecruits = 0;    // recruits paid up for the last month of the period
    int target = 0;
    std::optional<double> retention3m;  // share of recruits paid 3 months after registering
    qint64 collected = 0;
    int rank = 0;              // by acquisitions, 1 = most
};

// Everything shown for one session (the editor, the projector slides, the minutes).
struct SessionDetail {
    Session session;
    std::vector<Attendee> attendees;
    std::vector<Obstacle> obstacles;
    std::vector<Action> actions;          // agreed at this session
    std::vector<ActionReview> followUp;   // carried over from earlier sessions
    std::vector<Award> awards;
    std::vector<SnapshotRow> snapshot;
};

// What the kpi command reports for a period.
struct MonevFigures {
    qint64 sessions = 0;       // held or closed in the period
    double attendanceRate = 0; // present / invited over those sessions
    qint64 openActions = 0;    // open on the reference day
    qint64 overdueActions = 0; // open and past due on the reference day
};

// An office or wadah a session can be for.
struct ScopeChoice {
    qint64 id = 0;
    QString name;
    QString kind;        // kc, kcp, or the wadah's kind
    qint64 officeId = 0; // a wadah's office
};

// Filters of the follow-up list.
enum class ActionFilter { All, Open, Overdue, Done };

} // namespace perisai::monev
