#include "officerepository.h"

#include "roster/conflict.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/values.h"

#include "tr.h"

namespace perisai::offices {
using storage::Query;
using storage::dateOrNull;
using storage::idOrNull;
using storage::nullIfEmpty;
using storage::readDate;

namespace {

const QString kTable = QStringLiteral("offices");
const char *const kColumns = "o.id, o.version, o.code, o.name, o.kind, o.parent_id, o.region, o.address, o.head_name, o.closed_on";

Office readOffice(const Query &q)
{
    Office o;
    o.id = q.intValue(0);
    o.version = q.value(1).toInt();
    o.code = q.text(2);
    o.name = q.text(3);
    o.kind = q.text(4);
    o.parentId = q.intValue(5);
    o.region = q.text(6);
    o.address = q.text(7);
    o.headName = q.text(8);
    o.closedOn = readDate(q.value(9));
    return o;
}

// The first column of every row.
Result<QStringList> texts(const storage::Database &db, const QString &sql)
{
    Query q(db.connection(), sql);
    if (auto st = q.exec(); !st)
        return st.error();
    QStringList list;
    while (q.next())
        list << q.text(0);
    return list;
}

void bindEditable(Query &q, const Office &o)
{
    q.bind({o.code, o.name, o.kind, idOrNull(o.parentId), nullIfEmpty(o.region), nullIfEmpty(o.address), nullIfEmpty(o.headName),
            dateOrNull(o.closedOn)});
}

} // namespace

Result<QList<OfficeRow>> OfficeRepository::list() const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT %1, p.code, COALESCE(w.n, 0), COALESCE(c.n, 0) "
        "FROM offices o LEFT JOIN offices p ON p.id = o.parent_id "
        "LEFT JOIN (SELECT office_id, COUNT(*) AS n FROM wadah WHERE status = 'active' GROUP BY office_id) w ON w.office_id = o.id "
        "LEFT JOIN (SELECT parent_id, COUNT(*) AS n FROM offices WHERE closed_on IS NULL GROUP BY parent_id) c ON c.parent_id = o.id "
        "ORDER BY o.code").arg(QLatin1String(kColumns)));
    if (auto st = q.exec(); !st)
        return st.error();
    QList<OfficeRow> rows;
    while (q.next()) {
        OfficeRow r;
        r.office = readOffice(q);
        r.parentCode = q.text(10);
        r.wadah = q.value(11).toInt();
        r.openChildren = q.value(12).toInt();
        rows.append(r);
    }
    return rows;
}

Result<Office> OfficeRepository::load(qint64 id) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM offices o WHERE o.id = ?").arg(QLatin1String(kColumns)));
    if (auto st = q.bind(id).exec(); !st)
        return st.error();
    if (!q.next())
        return makeError(Tr::tr("The office no longer exists (it was removed on another desk)."));
    return readOffice(q);
}

Result<qint64> OfficeRepository::idByCode(const QString &code) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id FROM offices WHERE code = ?"));
    auto v = q.bind(code.trimmed()).scalar();
    if (!v)
        return v.error();
    return v->isNull() ? 0 : v->toLongLong();
}

Result<QString> OfficeRepository::codeOwner(const QString &code, qint64 exceptId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT name FROM offices WHERE code = ? AND id <> ?"));
    if (auto st = q.bind({code.trimmed(), exceptId}).exec(); !st)
        return st.error();
    return q.next() ? q.text(0) : QString();
}

Result<OfficeReferences> OfficeRepository::references(qint64 id, const QString &code) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM wadah WHERE office_id = ?),"
        " (SELECT COUNT(*) FROM wadah WHERE office_id = ? AND status = 'active'),"
        " (SELECT COUNT(*) FROM agents WHERE office_id = ?),"
        " (SELECT COUNT(*) FROM agents WHERE office_id = ? AND status <> 'dismissed'),"
        " (SELECT COUNT(*) FROM participants WHERE office_id = ?),"
        " (SELECT COUNT(*) FROM offices WHERE parent_id = ?),"
        " (SELECT COUNT(*) FROM offices WHERE parent_id = ? AND closed_on IS NULL),"
        " (SELECT COUNT(*) FROM monev_sessions WHERE office_id = ?),"
        " (SELECT COUNT(*) FROM targets WHERE level IN ('cabang', 'kcp') AND code = ?)"));
    q.bind({id, id, id, id, id, id, id, id, code});
    if (auto st = q.exec(); !st)
        return st.error();
    OfficeReferences r;
    if (q.next()) {
        r.wadah = q.intValue(0);
        r.activeWadah = q.intValue(1);
        r.agents = q.intValue(2);
        r.workingAgents = q.intValue(3);
        r.participants = q.intValue(4);
        r.children = q.intValue(5);
        r.openChildren = q.intValue(6);
        r.sessions = q.intValue(7);
        r.targets = q.intValue(8);
    }
    return r;
}

