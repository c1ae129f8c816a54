// Rows as they were stored, read whole and put back under their own ids: what undo and redo of the Monev edits
// (obstacles, action items, awards, obstacle categories) write.
#include "monevrepository.h"
#include "monevservice.h"

#include "storage/audit.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace perisai::monev {

using storage::idOrNull;
using storage::Query;

namespace {

Error conflict(const QString &what)
{
    return makeError(QCoreApplication::translate("monev", "%1 was changed elsewhere in the meantime; reload and try again").arg(what));
}

Error taken(const QString &what)
{
    return makeError(QCoreApplication::translate("monev", "%1 cannot be put back: another desk has stored a row under its number; "
                                                          "reload and enter it again").arg(what));
}

// Whether a row with this id exists (the table and column are this file's own, never input).
Result<bool> exists(const QSqlDatabase &conn, const char *sql, const QVariantList &values)
{
    Query q(conn, QString::fromLatin1(sql));
    q.bind(values);
    auto n = q.scalar();
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

bool sameAward(const Award &a, const Award &b)
{
    return a.id == b.id && a.category == b.category && a.agentId == b.agentId && a.rank == b.rank && a.value == b.value
           && a.confirmed == b.confirmed && a.note == b.note;
}

bool sameCategory(const Category &a, const Category &b)
{
    return a.id == b.id && a.code == b.code && a.nameId == b.nameId && a.nameEn == b.nameEn && a.active == b.active
           && a.sortOrder == b.sortOrder;
}

} // namespace

// Repository -------------------------------------------------------------------------------------------------

Result<std::optional<Category>> MonevRepository::category(qint64 id) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id, code, name_id, name_en, active, sort_order, version FROM obstacle_categories WHERE id = ?"));
    q.bind(id);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return std::optional<Category>();
    return std::optional<Category>(Category{q.intValue(0), q.text(1), q.text(2), q.text(3), q.intValue(4) != 0,
                                            static_cast<int>(q.intValue(5)), static_cast<int>(q.intValue(6))});
}

