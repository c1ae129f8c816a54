// Sessions, scope, invitations, attendance and the figures over them.
#include "monevrepository.h"

#include "roster/conflict.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>

namespace perisai::monev {

using storage::Query;
using storage::idOrNull;
using storage::placeholders;

namespace {

const char *const kSessionColumns =
    "s.id, s.title, s.held_on, s.starts_at, s.place, s.scope_level, s.office_id, s.wadah_id, s.facilitator, "
    "s.agenda, s.review_from, s.review_to, s.status, s.summary, s.snapshot_taken_at, s.version, o.name, w.name";
const char *const kSessionJoins =
    " FROM monev_sessions s LEFT JOIN offices o ON o.id = s.office_id LEFT JOIN wadah w ON w.id = s.wadah_id";

Session readSession(const Query &q)
{
    Session s;
    s.id = q.intValue(0);
    s.title = q.text(1);
    s.heldOn = storage::readDate(q.value(2));
    s.startsAt = q.text(3);
    s.place = q.text(4);
    s.scopeLevel = q.text(5);
    s.officeId = q.intValue(6);
    s.wadahId = q.intValue(7);
    s.facilitator = q.text(8);
    s.agenda = q.text(9);
    s.reviewFrom = static_cast<int>(q.intValue(10));
    s.reviewTo = static_cast<int>(q.intValue(11));
    s.status = q.text(12);
    s.summary = q.text(13);
    s.snapshotTakenAt = q.text(14);
    s.version = static_cast<int>(q.intValue(15));
    s.officeName = q.text(16);
    s.wadahName = q.text(17);
    return s;
}

} // namespace

MonevRepository::MonevRepository(const storage::Database &db) : m_db(db) {}

Status MonevRepository::audit(const QString &action, const QString &table, qint64 rowId, const QString &summary) const
{
    storage::AuditEntry e;
    e.user = m_db.currentUser().isEmpty() ? QStringLiteral("desk") : m_db.currentUser();
    e.action = action;
    e.table = table;
    e.rowId = rowId;
    e.summary = summary;
    return storage::writeAudit(m_db.connection(), e);
}

Result<std::vector<SessionSummary>> MonevRepository::sessions() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT ") + QLatin1String(kSessionColumns) + QLatin1String(kSessionJoins)
                                   + QStringLiteral(" ORDER BY s.held_on DESC, s.id DESC"));
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<SessionSummary> out;
    while (q.next())
        out.push_back({readSession(q)});
    return out;
}

Result<Session> MonevRepository::session(qint64 id) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT ") + QLatin1String(kSessionColumns) + QLatin1String(kSessionJoins)
                                   + QStringLiteral(" WHERE s.id = ?"));
    q.bind(id);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return makeError(QCoreApplication::translate("monev", "Monev session %1 does not exist").arg(id));
    return readSession(q);
}

Result<qint64> MonevRepository::insertSession(const Session &s)
{
    Query q(m_db.connection(), QStringLiteral(
        "INSERT INTO monev_sessions (title, held_on, starts_at, place, scope_level, office_id, wadah_id, facilitator,"
        " agenda, review_from, review_to, status, summary, version, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"));
    const QString now = storage::nowIso();
    q.bind({s.title, storage::dateOrNull(s.heldOn), storage::nullIfEmpty(s.startsAt), storage::nullIfEmpty(s.place), s.scopeLevel,
            idOrNull(s.officeId), idOrNull(s.wadahId), storage::nullIfEmpty(s.facilitator), storage::nullIfEmpty(s.agenda),
            s.reviewFrom ? QVariant(s.reviewFrom) : QVariant(QMetaType::fromType<int>()),
            s.reviewTo ? QVariant(s.reviewTo) : QVariant(QMetaType::fromType<int>()), s.status,
            storage::nullIfEmpty(s.summary), now, now});
    auto id = q.scalar();
    if (!id)
        return id.error();
    const qint64 newId = id->toLongLong();
    if (auto st = audit(QStringLiteral("insert"), QStringLiteral("monev_sessions"), newId,
                        QStringLiteral("Monev %1 (%2)").arg(s.title, s.heldOn.toString(Qt::ISODate)));
        !st)
        return st.error();
    return newId;
}

// `what` lost a race with another desk: says so, and who changed the row last and when.
static Error conflict(const storage::Database &db, const char *table, qint64 rowId, const QString &what)
{
    return roster::conflictNamed(db, QLatin1String(table), rowId,
                                 QCoreApplication::translate("monev", "%1 was changed elsewhere in the meantime; reload and try again").arg(what));
}