Result<int> OfficeRepository::count() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM offices"));
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QStringList> OfficeRepository::regions() const
{
    auto found = texts(m_db, QStringLiteral(
        "SELECT region FROM workforce UNION SELECT region FROM offices WHERE region IS NOT NULL AND region <> ''"));
    if (!found)
        return found.error();
    QStringList list = *found;
    list.removeDuplicates();
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return list;
}

Result<QStringList> OfficeRepository::workforceRegions() const
{
    return texts(m_db, QStringLiteral("SELECT DISTINCT region FROM workforce"));
}

Result<qint64> OfficeRepository::insert(const Office &o, const QString &user)
{
    const bool keepId = o.id > 0; // redoing an undone addition
    Query q(m_db.connection(), QStringLiteral(
        "INSERT INTO offices (code, name, kind, parent_id, region, address, head_name, closed_on, version, created_at, updated_at%1) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?%2) RETURNING id")
                   .arg(keepId ? QStringLiteral(", id") : QString(), keepId ? QStringLiteral(", ?") : QString()));
    bindEditable(q, o);
    const QString now = storage::nowIso();
    q.bind({now, now});
    if (keepId)
        q.bind(o.id);
    auto id = q.scalar();
    if (!id)
        return id.error();
    const qint64 newId = id->toLongLong();
    if (auto st = storage::writeAudit(m_db.connection(), {user, QStringLiteral("insert"), kTable, newId,
                                                          Tr::tr("Office %1 %2 added").arg(o.code, o.name),
                                                          {}, o.toJson()});
        !st)
        return st.error();
    return newId;
}

Result<int> OfficeRepository::update(const Office &o, int expectedVersion, const QString &user, const QString &action)
{
    auto before = load(o.id);
    if (!before || before->version != expectedVersion)
        return roster::conflictFor(m_db, kTable, o.id).error();
    Query q(m_db.connection(), QStringLiteral(
        "UPDATE offices SET code = ?, name = ?, kind = ?, parent_id = ?, region = ?, address = ?, head_name = ?, closed_on = ?,"
        " version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
    bindEditable(q, o);
    q.bind({storage::nowIso(), o.id, expectedVersion});
    if (auto st = q.exec(); !st)
        return st.error();
    if (q.numRowsAffected() != 1)
        return roster::conflictFor(m_db, kTable, o.id).error();
    const QJsonObject b = before->toJson();
    const QJsonObject a = o.toJson();
    QString summary;
    if (before->isOpen() && !o.isOpen())
        summary = Tr::tr("Office %1 closed").arg(o.code);
    else if (!before->isOpen() && o.isOpen())
        summary = Tr::tr("Office %1 reopened").arg(o.code);
    else
        summary = Tr::tr("Office %1 changed: %2")
                      .arg(o.code, roster::fieldLabels(roster::changedFields(b, a)).join(QStringLiteral(", ")));
    if (auto st = storage::writeAudit(m_db.connection(), {user, action, kTable, o.id, summary, b, a}); !st)
        return st.error();
    return expectedVersion + 1;
}

Status OfficeRepository::remove(qint64 id, int expectedVersion, const QString &user)
{
    auto before = load(id);
    if (!before || before->version != expectedVersion)
        return roster::conflictFor(m_db, kTable, id);
    auto refs = references(id, before->code);
    if (!refs)
        return refs.error();
    if (refs->total() > 0)
        return makeError(Tr::tr("Office %1 already has wadah, agents, participants or offices below it; "
                                                                "the addition can no longer be undone. Close the office instead.")
                             .arg(before->code));
    Query q(m_db.connection(), QStringLiteral("DELETE FROM offices WHERE id = ?"));
    if (auto st = q.bind(id).exec(); !st)
        return st;
    return storage::writeAudit(m_db.connection(), {user, QStringLiteral("undo"), kTable, id,
                                                   Tr::tr("Addition of office %1 undone").arg(before->code),
                                                   before->toJson(), {}});
}

} // namespace perisai::offices
