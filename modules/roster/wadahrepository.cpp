#include "wadahrepository.h"

#include "figures/agreementfigures.h"
#include "roster/conflict.h"
#include "storage/values.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <QHash>

namespace perisai::roster {
using storage::Query;

namespace {

const char *const kColumns =
    "id, version, code, name, kind, address, village, office_id, supervisor, leader_name, phone, partner_bank, "
    "legal_status, status, notes";

Wadah readWadah(const Query &q)
{
    Wadah w;
    w.id = q.value(0).toLongLong();
    w.version = q.value(1).toInt();
    w.code = q.text(2);
    w.name = q.text(3);
    w.kind = q.text(4);
    w.address = q.text(5);
    w.village = q.text(6);
    w.officeId = q.value(7).toLongLong();
    w.supervisor = q.text(8);
    w.leaderName = q.text(9);
    w.phone = q.text(10);
    w.partnerBank = q.text(11);
    w.legalStatus = q.text(12);
    w.active = q.text(13) != QLatin1String("inactive");
    w.notes = q.text(14);
    return w;
}

void bindEditable(Query &q, const Wadah &w)
{
    q.bind({w.code, w.name, w.kind, storage::nullIfEmpty(w.address), storage::nullIfEmpty(w.village), w.officeId, storage::nullIfEmpty(w.supervisor),
            storage::nullIfEmpty(w.leaderName), storage::nullIfEmpty(w.phone), storage::nullIfEmpty(w.partnerBank), storage::nullIfEmpty(w.legalStatus),
            w.active ? QStringLiteral("active") : QStringLiteral("inactive"), storage::nullIfEmpty(w.notes)});
}

} // namespace

Result<Wadah> WadahRepository::load(qint64 id) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM wadah WHERE id = ?").arg(QLatin1String(kColumns)));
    if (auto st = q.bind(id).exec(); !st)
        return st.error();
    if (!q.next())
        return makeError(QCoreApplication::translate("roster", "The wadah no longer exists (it was removed on another desk)."));
    return readWadah(q);
}

Result<qint64> WadahRepository::idByCode(const QString &code) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id FROM wadah WHERE code = ?"));
    auto v = q.bind(code.trimmed()).scalar();
    if (!v)
        return v.error();
    return v->isNull() ? 0 : v->toLongLong();
}

Result<QString> WadahRepository::codeOwner(const QString &code, qint64 exceptId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT name FROM wadah WHERE code = ? AND id <> ?"));
    if (auto st = q.bind({code.trimmed(), exceptId}).exec(); !st)
        return st.error();
    return q.next() ? q.text(0) : QString();
}

Result<std::vector<WadahRow>> WadahRepository::list(const QDate &today) const
{
    auto pks = figures::agreementsByWadah(m_db, today);
    if (!pks)
        return pks.error();
    Query q(m_db.connection(), QStringLiteral(
        "SELECT w.id, w.version, w.code, w.name, w.kind, w.office_id, o.code, o.name, w.supervisor, w.partner_bank, w.status "
        "FROM wadah w JOIN offices o ON o.id = w.office_id ORDER BY w.code"));
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<WadahRow> rows;
    while (q.next()) {
        WadahRow r;
        r.id = q.value(0).toLongLong();
        r.version = q.value(1).toInt();
        r.code = q.text(2);
        r.name = q.text(3);
        r.kind = q.text(4);
        r.officeId = q.value(5).toLongLong();
        r.officeCode = q.text(6);
        r.officeName = q.text(7);
        r.supervisor = q.text(8);
        r.partnerBank = q.text(9);
        r.active = q.text(10) != QLatin1String("inactive");
        if (auto p = pks->find(r.code); p != pks->end()) {
            r.pks = p->second.state;
            r.pksEndsOn = p->second.endsOn;
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<qint64> WadahRepository::insert(const Wadah &w, const QString &user)
{
    const bool keepId = w.id > 0; // redoing an undone addition
    Query q(m_db.connection(), QStringLiteral(
        "INSERT INTO wadah (code, name, kind, address, village, office_id, supervisor, leader_name, phone, partner_bank,"
        " legal_status, status, notes, version, created_at, updated_at%1) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?%2) RETURNING id")
                   .arg(keepId ? QStringLiteral(", id") : QString(), keepId ? QStringLiteral(", ?") : QString()));
    bindEditable(q, w);
    const QString now = storage::nowIso();
    q.bind({now, now});
    if (keepId)
        q.bind(w.id);
    auto id = q.scalar();
    if (!id)
        return id.error();
    const qint64 newId = id->toLongLong();
    if (auto st = storage::writeAudit(m_db.connection(), {user, QStringLiteral("insert"), QStringLiteral("wadah"), newId,
                                                          QCoreApplication::translate("roster", "Wadah %1 %2 added").arg(w.code, w.name),
                                                          {}, w.toJson()});
        !st)
        return st.error();
    return newId;
}

Result<int> WadahRepository::update(const Wadah &w, int expectedVersion, const QString &user, const QString &action)
{
    auto before = load(w.id);
    if (!before || before->version != expectedVersion)
        return conflictFor(m_db, QStringLiteral("wadah"), w.id).error();
    Query q(m_db.connection(), QStringLiteral(
        "UPDATE wadah SET code = ?, name = ?, kind = ?, address = ?, village = ?, office_id = ?, supervisor = ?,"
        " leader_name = ?, phone = ?, partner_bank = ?, legal_status = ?, status = ?, notes = ?, version = version + 1,"
        " updated_at = ? WHERE id = ? AND version = ?"));
    bindEditable(q, w);
    q.bind({storage::nowIso(), w.id, expectedVersion});
    if (auto st = q.exec(); !st)
        return st.error();
    if (q.numRowsAffected() != 1)
        return conflictFor(m_db, QStringLiteral("wadah"), w.id).error();
    const QJsonObject b = before->toJson();
    const QJsonObject a = w.toJson();
    const QString summary = QCoreApplication::translate("roster", "Wadah %1 changed: %2")
                                .arg(w.code, fieldLabels(changedFields(b, a)).join(QStringLiteral(", ")));
    if (auto st = storage::writeAudit(m_db.connection(), {user, action, QStringLiteral("wadah"), w.id, summary, b, a}); !st)
        return st.error();
    return expectedVersion + 1;
}

Status WadahRepository::remove(qint64 id, int expectedVersion, const QString &user)
{
    auto before = load(id);
    if (!before || before->version != expectedVersion)
        return conflictFor(m_db, QStringLiteral("wadah"), id);
    Query refs(m_db.connection(), QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM agents WHERE wadah_id = ?) + (SELECT COUNT(*) FROM agreements WHERE wadah_id = ?)"
        " + (SELECT COUNT(*) FROM monev_sessions WHERE wadah_id = ?)"));
    auto n = refs.bind({id, id, id}).scalar();
    if (!n)
        return n.error();
    if (n->toLongLong() > 0)
        return makeError(QCoreApplication::translate("roster", "Wadah %1 already has agents or agreements; the addition can no longer be undone.")
                             .arg(before->code));
    Query q(m_db.connection(), QStringLiteral("DELETE FROM wadah WHERE id = ?"));
    if (auto st = q.bind(id).exec(); !st)
        return st;
    return storage::writeAudit(m_db.connection(), {user, QStringLiteral("undo"), QStringLiteral("wadah"), id,
                                                   QCoreApplication::translate("roster", "Addition of wadah %1 undone").arg(before->code),
                                                   before->toJson(), {}});
}

} // namespace perisai::roster