Status MonevRepository::updateSession(const Session &s)
{
    Query q(m_db.connection(), QStringLiteral(
        "UPDATE monev_sessions SET title = ?, held_on = ?, starts_at = ?, place = ?, scope_level = ?, office_id = ?,"
        " wadah_id = ?, facilitator = ?, agenda = ?, review_from = ?, review_to = ?, summary = ?, version = version + 1,"
        " updated_at = ? WHERE id = ? AND version = ?"));
    q.bind({s.title, storage::dateOrNull(s.heldOn), storage::nullIfEmpty(s.startsAt), storage::nullIfEmpty(s.place), s.scopeLevel,
            idOrNull(s.officeId), idOrNull(s.wadahId), storage::nullIfEmpty(s.facilitator), storage::nullIfEmpty(s.agenda),
            s.reviewFrom ? QVariant(s.reviewFrom) : QVariant(QMetaType::fromType<int>()),
            s.reviewTo ? QVariant(s.reviewTo) : QVariant(QMetaType::fromType<int>()), storage::nullIfEmpty(s.summary),
            storage::nowIso(), s.id, s.version});
    if (auto st = q.exec(); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return conflict(m_db, "monev_sessions", s.id, QCoreApplication::translate("monev", "The session \"%1\"").arg(s.title));
    return audit(QStringLiteral("update"), QStringLiteral("monev_sessions"), s.id, QStringLiteral("Monev %1").arg(s.title));
}

Status MonevRepository::setSessionStatus(const Session &s, const QString &status, const QString &snapshotTakenAt)
{
    Query q(m_db.connection(), QStringLiteral(
        "UPDATE monev_sessions SET status = ?, snapshot_taken_at = COALESCE(snapshot_taken_at, ?), version = version + 1,"
        " updated_at = ? WHERE id = ? AND version = ?"));
    q.bind({status, storage::nullIfEmpty(snapshotTakenAt), storage::nowIso(), s.id, s.version});
    if (auto st = q.exec(); !st)
        return st;
    if (q.numRowsAffected() != 1)
        return conflict(m_db, "monev_sessions", s.id, QCoreApplication::translate("monev", "The session \"%1\"").arg(s.title));
    return audit(QStringLiteral("status"), QStringLiteral("monev_sessions"), s.id,
                 QStringLiteral("Monev %1: %2 -> %3").arg(s.title, s.status, status));
}

Result<Coverage> MonevRepository::coverage(const QString &scopeLevel, qint64 officeId, qint64 wadahId) const
{
    Coverage c;
    if (scopeLevel == scope::wadah) {
        if (wadahId > 0)
            c.wadahIds << wadahId;
        return c;
    }
    if (officeId <= 0)
        return c;
    c.officeIds << officeId;
    if (scopeLevel == scope::branch) {
        Query kids(m_db.connection(), QStringLiteral("SELECT id FROM offices WHERE parent_id = ? ORDER BY id"));
        kids.bind(officeId);
        if (auto st = kids.exec(); !st)
            return st.error();
        while (kids.next())
            c.officeIds << kids.intValue(0);
    }
    Query w(m_db.connection(), QStringLiteral("SELECT id FROM wadah WHERE office_id IN (") + placeholders(c.officeIds.size())
                                   + QStringLiteral(") ORDER BY id"));
    for (qint64 id : c.officeIds)
        w.bind(id);
    if (auto st = w.exec(); !st)
        return st.error();
    while (w.next())
        c.wadahIds << w.intValue(0);
    return c;
}

Result<QList<qint64>> MonevRepository::activeAgentsOf(const Coverage &c) const
{
    if (c.isEmpty())
        return QList<qint64>{};
    QString where;
    if (!c.officeIds.isEmpty())
        where = QStringLiteral("office_id IN (") + placeholders(c.officeIds.size()) + QLatin1Char(')');
    if (!c.wadahIds.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(" OR ")) + QStringLiteral("wadah_id IN (")
                 + placeholders(c.wadahIds.size()) + QLatin1Char(')');
    Query q(m_db.connection(), QStringLiteral("SELECT id FROM agents WHERE status = 'active' AND (") + where
                                   + QStringLiteral(") ORDER BY code"));
    for (qint64 id : c.officeIds)
        q.bind(id);
    for (qint64 id : c.wadahIds)
        q.bind(id);
    if (auto st = q.exec(); !st)
        return st.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.intValue(0);
    return ids;
}

Result<std::vector<ScopeChoice>> MonevRepository::offices() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id, name, kind, COALESCE(parent_id, 0) FROM offices WHERE kind IN ('kc', 'kcp')"
                                              " ORDER BY CASE kind WHEN 'kc' THEN 0 ELSE 1 END, name"));
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<ScopeChoice> out;
    while (q.next())
        out.push_back({q.intValue(0), q.text(1), q.text(2), q.intValue(3)});
    return out;
}

