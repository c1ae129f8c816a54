#include "agentrepository.h"

#include "storage/values.h"
#include "roster/statusrules.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>

namespace perisai::roster {
using storage::Query;

namespace {

const char *const kAgentColumns =
    "id, version, code, nik, name, sex, birth_date, phone, address, wadah_id, office_id, joined_on, bank, account_no, "
    "kpj, is_bpu_participant, has_account, has_device, is_agency_employee, briefed_on, status, status_since, notes";

Agent readAgent(const Query &q)
{
    Agent a;
    a.id = q.value(0).toLongLong();
    a.version = q.value(1).toInt();
    a.code = q.text(2);
    a.nik = q.text(3);
    a.name = q.text(4);
    a.sex = q.text(5);
    a.birthDate = storage::readDate(q.value(6));
    a.phone = q.text(7);
    a.address = q.text(8);
    a.wadahId = q.value(9).toLongLong();
    a.officeId = q.value(10).toLongLong();
    a.joinedOn = storage::readDate(q.value(11));
    a.bank = q.text(12);
    a.accountNo = q.text(13);
    a.kpj = q.text(14);
    a.isBpuParticipant = q.value(15).toInt() != 0;
    a.hasAccount = q.value(16).toInt() != 0;
    a.hasDevice = q.value(17).toInt() != 0;
    a.isAgencyEmployee = q.value(18).toInt() != 0;
    a.briefedOn = storage::readDate(q.value(19));
    a.status = statusFromKey(q.text(20)).value_or(AgentStatus::Candidate);
    a.statusSince = storage::readDate(q.value(21));
    a.notes = q.text(22);
    return a;
}

// The editable columns in the order both INSERT and UPDATE bind them.
void bindEditable(Query &q, const Agent &a)
{
    q.bind({a.code, a.nik, a.name, storage::nullIfEmpty(a.sex), storage::dateOrNull(a.birthDate), storage::nullIfEmpty(a.phone), storage::nullIfEmpty(a.address),
            storage::idOrNull(a.wadahId), a.officeId, storage::dateOrNull(a.joinedOn), storage::nullIfEmpty(a.bank), storage::nullIfEmpty(a.accountNo),
            storage::nullIfEmpty(a.kpj), int(a.isBpuParticipant), int(a.hasAccount), int(a.hasDevice), int(a.isAgencyEmployee),
            storage::dateOrNull(a.briefedOn), storage::nullIfEmpty(a.notes)});
}

QString label(const Agent &a)
{
    return a.code + QLatin1Char(' ') + a.name;
}

} // namespace

Result<Agent> AgentRepository::load(qint64 id) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM agents WHERE id = ?").arg(QLatin1String(kAgentColumns)));
    if (auto st = q.bind(id).exec(); !st)
        return st.error();
    if (!q.next())
        return makeError(QCoreApplication::translate("roster", "The agent no longer exists (it was removed on another desk)."));
    return readAgent(q);
}

Result<qint64> AgentRepository::idByCode(const QString &code) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id FROM agents WHERE code = ?"));
    auto v = q.bind(code.trimmed()).scalar();
    if (!v)
        return v.error();
    return v->isNull() ? 0 : v->toLongLong();
}

Result<QString> AgentRepository::nikOwner(const QString &nik, qint64 exceptId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT code, name FROM agents WHERE nik = ? AND id <> ?"));
    if (auto st = q.bind({nik.trimmed(), exceptId}).exec(); !st)
        return st.error();
    return q.next() ? q.text(0) + QLatin1Char(' ') + q.text(1) : QString();
}

Result<QString> AgentRepository::codeOwner(const QString &code, qint64 exceptId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT code, name FROM agents WHERE code = ? AND id <> ?"));
    if (auto st = q.bind({code.trimmed(), exceptId}).exec(); !st)
        return st.error();
    return q.next() ? q.text(1) : QString();
}

