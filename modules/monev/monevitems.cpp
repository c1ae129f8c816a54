// Obstacle categories, obstacles, action items, their reviews at later sessions, and awards.
#include "monevrepository.h"

#include "core/format.h"
#include "roster/conflict.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>

namespace perisai::monev {

using storage::idOrNull;
using storage::Query;

QString Category::name() const
{
    return fmt::indonesian() || nameEn.isEmpty() ? nameId : nameEn;
}

namespace {

// `what` lost a race with another desk: says so, and who changed the row last and when.
Error conflict(const storage::Database &db, const char *table, qint64 rowId, const QString &what)
{
    return roster::conflictNamed(db, QLatin1String(table), rowId,
                                 QCoreApplication::translate("monev", "%1 was changed elsewhere in the meantime; reload and try again").arg(what));
}

const char *const kActionColumns =
    "x.id, x.session_id, x.obstacle_id, x.description, x.owner, x.due_on, x.status, x.done_on, x.version,"
    " s.title, s.held_on, b.description"
    " FROM monev_actions x JOIN monev_sessions s ON s.id = x.session_id"
    " LEFT JOIN monev_obstacles b ON b.id = x.obstacle_id";

const char *const kObstacleColumns =
    "b.id, b.session_id, b.agent_id, b.category_id, b.description, b.solution, b.version, a.name, c.name_id, c.name_en"
    " FROM monev_obstacles b LEFT JOIN agents a ON a.id = b.agent_id LEFT JOIN obstacle_categories c ON c.id = b.category_id";

Obstacle readObstacle(const Query &q)
{
    const Category cat{0, {}, q.text(8), q.text(9)};
    return {q.intValue(0), q.intValue(1), q.intValue(2), q.intValue(3), q.text(4), q.text(5),
            static_cast<int>(q.intValue(6)), q.text(7), cat.name()};
}

Action readAction(const Query &q, int c = 0)
{
    Action a;
    a.id = q.intValue(c);
    a.sessionId = q.intValue(c + 1);
    a.obstacleId = q.intValue(c + 2);
    a.description = q.text(c + 3);
    a.owner = q.text(c + 4);
    a.dueOn = storage::readDate(q.value(c + 5));
    a.status = q.text(c + 6);
    a.doneOn = storage::readDate(q.value(c + 7));
    a.version = static_cast<int>(q.intValue(c + 8));
    a.sessionTitle = q.text(c + 9);
    a.sessionDate = storage::readDate(q.value(c + 10));
    a.obstacleText = q.text(c + 11);
    return a;
}

} // namespace

Result<std::vector<Category>> MonevRepository::categories(bool includeInactive) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id, code, name_id, name_en, active, sort_order, version FROM obstacle_categories")
                                   + (includeInactive ? QString() : QStringLiteral(" WHERE active = 1"))
                                   + QStringLiteral(" ORDER BY sort_order, name_id"));
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<Category> out;
    while (q.next())
        out.push_back({q.intValue(0), q.text(1), q.text(2), q.text(3), q.intValue(4) != 0, static_cast<int>(q.intValue(5)),
                       static_cast<int>(q.intValue(6))});
    return out;
}

Result<qint64> MonevRepository::saveCategory(const Category &c)
{
    if (c.id == 0) {
        Query q(m_db.connection(), QStringLiteral(
            "INSERT INTO obstacle_categories (code, name_id, name_en, active, sort_order) VALUES (?, ?, ?, ?, ?) RETURNING id"));
        q.bind({c.code, c.nameId, c.nameEn, c.active ? 1 : 0, c.sortOrder});
        auto id = q.scalar();
        if (!id)
            return id.error();
        if (auto st = audit(QStringLiteral("insert"), QStringLiteral("obstacle_categories"), id->toLongLong(), c.nameId); !st)
            return st.error();
        return id->toLongLong();
    }
    Query q(m_db.connection(), QStringLiteral(
        "UPDATE obstacle_categories SET name_id = ?, name_en = ?, active = ?, sort_order = ?, version = version + 1"
        " WHERE id = ? AND version = ?"));
    q.bind({c.nameId, c.nameEn, c.active ? 1 : 0, c.sortOrder, c.id, c.version});
    if (auto st = q.exec(); !st)
        return st.error();
    if (q.numRowsAffected() != 1)
        return conflict(m_db, "obstacle_categories", c.id, QCoreApplication::translate("monev", "The category \"%1\"").arg(c.nameId));
    if (auto st = audit(QStringLiteral("update"), QStringLiteral("obstacle_categories"), c.id, c.nameId); !st)
        return st.error();
    return c.id;
}

