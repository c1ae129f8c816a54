#include "followup.h"

#include "core/format.h"
#include "core/indicators.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/values.h"

namespace perisai::figures {

using storage::iso;
using storage::Query;

double attendanceRate(qint64 present, qint64 invited)
{
    return indicators::ratio(static_cast<double>(present), static_cast<double>(invited));
}

void AttendanceCounts::add(const QString &mark)
{
    ++invited;
    if (mark == QLatin1String("present"))
        ++present;
    else if (mark == QLatin1String("excused"))
        ++excused;
    else if (mark == QLatin1String("absent"))
        ++absent;
    else
        ++unmarked;
}

Result<std::vector<AttendanceMark>> agentAttendance(const storage::Database &db, qint64 agentId,
                                                    const std::optional<PeriodRange> &range)
{
    QString sql = QStringLiteral(
        "SELECT s.held_on, s.title, m.attendance FROM monev_attendance m JOIN monev_sessions s ON s.id = m.session_id"
        " WHERE m.agent_id = ? AND s.status IN ('held', 'closed')");
    QVariantList values{agentId};
    if (range) {
        sql += QStringLiteral(" AND s.held_on BETWEEN ? AND ?");
        values << iso(range->from.firstDay()) << iso(range->to.lastDay());
    }
    Query q(db.connection(), sql + QStringLiteral(" ORDER BY s.held_on, s.id"));
    q.bind(values);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<AttendanceMark> marks;
    while (q.next())
        marks.push_back({storage::readDate(q.value(0)), q.text(1), q.text(2)});
    return marks;
}

qint64 obstaclesRaised(const std::vector<ObstacleCount> &perCategory)
{
    qint64 n = 0;
    for (const ObstacleCount &o : perCategory)
        n += o.count;
    return n;
}

qint64 FollowUpFigures::obstaclesRaised() const
{
    return figures::obstaclesRaised(obstacles);
}

double FollowUpFigures::attendanceRate() const
{
    return figures::attendanceRate(present, invited);
}

namespace {

struct Conditions {
    SqlFilter sessions;                                  // on monev_sessions s
    SqlFilter attendees{QStringLiteral("1 = 1"), {}};   // on monev_attendance a
    SqlFilter actions{QStringLiteral("1 = 1"), {}};     // on monev_actions x
};

// Sessions of the scope: the offices' own and their wadah's; narrowed, those the agents were invited to
// (and only the agents' attendance, and the actions on obstacles they raised).
Conditions conditions(const ResolvedScope &scope)
{
    Conditions c;
    if (scope.narrowedToAgents()) {
        const SqlFilter a = agentFilter(scope, QStringLiteral("agent_id"));
        c.sessions = {QStringLiteral("s.id IN (SELECT session_id FROM monev_attendance WHERE ") + a.sql + QLatin1Char(')'), a.values};
        c.attendees = agentFilter(scope, QStringLiteral("a.agent_id"));
        c.actions = {QStringLiteral("x.obstacle_id IN (SELECT id FROM monev_obstacles WHERE ") + a.sql + QLatin1Char(')'), a.values};
    } else {
        // A session's office is its own, else its wadah's: the server's definition (0082), which its policy tests.
        const SqlFilter own = officeFilter(scope, QStringLiteral("s.office_id"));
        const SqlFilter wadah = officeFilter(scope, QStringLiteral("office_id"));
        c.sessions = {QStringLiteral("(") + own.sql + QStringLiteral(" OR (s.office_id IS NULL AND s.wadah_id IN (SELECT id FROM wadah WHERE ")
                          + wadah.sql + QStringLiteral(")))"),
                      own.values + wadah.values};
    }
    return c;
}

const QString kHeld = QStringLiteral(" AND s.status IN ('held', 'closed') AND s.held_on BETWEEN ? AND ?");
// Open on the day: agreed at a session held by then, and not done by then.
const QString kOpen = QStringLiteral(" AND s.held_on <= ? AND (x.status = 'open' OR (x.status = 'done' AND x.done_on > ?))");

// Obstacles raised where `raisedAt` (on monev_obstacles o) holds, per category in the user's language, most
// frequent first, ties by category name.
Result<std::vector<ObstacleCount>> countObstacles(const storage::Database &db, const QString &raisedAt, const QVariantList &values)
{
    const QString name = fmt::indonesian() ? QStringLiteral("k.name_id") : QStringLiteral("k.name_en");
    Query q(db.connection(), QStringLiteral("SELECT COALESCE(%1, ''), COUNT(*) AS n FROM monev_obstacles o "
                                            "LEFT JOIN obstacle_categories k ON k.id = o.category_id WHERE %2 "
                                            "GROUP BY COALESCE(%1, '') ORDER BY n DESC, 1").arg(name, raisedAt));
    q.bind(values);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<ObstacleCount> out;
    while (q.next())
        out.push_back({q.text(0), q.intValue(1)});
    return out;
}

} // namespace

Result<std::vector<ObstacleCount>> sessionObstacles(const storage::Database &db, qint64 sessionId)
{
    return countObstacles(db, QStringLiteral("o.session_id = ?"), {sessionId});
}

Result<QHash<qint64, SessionFigures>> sessionFigures(const storage::Database &db, const QDate &day)
{
    QHash<qint64, SessionFigures> out;
    Query marks(db.connection(), QStringLiteral("SELECT session_id, attendance FROM monev_attendance"));
    if (auto st = marks.exec(); !st)
        return st.error();
    while (marks.next())
        out[marks.intValue(0)].attendance.add(marks.text(1));
    Query obstacles(db.connection(), QStringLiteral("SELECT session_id, COUNT(*) FROM monev_obstacles GROUP BY session_id"));
    if (auto st = obstacles.exec(); !st)
        return st.error();
    while (obstacles.next())
        out[obstacles.intValue(0)].obstacles = obstacles.intValue(1);
    Query open(db.connection(), QStringLiteral("SELECT x.session_id, COUNT(*) FROM monev_actions x JOIN monev_sessions s ON s.id = x.session_id "
                                               "WHERE 1 = 1") + kOpen + QStringLiteral(" GROUP BY x.session_id"));
    if (auto st = open.bind({day, day}).exec(); !st)
        return st.error();
    while (open.next())
        out[open.intValue(0)].openActions = open.intValue(1);
    return out;
}

Result<FollowUpFigures> followUpFigures(const storage::Database &db, const ResolvedScope &scope, const FollowUpRequest &r)
{
    const Conditions c = conditions(scope);
    const QVariantList held{iso(r.period.from.firstDay()), iso(r.period.to.lastDay())};
    const QString day = iso(r.asOf);
    FollowUpFigures f;

    Query count(db.connection(), QStringLiteral("SELECT COUNT(*) FROM monev_sessions s WHERE ") + c.sessions.sql + kHeld);
    count.bind(c.sessions.values).bind(held);
    auto n = count.scalar();
    if (!n)
        return n.error();
    f.sessions = n->toLongLong();

    Query att(db.connection(), QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN a.attendance = 'present' THEN 1 ELSE 0 END), 0) "
                                              "FROM monev_attendance a JOIN monev_sessions s ON s.id = a.session_id WHERE ")
                                   + c.sessions.sql + kHeld + QStringLiteral(" AND ") + c.attendees.sql);
    att.bind(c.sessions.values).bind(held).bind(c.attendees.values);
    if (auto st = att.exec(); !st)
        return st.error();
    if (att.next()) {
        f.invited = att.intValue(0);
        f.present = att.intValue(1);
    }

    Query act(db.connection(),
              QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN x.due_on < ? THEN 1 ELSE 0 END), 0) "
                             "FROM monev_actions x JOIN monev_sessions s ON s.id = x.session_id WHERE ")
                  + c.sessions.sql + QStringLiteral(" AND ") + c.actions.sql + kOpen);
    act.bind(day).bind(c.sessions.values).bind(c.actions.values).bind({day, day});
    if (auto st = act.exec(); !st)
        return st.error();
    if (act.next()) {
        f.openActions = act.intValue(0);
        f.overdueActions = act.intValue(1);
    }

    Query done(db.connection(), QStringLiteral("SELECT COUNT(*) FROM monev_actions x JOIN monev_sessions s ON s.id = x.session_id WHERE ")
                                    + c.sessions.sql + QStringLiteral(" AND ") + c.actions.sql
                                    + QStringLiteral(" AND x.status = 'done' AND x.done_on BETWEEN ? AND ?"));
    done.bind(c.sessions.values).bind(c.actions.values).bind({iso(r.period.from.firstDay()), day});
    auto doneCount = done.scalar();
    if (!doneCount)
        return doneCount.error();
    f.doneActions = doneCount->toLongLong();

    if (!r.details)
        return f;

    auto obstacles = r.sessionId != 0 ? sessionObstacles(db, r.sessionId)
                                      : countObstacles(db, QStringLiteral("o.session_id IN (SELECT s.id FROM monev_sessions s WHERE ")
                                                               + c.sessions.sql + kHeld + QLatin1Char(')'),
                                                       c.sessions.values + held);
    if (!obstacles)
        return obstacles.error();
    f.obstacles = std::move(*obstacles);

    Query overdue(db.connection(), QStringLiteral("SELECT x.description, COALESCE(x.owner, ''), x.due_on FROM monev_actions x "
                                                  "JOIN monev_sessions s ON s.id = x.session_id WHERE ")
                                       + c.sessions.sql + QStringLiteral(" AND ") + c.actions.sql + kOpen
                                       + QStringLiteral(" AND x.due_on < ? ORDER BY x.due_on, x.id LIMIT ?"));
    overdue.bind(c.sessions.values).bind(c.actions.values).bind({day, day, day, r.itemLimit});
    if (auto st = overdue.exec(); !st)
        return st.error();
    while (overdue.next())
        f.overdueItems.push_back({overdue.text(0), overdue.text(1), storage::readDate(overdue.value(2))});
    return f;
}

} // namespace perisai::figures