Result<std::vector<ScopeChoice>> MonevRepository::wadahList() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id, name, kind, office_id FROM wadah WHERE status = 'active' ORDER BY name"));
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<ScopeChoice> out;
    while (q.next())
        out.push_back({q.intValue(0), q.text(1), q.text(2), q.intValue(3)});
    return out;
}

Result<std::vector<Attendee>> MonevRepository::attendees(qint64 sessionId) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT a.id, a.code, a.name, a.phone, w.name, m.attendance, m.note FROM monev_attendance m"
        " JOIN agents a ON a.id = m.agent_id LEFT JOIN wadah w ON w.id = a.wadah_id"
        " WHERE m.session_id = ? ORDER BY a.name, a.code"));
    q.bind(sessionId);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<Attendee> out;
    while (q.next())
        out.push_back({q.intValue(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6)});
    return out;
}

Status MonevRepository::setInvitations(qint64 sessionId, const QList<qint64> &agentIds)
{
    QSet<qint64> wanted(agentIds.begin(), agentIds.end());
    QSet<qint64> existing;
    QSet<qint64> untouched;
    Query cur(m_db.connection(), QStringLiteral("SELECT agent_id, attendance FROM monev_attendance WHERE session_id = ?"));
    cur.bind(sessionId);
    if (auto st = cur.exec(); !st)
        return st;
    while (cur.next()) {
        existing.insert(cur.intValue(0));
        if (cur.text(1) == attendance::invited)
            untouched.insert(cur.intValue(0));
    }
    int added = 0, removed = 0;
    for (qint64 id : agentIds) {
        if (existing.contains(id))
            continue;
        Query ins(m_db.connection(), QStringLiteral("INSERT INTO monev_attendance (session_id, agent_id, attendance) VALUES (?, ?, 'invited')"));
        if (auto st = ins.bind({sessionId, id}).exec(); !st)
            return st;
        existing.insert(id);
        ++added;
    }
    for (qint64 id : untouched) {
        if (wanted.contains(id))
            continue;
        Query del(m_db.connection(), QStringLiteral("DELETE FROM monev_attendance WHERE session_id = ? AND agent_id = ?"));
        if (auto st = del.bind({sessionId, id}).exec(); !st)
            return st;
        ++removed;
    }
    if (added == 0 && removed == 0)
        return {};
    return audit(QStringLiteral("update"), QStringLiteral("monev_attendance"), sessionId,
                 QStringLiteral("invitations: %1 added, %2 removed").arg(added).arg(removed));
}

Status MonevRepository::setAttendance(qint64 sessionId, qint64 agentId, const QString &value, const QString &note, const QString &seen)
{
    // The mark is compared in the UPDATE itself, so that a save between reading and writing is caught too.
    Query q(m_db.connection(), QStringLiteral("UPDATE monev_attendance SET attendance = ?, note = ? WHERE session_id = ? AND agent_id = ?")
                                   + (seen.isEmpty() ? QString() : QStringLiteral(" AND attendance = ?")));
    q.bind({value, storage::nullIfEmpty(note), sessionId, agentId});
    if (!seen.isEmpty())
        q.bind(seen);
    if (auto st = q.exec(); !st)
        return st;
    if (q.numRowsAffected() != 1) {
        Query who(m_db.connection(), QStringLiteral("SELECT a.name FROM monev_attendance m JOIN agents a ON a.id = m.agent_id "
                                                    "WHERE m.session_id = ? AND m.agent_id = ?"));
        auto name = who.bind({sessionId, agentId}).scalar();
        if (!name)
            return name.error();
        if (name->isNull())
            return makeError(QCoreApplication::translate("monev", "The agent is not on this session's invitation list"));
        return conflict(m_db, "monev_attendance", sessionId,
                        QCoreApplication::translate("monev", "The attendance of %1").arg(name->toString()));
    }
    return audit(QStringLiteral("update"), QStringLiteral("monev_attendance"), sessionId,
                 QStringLiteral("agent %1: %2").arg(agentId).arg(value));
}

} // namespace perisai::monev