Result<std::vector<Obstacle>> MonevRepository::obstacles(qint64 sessionId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT ") + QLatin1String(kObstacleColumns)
                                   + QStringLiteral(" WHERE b.session_id = ? ORDER BY c.sort_order, b.id"));
    q.bind(sessionId);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<Obstacle> out;
    while (q.next())
        out.push_back(readObstacle(q));
    return out;
}

Result<Obstacle> MonevRepository::obstacle(qint64 id) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT ") + QLatin1String(kObstacleColumns) + QStringLiteral(" WHERE b.id = ?"));
    q.bind(id);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return conflict(m_db, "monev_obstacles", id, QCoreApplication::translate("monev", "The obstacle"));
    return readObstacle(q);
}

Result<qint64> MonevRepository::saveObstacle(const Obstacle &o)
{
    if (o.id == 0) {
        Query q(m_db.connection(), QStringLiteral(
            "INSERT INTO monev_obstacles (session_id, agent_id, category_id, description, solution, version)"
            " VALUES (?, ?, ?, ?, ?, 1) RETURNING id"));
        q.bind({o.sessionId, idOrNull(o.agentId), idOrNull(o.categoryId), o.description, storage::nullIfEmpty(o.solution)});
        auto id = q.scalar();
        if (!id)
            return id.error();
        if (auto st = audit(QStringLiteral("insert"), QStringLiteral("monev_obstacles"), id->toLongLong(), o.description.left(80)); !st)
            return st.error();
        return id->toLongLong();
    }
    Query q(m_db.connection(), QStringLiteral(
        "UPDATE monev_obstacles SET agent_id = ?, category_id = ?, description = ?, solution = ?, version = version + 1"
        " WHERE id = ? AND version = ?"));
    q.bind({idOrNull(o.agentId), idOrNull(o.categoryId), o.description, storage::nullIfEmpty(o.solution), o.id, o.version});
    if (auto st = q.exec(); !st)
        return st.error();
    if (q.numRowsAffected() != 1)
        return conflict(m_db, "monev_obstacles", o.id, QCoreApplication::translate("monev", "The obstacle"));
    if (auto st = audit(QStringLiteral("update"), QStringLiteral("monev_obstacles"), o.id, o.description.left(80)); !st)
        return st.error();
    return o.id;
}

Status MonevRepository::deleteObstacle(const Obstacle &o)
{
    // Its actions go with it unless a later session already reviewed one of them.
    Query reviewed(m_db.connection(), QStringLiteral(
        "SELECT COUNT(*) FROM monev_action_reviews r JOIN monev_actions x ON x.id = r.action_id WHERE x.obstacle_id = ?"));
    reviewed.bind(o.id);
    auto n = reviewed.scalar();
    if (!n)
        return n.error();
    if (n->toLongLong() > 0)
        return makeError(QCoreApplication::translate("monev", "This obstacle's actions were already reviewed at a later session; it cannot be deleted"));
    Query delActions(m_db.connection(), QStringLiteral("DELETE FROM monev_actions WHERE obstacle_id = ?"));
    if (auto st = delActions.bind(o.id).exec(); !st)
        return st;
    Query del(m_db.connection(), QStringLiteral("DELETE FROM monev_obstacles WHERE id = ? AND version = ?"));
    if (auto st = del.bind({o.id, o.version}).exec(); !st)
        return st;
    if (del.numRowsAffected() != 1)
        return conflict(m_db, "monev_obstacles", o.id, QCoreApplication::translate("monev", "The obstacle"));
    return audit(QStringLiteral("delete"), QStringLiteral("monev_obstacles"), o.id, o.description.left(80));
}