Result<std::vector<AgentRow>> AgentRepository::list(qint64 wadahId) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT a.id, a.version, a.code, a.name, a.nik, a.phone, a.status, a.status_since, a.joined_on,"
        "       a.wadah_id, w.code, w.name, a.office_id, o.code, o.name "
        "FROM agents a "
        "JOIN offices o ON o.id = a.office_id "
        "LEFT JOIN wadah w ON w.id = a.wadah_id ")
        + (wadahId ? QStringLiteral("WHERE a.wadah_id = ? ") : QString()) + QStringLiteral("ORDER BY a.code"));
    if (wadahId)
        q.bind(wadahId);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<AgentRow> rows;
    while (q.next()) {
        AgentRow r;
        r.id = q.value(0).toLongLong();
        r.version = q.value(1).toInt();
        r.code = q.text(2);
        r.name = q.text(3);
        r.nik = q.text(4);
        r.phone = q.text(5);
        r.status = statusFromKey(q.text(6)).value_or(AgentStatus::Candidate);
        r.statusSince = storage::readDate(q.value(7));
        r.joinedOn = storage::readDate(q.value(8));
        r.wadahId = q.value(9).toLongLong();
        r.wadahCode = q.text(10);
        r.wadahName = q.text(11);
        r.officeId = q.value(12).toLongLong();
        r.officeCode = q.text(13);
        r.officeName = q.text(14);
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<qint64> AgentRepository::insert(const Agent &a, const QString &user)
{
    // An id is given when an undone addition is redone: the agent comes back as it was.
    const bool keepId = a.id > 0;
    Query q(m_db.connection(), QStringLiteral(
        "INSERT INTO agents (code, nik, name, sex, birth_date, phone, address, wadah_id, office_id, joined_on, bank,"
        " account_no, kpj, is_bpu_participant, has_account, has_device, is_agency_employee, briefed_on, notes,"
        " status, status_since, version, created_at, updated_at%1) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?%2) RETURNING id")
                   .arg(keepId ? QStringLiteral(", id") : QString(), keepId ? QStringLiteral(", ?") : QString()));
    bindEditable(q, a);
    const QString now = storage::nowIso();
    q.bind({statusKey(a.status), storage::dateOrNull(a.statusSince), now, now});
    if (keepId)
        q.bind(a.id);
    auto id = q.scalar();
    if (!id)
        return id.error();
    QJsonObject after = a.toJson();
    after.insert(QStringLiteral("status"), statusKey(a.status));
    const qint64 newId = id->toLongLong();
    if (auto st = storage::writeAudit(m_db.connection(), {user, QStringLiteral("insert"), QStringLiteral("agents"), newId,
                                                          QCoreApplication::translate("roster", "Agent %1 added").arg(label(a)), {}, after});
        !st)
        return st.error();
    return newId;
}

Result<int> AgentRepository::update(const Agent &a, int expectedVersion, const QString &user, const QString &action)
{
    auto before = load(a.id);
    if (!before)
        return conflictFor(m_db, QStringLiteral("agents"), a.id).error();
    if (before->version != expectedVersion)
        return conflictFor(m_db, QStringLiteral("agents"), a.id).error();
    Query q(m_db.connection(), QStringLiteral(
        "UPDATE agents SET code = ?, nik = ?, name = ?, sex = ?, birth_date = ?, phone = ?, address = ?, wadah_id = ?,"
        " office_id = ?, joined_on = ?, bank = ?, account_no = ?, kpj = ?, is_bpu_participant = ?, has_account = ?,"
        " has_device = ?, is_agency_employee = ?, briefed_on = ?, notes = ?, version = version + 1, updated_at = ? "
        "WHERE id = ? AND version = ?"));
    bindEditable(q, a);
    q.bind({storage::nowIso(), a.id, expectedVersion});
    if (auto st = q.exec(); !st)
        return st.error();
    if (q.numRowsAffected() != 1)
        return conflictFor(m_db, QStringLiteral("agents"), a.id).error();
    const QJsonObject beforeJson = before->toJson();
    const QJsonObject afterJson = a.toJson();
    const QString summary = QCoreApplication::translate("roster", "Agent %1 changed: %2")
                                .arg(label(a), fieldLabels(changedFields(beforeJson, afterJson)).join(QStringLiteral(", ")));
    if (auto st = storage::writeAudit(m_db.connection(), {user, action, QStringLiteral("agents"), a.id, summary, beforeJson, afterJson}); !st)
        return st.error();
    return expectedVersion + 1;
}

Status AgentRepository::remove(qint64 id, int expectedVersion, const QString &user)
{
    auto before = load(id);
    if (!before || before->version != expectedVersion)
        return conflictFor(m_db, QStringLiteral("agents"), id);
    Query refs(m_db.connection(), QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM participants WHERE agent_id = ?) + (SELECT COUNT(*) FROM monev_attendance WHERE agent_id = ?)"));
    auto n = refs.bind({id, id}).scalar();
    if (!n)
        return n.error();
    if (n->toLongLong() > 0)
        return makeError(QCoreApplication::translate("roster", "Agent %1 already has participants or Monev records; the addition can no longer be undone.")
                             .arg(label(*before)));
    for (const char *sql : {"DELETE FROM agent_status_history WHERE agent_id = ?", "DELETE FROM agent_notes WHERE agent_id = ?",
                            "DELETE FROM agents WHERE id = ?"}) {
        Query q(m_db.connection(), QString::fromLatin1(sql));
        if (auto st = q.bind(id).exec(); !st)
            return st;
    }
    QJsonObject beforeJson = before->toJson();
    beforeJson.insert(QStringLiteral("status"), statusKey(before->status));
    return storage::writeAudit(m_db.connection(), {user, QStringLiteral("undo"), QStringLiteral("agents"), id,
                                                   QCoreApplication::translate("roster", "Addition of agent %1 undone").arg(label(*before)),
                                                   beforeJson, {}});
}

Result<int> AgentRepository::setStatus(qint64 id, int expectedVersion, AgentStatus status, const QDate &since,
                                       const QString &user, const QString &summary, const QString &action)
{
    auto before = load(id);
    if (!before || before->version != expectedVersion)
        return conflictFor(m_db, QStringLiteral("agents"), id).error();
    Query q(m_db.connection(), QStringLiteral(
        "UPDATE agents SET status = ?, status_since = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
    q.bind({statusKey(status), storage::dateOrNull(since), storage::nowIso(), id, expectedVersion});
    if (auto st = q.exec(); !st)
        return st.error();
    if (q.numRowsAffected() != 1)
        return conflictFor(m_db, QStringLiteral("agents"), id).error();
    const QJsonObject beforeJson{{QStringLiteral("status"), statusKey(before->status)},
                                 {QStringLiteral("status_since"), storage::dateOrNull(before->statusSince).toString()}};
    const QJsonObject afterJson{{QStringLiteral("status"), statusKey(status)},
                                {QStringLiteral("status_since"), storage::dateOrNull(since).toString()}};
    if (auto st = storage::writeAudit(m_db.connection(), {user, action, QStringLiteral("agents"), id, summary, beforeJson, afterJson}); !st)
        return st.error();
    return expectedVersion + 1;
}

Result<QList<Agent>> AgentRepository::activeAgents() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM agents WHERE status = 'active' ORDER BY id").arg(QLatin1String(kAgentColumns)));
    if (auto st = q.exec(); !st)
        return st.error();
    QList<Agent> list;
    while (q.next())
        list.append(readAgent(q));
    return list;
}

} // namespace perisai::roster