Status MonevRepository::restoreCategory(const Category &c)
{
    auto there = exists(m_db.connection(), "SELECT COUNT(*) FROM obstacle_categories WHERE id = ? OR code = ?", {c.id, c.code});
    if (!there)
        return there.error();
    if (*there)
        return taken(QCoreApplication::translate("monev", "The category \"%1\"").arg(c.nameId));
    Query q(m_db.connection(), QStringLiteral(
        "INSERT INTO obstacle_categories (id, code, name_id, name_en, active, sort_order) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind({c.id, c.code, c.nameId, c.nameEn, c.active ? 1 : 0, c.sortOrder});
    if (auto st = q.exec(); !st)
        return st;
    return audit(QStringLiteral("insert"), QStringLiteral("obstacle_categories"), c.id, c.nameId);
}

Status MonevRepository::deleteCategory(const Category &c)
{
    auto used = exists(m_db.connection(), "SELECT COUNT(*) FROM monev_obstacles WHERE category_id = ?", {c.id});
    if (!used)
        return used.error();
    if (*used)
        return makeError(QCoreApplication::translate("monev", "The category \"%1\" has been given to an obstacle in the meantime; switch it off instead")
                             .arg(c.nameId));
    Query q(m_db.connection(), QStringLiteral("DELETE FROM obstacle_categories WHERE id = ?"));
    if (auto st = q.bind(c.id).exec(); !st)
        return st;
    return audit(QStringLiteral("delete"), QStringLiteral("obstacle_categories"), c.id, c.nameId);
}

Result<std::vector<Action>> MonevRepository::actionsOf(qint64 obstacleId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id FROM monev_actions WHERE obstacle_id = ? ORDER BY id"));
    q.bind(obstacleId);
    if (auto st = q.exec(); !st)
        return st.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.intValue(0);
    std::vector<Action> out;
    for (qint64 id : ids) {
        auto a = action(id);
        if (!a)
            return a.error();
        out.push_back(*a);
    }
    return out;
}

Result<std::vector<StoredReview>> MonevRepository::reviewsOf(qint64 actionId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT session_id, status, note FROM monev_action_reviews WHERE action_id = ? ORDER BY session_id"));
    q.bind(actionId);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<StoredReview> out;
    while (q.next())
        out.push_back({q.intValue(0), q.text(1), q.text(2)});
    return out;
}

Status MonevRepository::restoreObstacle(const Obstacle &o)
{
    auto there = exists(m_db.connection(), "SELECT COUNT(*) FROM monev_obstacles WHERE id = ?", {o.id});
    if (!there)
        return there.error();
    if (*there)
        return taken(QCoreApplication::translate("monev", "The obstacle"));
    Query q(m_db.connection(), QStringLiteral(
        "INSERT INTO monev_obstacles (id, session_id, agent_id, category_id, description, solution, version) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind({o.id, o.sessionId, idOrNull(o.agentId), idOrNull(o.categoryId), o.description, storage::nullIfEmpty(o.solution), o.version});
    if (auto st = q.exec(); !st)
        return st;
    return audit(QStringLiteral("insert"), QStringLiteral("monev_obstacles"), o.id, o.description.left(80));
}

Status MonevRepository::restoreAction(const RemovedAction &removed)
{
    const Action &a = removed.action;
    auto there = exists(m_db.connection(), "SELECT COUNT(*) FROM monev_actions WHERE id = ?", {a.id});
    if (!there)
        return there.error();
    if (*there)
        return taken(QCoreApplication::translate("monev", "The action item \"%1\"").arg(a.description.left(40)));
    Query q(m_db.connection(), QStringLiteral(
        "INSERT INTO monev_actions (id, session_id, obstacle_id, description, owner, due_on, status, done_on, version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind({a.id, a.sessionId, idOrNull(a.obstacleId), a.description, storage::nullIfEmpty(a.owner), storage::dateOrNull(a.dueOn),
            a.status, storage::dateOrNull(a.doneOn), a.version});
    if (auto st = q.exec(); !st)
        return st;
    for (const StoredReview &r : removed.reviews) {
        Query rev(m_db.connection(), QStringLiteral(
            "INSERT INTO monev_action_reviews (action_id, session_id, status, note) VALUES (?, ?, ?, ?)"));
        if (auto st = rev.bind({a.id, r.sessionId, r.status, storage::nullIfEmpty(r.note)}).exec(); !st)
            return st;
    }
    return audit(QStringLiteral("insert"), QStringLiteral("monev_actions"), a.id, a.description.left(80));
}

Result<std::optional<Award>> MonevRepository::award(qint64 sessionId, const QString &category, int rank) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT w.id, w.category, w.agent_id, w.rank, w.value, w.confirmed, w.note, a.name FROM monev_awards w"
        " JOIN agents a ON a.id = w.agent_id WHERE w.session_id = ? AND w.category = ? AND w.rank = ?"));
    q.bind({sessionId, category, rank});
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return std::optional<Award>();
    return std::optional<Award>(Award{q.intValue(0), q.text(1), q.intValue(2), static_cast<int>(q.intValue(3)), q.value(4).toDouble(),
                                      q.intValue(5) != 0, q.text(6), q.text(7)});
}

Status MonevRepository::restoreAward(qint64 sessionId, const Award &a)
{
    auto there = exists(m_db.connection(), "SELECT COUNT(*) FROM monev_awards WHERE id = ?", {a.id});
    if (!there)
        return there.error();
    if (*there)
        return taken(QCoreApplication::translate("monev", "The award"));
    Query q(m_db.connection(), QStringLiteral(
        "INSERT INTO monev_awards (id, session_id, category, agent_id, rank, value, confirmed, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind({a.id, sessionId, a.category, a.agentId, a.rank, a.value, a.confirmed ? 1 : 0, storage::nullIfEmpty(a.note)});
    if (auto st = q.exec(); !st)
        return st;
    return audit(QStringLiteral("insert"), QStringLiteral("monev_awards"), sessionId,
                 QStringLiteral("%1 #%2: agent %3").arg(a.category).arg(a.rank).arg(a.agentId));
}

// Service ----------------------------------------------------------------------------------------------------

Result<Obstacle> MonevService::obstacle(qint64 obstacleId) const
{
    return MonevRepository(m_db).obstacle(obstacleId);
}

Result<RemovedObstacle> MonevService::deleteObstacle(const Obstacle &seen)
{
    return storage::inTransaction(m_db.connection(), [&]() -> Result<RemovedObstacle> {
        if (auto s = editable(seen.sessionId, {status::planned, status::held}); !s)
            return s.error();
        MonevRepository repo(m_db);
        auto stored = repo.obstacle(seen.id);
        if (!stored)
            return stored.error();
        if (stored->version != seen.version)
            return conflict(QCoreApplication::translate("monev", "The obstacle"));
        auto actions = repo.actionsOf(seen.id);
        if (!actions)
            return actions.error();
        RemovedObstacle removed{*stored, {}};
        for (const Action &a : *actions) {
            auto reviews = repo.reviewsOf(a.id);
            if (!reviews)
                return reviews.error();
            removed.actions.push_back({a, *reviews});
        }
        if (auto st = repo.deleteObstacle(seen); !st)
            return st.error();
        return removed;
    });
}

Status MonevService::restoreObstacle(const RemovedObstacle &removed)
{
    return storage::inTransaction(m_db.connection(), [&]() -> Status {
        if (auto s = editable(removed.obstacle.sessionId, {status::planned, status::held}); !s)
            return s.error();
        MonevRepository repo(m_db);
        if (auto st = repo.restoreObstacle(removed.obstacle); !st)
            return st;
        for (const RemovedAction &a : removed.actions)
            if (auto st = repo.restoreAction(a); !st)
                return st;
        return Status();
    });
}

Result<RemovedAction> MonevService::deleteAction(const Action &seen)
{
    return storage::inTransaction(m_db.connection(), [&]() -> Result<RemovedAction> {
        if (auto s = editable(seen.sessionId, {status::planned, status::held}); !s)
            return s.error();
        MonevRepository repo(m_db);
        auto stored = repo.action(seen.id);
        if (!stored)
            return stored.error();
        if (stored->version != seen.version)
            return conflict(QCoreApplication::translate("monev", "The action item \"%1\"").arg(seen.description.left(40)));
        auto reviews = repo.reviewsOf(seen.id);
        if (!reviews)
            return reviews.error();
        if (auto st = repo.deleteAction(seen); !st)
            return st.error();
        return RemovedAction{*stored, *reviews};
    });
}

Status MonevService::restoreAction(const RemovedAction &removed)
{
    return storage::inTransaction(m_db.connection(), [&]() -> Status {
        if (auto s = editable(removed.action.sessionId, {status::planned, status::held}); !s)
            return s.error();
        return MonevRepository(m_db).restoreAction(removed);
    });
}

Result<std::optional<Award>> MonevService::award(qint64 sessionId, const QString &category) const
{
    return MonevRepository(m_db).award(sessionId, category, 1);
}

Status MonevService::restoreAward(qint64 sessionId, const QString &category, const std::optional<Award> &expected,
                                  const std::optional<Award> &target)
{
    return storage::inTransaction(m_db.connection(), [&]() -> Status {
        if (auto s = editable(sessionId, {status::held}); !s)
            return s.error();
        MonevRepository repo(m_db);
        auto current = repo.award(sessionId, category, 1);
        if (!current)
            return current.error();
        const bool asExpected = current->has_value() == expected.has_value() && (!expected || sameAward(**current, *expected));
        if (!asExpected)
            return conflict(QCoreApplication::translate("monev", "The award \"%1\"").arg(awards::title(category)));
        if (*current)
            if (auto st = repo.removeAward(sessionId, category, 1); !st)
                return st;
        if (target)
            return repo.restoreAward(sessionId, *target);
        return Status();
    });
}

Result<std::optional<Category>> MonevService::category(qint64 categoryId) const
{
    return MonevRepository(m_db).category(categoryId);
}

Status MonevService::restoreCategory(qint64 categoryId, const std::optional<Category> &expected, const std::optional<Category> &target)
{
    if (target && target->nameId.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("monev", "A category needs a name"));
    return storage::inTransaction(m_db.connection(), [&]() -> Status {
        MonevRepository repo(m_db);
        auto current = repo.category(categoryId);
        if (!current)
            return current.error();
        const bool asExpected = current->has_value() == expected.has_value() && (!expected || sameCategory(**current, *expected));
        if (!asExpected) {
            const QString name = expected ? expected->nameId : target ? target->nameId : QString();
            return conflict(QCoreApplication::translate("monev", "The category \"%1\"").arg(name));
        }
        if (!target)
            return *current ? repo.deleteCategory(**current) : Status();
        if (!*current)
            return repo.restoreCategory(*target);
        // The stored row is the one expected (compared above): the save goes onto its version.
        Category next = *target;
        next.version = (*current)->version;
        auto saved = repo.saveCategory(next);
        return saved ? Status() : Status(saved.error());
    });
}

} // namespace perisai::monev