Result<std::vector<Action>> MonevRepository::actions(qint64 sessionId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT ") + QLatin1String(kActionColumns)
                                   + QStringLiteral(" WHERE x.session_id = ? ORDER BY x.due_on, x.id"));
    q.bind(sessionId);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<Action> out;
    while (q.next())
        out.push_back(readAction(q));
    return out;
}

Result<Action> MonevRepository::action(qint64 id) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT ") + QLatin1String(kActionColumns) + QStringLiteral(" WHERE x.id = ?"));
    q.bind(id);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return makeError(QCoreApplication::translate("monev", "Action item %1 does not exist").arg(id));
    return readAction(q);
}

Result<std::vector<Action>> MonevRepository::allActions(ActionFilter filter, const QDate &today) const
{
    QString where;
    switch (filter) {
    case ActionFilter::All: where = QStringLiteral("1 = 1"); break;
    case ActionFilter::Open: where = QStringLiteral("x.status = 'open'"); break;
    case ActionFilter::Overdue: where = QStringLiteral("x.status = 'open' AND x.due_on < ?"); break;
    case ActionFilter::Done: where = QStringLiteral("x.status IN ('done', 'dropped')"); break;
    }
    Query q(m_db.connection(), QStringLiteral("SELECT ") + QLatin1String(kActionColumns) + QStringLiteral(" WHERE ") + where
                                   + QStringLiteral(" ORDER BY CASE WHEN x.status = 'open' THEN 0 ELSE 1 END, x.due_on, x.id"));
    if (filter == ActionFilter::Overdue)
        q.bind(storage::dateOrNull(today));
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<Action> out;
    while (q.next())
        out.push_back(readAction(q));
    return out;
}

Result<qint64> MonevRepository::saveAction(const Action &a)
{
    if (a.id == 0) {
        Query q(m_db.connection(), QStringLiteral(
            "INSERT INTO monev_actions (session_id, obstacle_id, description, owner, due_on, status, done_on, version)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"));
        q.bind({a.sessionId, idOrNull(a.obstacleId), a.description, storage::nullIfEmpty(a.owner), storage::dateOrNull(a.dueOn), a.status,
                storage::dateOrNull(a.doneOn)});
        auto id = q.scalar();
        if (!id)
            return id.error();
        if (auto st = audit(QStringLiteral("insert"), QStringLiteral("monev_actions"), id->toLongLong(), a.description.left(80)); !st)
            return st.error();
        return id->toLongLong();
    }
    Query q(m_db.connection(), QStringLiteral(
        "UPDATE monev_actions SET obstacle_id = ?, description = ?, owner = ?, due_on = ?, version = version + 1"
        " WHERE id = ? AND version = ?"));
    q.bind({idOrNull(a.obstacleId), a.description, storage::nullIfEmpty(a.owner), storage::dateOrNull(a.dueOn), a.id, a.version});
    if (auto st = q.exec(); !st)
        return st.error();
    if (q.numRowsAffected() != 1)
        return conflict(m_db, "monev_actions", a.id, QCoreApplication::translate("monev", "The action item \"%1\"").arg(a.description.left(40)));
    if (auto st = audit(QStringLiteral("update"), QStringLiteral("monev_actions"), a.id, a.description.left(80)); !st)
        return st.error();
    return a.id;
}

Status MonevRepository::deleteAction(const Action &a)
{
    Query rev(m_db.connection(), QStringLiteral("DELETE FROM monev_action_reviews WHERE action_id = ?"));
    if (auto st = rev.bind(a.id).exec(); !st)
        return st;
    Query q(m_db.connection(), QStringLiteral("DELETE FROM monev_actions WHERE id = ? AND version = ?"));
    if (auto st = q.bind({a.id, a.version}).exec(); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return conflict(m_db, "monev_actions", a.id, QCoreApplication::translate("monev", "The action item \"%1\"").arg(a.description.left(40)));
    return audit(QStringLiteral("delete"), QStringLiteral("monev_actions"), a.id, a.description.left(80));
}

Status MonevRepository::setActionStatus(const Action &a, const QString &status, const QDate &doneOn)
{
    Query q(m_db.connection(), QStringLiteral(
        "UPDATE monev_actions SET status = ?, done_on = ?, version = version + 1 WHERE id = ? AND version = ?"));
    q.bind({status, storage::dateOrNull(status == action::open ? QDate() : doneOn), a.id, a.version});
    if (auto st = q.exec(); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return conflict(m_db, "monev_actions", a.id, QCoreApplication::translate("monev", "The action item \"%1\"").arg(a.description.left(40)));
    return audit(QStringLiteral("status"), QStringLiteral("monev_actions"), a.id,
                 QStringLiteral("%1 -> %2: %3").arg(a.status, status, a.description.left(60)));
}

Result<QList<qint64>> MonevRepository::openActionsBefore(const QDate &day, qint64 excludeSessionId, const Coverage &c) const
{
    QStringList parts;
    QVariantList values{storage::dateOrNull(day), excludeSessionId};
    auto marks = [](qsizetype n) { return QStringList(n, QStringLiteral("?")).join(QLatin1Char(',')); };
    if (!c.officeIds.isEmpty()) {
        parts << QStringLiteral("(s.scope_level <> 'wadah' AND s.office_id IN (") + marks(c.officeIds.size()) + QStringLiteral("))");
        for (qint64 id : c.officeIds)
            values << id;
    }
    if (!c.wadahIds.isEmpty()) {
        parts << QStringLiteral("s.wadah_id IN (") + marks(c.wadahIds.size()) + QLatin1Char(')');
        for (qint64 id : c.wadahIds)
            values << id;
    }
    if (parts.isEmpty())
        return QList<qint64>{};
    Query q(m_db.connection(), QStringLiteral(
        "SELECT x.id FROM monev_actions x JOIN monev_sessions s ON s.id = x.session_id"
        " WHERE x.status = 'open' AND s.status IN ('held', 'closed') AND s.held_on < ? AND s.id <> ? AND (")
        + parts.join(QStringLiteral(" OR ")) + QStringLiteral(") ORDER BY x.due_on, x.id"));
    for (const QVariant &v : values)
        q.bind(v);
    if (auto st = q.exec(); !st)
        return st.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.intValue(0);
    return ids;
}

Status MonevRepository::addReviews(qint64 sessionId, const QList<qint64> &actionIds)
{
    for (qint64 id : actionIds) {
        Query q(m_db.connection(), QStringLiteral(
            "INSERT INTO monev_action_reviews (action_id, session_id, status, note) VALUES (?, ?, 'open', NULL)"
            " ON CONFLICT (action_id, session_id) DO NOTHING"));
        if (auto st = q.bind({id, sessionId}).exec(); !st)
            return st;
    }
    if (actionIds.isEmpty())
        return {};
    return audit(QStringLiteral("insert"), QStringLiteral("monev_action_reviews"), sessionId,
                 QStringLiteral("%1 open actions carried over").arg(actionIds.size()));
}

Result<std::vector<ActionReview>> MonevRepository::reviews(qint64 sessionId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT ") + QLatin1String(kActionColumns) + QStringLiteral(
        " JOIN monev_action_reviews r ON r.action_id = x.id AND r.session_id = ?"
        " ORDER BY s.held_on, x.due_on, x.id"));
    // The review's own columns come from a second, small query: kActionColumns ends in its joins.
    q.bind(sessionId);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<ActionReview> out;
    while (q.next())
        out.push_back({readAction(q), {}, {}});
    Query r(m_db.connection(), QStringLiteral("SELECT action_id, status, note FROM monev_action_reviews WHERE session_id = ?"));
    r.bind(sessionId);
    if (auto st = r.exec(); !st)
        return st.error();
    while (r.next()) {
        for (ActionReview &rev : out) {
            if (rev.action.id == r.intValue(0)) {
                rev.reviewStatus = r.text(1);
                rev.note = r.text(2);
            }
        }
    }
    return out;
}

Status MonevRepository::setReview(qint64 sessionId, qint64 actionId, const QString &status, const QString &note, const ActionReview *seen)
{
    Query q(m_db.connection(), QStringLiteral("UPDATE monev_action_reviews SET status = ?, note = ? WHERE action_id = ? AND session_id = ?")
                                   + (seen ? QStringLiteral(" AND status = ? AND COALESCE(note, '') = ?") : QString()));
    q.bind({status, storage::nullIfEmpty(note), actionId, sessionId});
    if (seen)
        q.bind({seen->reviewStatus, seen->note.isNull() ? QStringLiteral("") : seen->note}); // a null would match nothing
    if (auto st = q.exec(); !st)
        return st;
    if (q.numRowsAffected() != 1) {
        Query held(m_db.connection(), QStringLiteral("SELECT x.description FROM monev_action_reviews r JOIN monev_actions x ON x.id = r.action_id "
                                                     "WHERE r.action_id = ? AND r.session_id = ?"));
        auto description = held.bind({actionId, sessionId}).scalar();
        if (!description)
            return description.error();
        if (description->isNull())
            return makeError(QCoreApplication::translate("monev", "This action item is not on the session's follow-up list"));
        return conflict(m_db, "monev_action_reviews", actionId,
                        QCoreApplication::translate("monev", "The follow-up of \"%1\"").arg(description->toString().left(40)));
    }
    return audit(QStringLiteral("update"), QStringLiteral("monev_action_reviews"), actionId,
                 QStringLiteral("session %1: %2").arg(sessionId).arg(status));
}

Result<std::vector<Award>> MonevRepository::awards(qint64 sessionId) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT w.id, w.category, w.agent_id, w.rank, w.value, w.confirmed, w.note, a.name FROM monev_awards w"
        " JOIN agents a ON a.id = w.agent_id WHERE w.session_id = ? ORDER BY w.category, w.rank"));
    q.bind(sessionId);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<Award> out;
    while (q.next())
        out.push_back({q.intValue(0), q.text(1), q.intValue(2), static_cast<int>(q.intValue(3)), q.value(4).toDouble(),
                       q.intValue(5) != 0, q.text(6), q.text(7)});
    return out;
}

Status MonevRepository::saveAward(qint64 sessionId, const Award &a)
{
    Query q(m_db.connection(), QStringLiteral(
        "INSERT INTO monev_awards (session_id, category, agent_id, rank, value, confirmed, note) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (session_id, category, rank) DO UPDATE SET agent_id = excluded.agent_id, value = excluded.value,"
        " confirmed = excluded.confirmed, note = excluded.note"));
    q.bind({sessionId, a.category, a.agentId, a.rank, a.value, a.confirmed ? 1 : 0, storage::nullIfEmpty(a.note)});
    if (auto st = q.exec(); !st)
        return st;
    return audit(QStringLiteral("update"), QStringLiteral("monev_awards"), sessionId,
                 QStringLiteral("%1 #%2: agent %3").arg(a.category).arg(a.rank).arg(a.agentId));
}

Status MonevRepository::removeAward(qint64 sessionId, const QString &category, int rank)
{
    Query q(m_db.connection(), QStringLiteral("DELETE FROM monev_awards WHERE session_id = ? AND category = ? AND rank = ?"));
    if (auto st = q.bind({sessionId, category, rank}).exec(); !st)
        return st;
    return audit(QStringLiteral("delete"), QStringLiteral("monev_awards"), sessionId, QStringLiteral("%1 #%2").arg(category).arg(rank));
}

} // namespace perisai::monev
