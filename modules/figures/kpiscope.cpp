#include "kpiscope.h"

#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace perisai::figures {
namespace {

using storage::idValues;
using storage::placeholders;
using storage::Query;

struct Kpi {
    Q_DECLARE_TR_FUNCTIONS(Kpi)
};

} // namespace

Result<QList<OfficeNode>> loadOffices(const storage::Database &db)
{
    Query q(db.connection(), QStringLiteral("SELECT id, COALESCE(parent_id, 0), code, name, kind, COALESCE(region, '') "
                                            "FROM offices ORDER BY id"));
    if (auto st = q.exec(); !st)
        return st.error();
    QList<OfficeNode> offices;
    while (q.next())
        offices.append({q.intValue(0), q.intValue(1), q.text(2), q.text(3), q.text(4), q.text(5)});
    return offices;
}

Result<QString> officeName(const storage::Database &db, qint64 officeId)
{
    Query q(db.connection(), QStringLiteral("SELECT name FROM offices WHERE id = ?"));
    if (auto st = q.bind(officeId).exec(); !st)
        return st.error();
    return q.next() ? q.text(0) : QString();
}

QString defaultOfficeCode(const storage::Database &db, const QList<OfficeNode> &offices)
{
    // On a server a login sees only its own offices: the database's default office counts when it is one of
    // them, and otherwise the login's top office (one whose parent it does not see) is the default.
    QSet<qint64> seen;
    for (const auto &o : offices)
        seen.insert(o.id);
    Query q(db.connection(), QStringLiteral("SELECT value FROM app_meta WHERE key = 'demo_office'"));
    if (auto v = q.scalar(); v && !v->toString().isEmpty()) {
        for (const auto &o : offices)
            if (o.code == v->toString())
                return o.code;
    }
    auto rank = [](const QString &kind) { return kind == QLatin1String("kanwil") ? 0 : kind == QLatin1String("kc") ? 1 : 2; };
    const OfficeNode *top = nullptr;
    for (const auto &o : offices) {
        if ((o.parentId == 0 || !seen.contains(o.parentId)) && (!top || rank(o.kind) < rank(top->kind)))
            top = &o;
    }
    return top ? top->code : QString();
}

namespace {

// The offices the server's policies hold this login to (0071), when they hold it: empty on SQLite, for the
// superuser (no policy applies) and for the owner (whose policy lets every row through).
Result<QSet<qint64>> officesHeldByServer(const storage::Database &db)
{
    QSet<qint64> held;
    if (!db.dialect().isPostgres())
        return held;
    Query q(db.connection(), QStringLiteral("SELECT unnest(perisai_visible_offices()) WHERE row_security_active('public.offices') "
                                            "AND NOT pg_has_role('perisai_owner', 'MEMBER')"));
    if (auto st = q.exec(); !st)
        return st.error();
    while (q.next())
        held.insert(q.intValue(0));
    return held;
}

void collectSubtree(const QList<OfficeNode> &all, qint64 root, QList<OfficeNode> &out)
{
    for (const auto &o : all) {
        if (o.id == root)
            out.append(o);
    }
    for (const auto &o : all) {
        if (o.parentId == root && o.id != root)
            collectSubtree(all, o.id, out);
    }
}

} // namespace

SqlFilter officeFilter(const QList<qint64> &officeIds, bool heldByServer, const QString &column)
{
    if (heldByServer)
        return {QStringLiteral("TRUE"), {}};
    return {column + QStringLiteral(" IN (") + placeholders(officeIds.size()) + QLatin1Char(')'), idValues(officeIds)};
}

SqlFilter officeFilter(const ResolvedScope &scope, const QString &column)
{
    return officeFilter(scope.officeIds, scope.officesHeldByServer, column);
}

SqlFilter agentFilter(const ResolvedScope &scope, const QString &column)
{
    if (scope.narrowedToAgents())
        return {column + QStringLiteral(" IN (") + placeholders(scope.agentIds.size()) + QLatin1Char(')'), idValues(scope.agentIds)};
    const SqlFilter offices = officeFilter(scope, QStringLiteral("office_id"));
    return {column + QStringLiteral(" IN (SELECT id FROM agents WHERE ") + offices.sql + QLatin1Char(')'), offices.values};
}

SqlFilter recruitFilter(const ResolvedScope &scope)
{
    if (scope.narrowedToAgents())
        return agentFilter(scope, QStringLiteral("p.agent_id"));
    SqlFilter f = officeFilter(scope, QStringLiteral("p.office_id"));
    f.sql += QStringLiteral(" AND p.agent_id IS NOT NULL");
    return f;
}

SqlFilter participantFilter(const ResolvedScope &scope)
{
    if (scope.narrowedToAgents())
        return agentFilter(scope, QStringLiteral("p.agent_id"));
    return officeFilter(scope, QStringLiteral("p.office_id"));
}

QString ResolvedScope::label() const
{
    if (agentId)
        return office.code + QStringLiteral(" / ") + agentCode;
    if (wadahId)
        return office.code + QStringLiteral(" / ") + wadahCode;
    return office.code;
}

Result<ResolvedScope> resolveScope(const storage::Database &db, const KpiScope &scope)
{
    auto offices = loadOffices(db);
    if (!offices)
        return offices.error();
    ResolvedScope r;
    const auto conn = db.connection();

    if (!scope.agentCode.isEmpty()) {
        Query q(conn, QStringLiteral("SELECT id, name, office_id, COALESCE(wadah_id, 0) FROM agents WHERE code = ?"));
        q.bind(scope.agentCode);
        if (auto st = q.exec(); !st)
            return st.error();
        if (!q.next())
            return makeError(Kpi::tr("no agent with code %1").arg(scope.agentCode));
        r.agentId = q.intValue(0);
        r.agentCode = scope.agentCode;
        r.agentName = q.text(1);
        r.office.id = q.intValue(2);
        r.agentIds = {r.agentId};
    } else if (!scope.wadahCode.isEmpty()) {
        Query q(conn, QStringLiteral("SELECT id, name, office_id FROM wadah WHERE code = ?"));
        q.bind(scope.wadahCode);
        if (auto st = q.exec(); !st)
            return st.error();
        if (!q.next())
            return makeError(Kpi::tr("no wadah with code %1").arg(scope.wadahCode));
        r.wadahId = q.intValue(0);
        r.wadahCode = scope.wadahCode;
        r.wadahName = q.text(1);
        r.office.id = q.intValue(2);
        Query agents(conn, QStringLiteral("SELECT id FROM agents WHERE wadah_id = ? ORDER BY id"));
        agents.bind(r.wadahId);
        if (auto st = agents.exec(); !st)
            return st.error();
        while (agents.next())
            r.agentIds.append(agents.intValue(0));
    }

    // The office: the one named, else the wadah's or agent's, else the default.
    QString officeCode = scope.officeCode;
    if (officeCode.isEmpty() && r.office.id == 0)
        officeCode = defaultOfficeCode(db, *offices);
    if (officeCode.isEmpty() && r.office.id == 0)
        return makeError(Kpi::tr("the database holds no offices"));
    for (const auto &o : *offices) {
        if ((!officeCode.isEmpty() && o.code == officeCode) || (officeCode.isEmpty() && o.id == r.office.id))
            r.office = o;
    }
    if (r.office.code.isEmpty())
        return makeError(Kpi::tr("no office with code %1").arg(officeCode));
    collectSubtree(*offices, r.office.id, r.offices);
    for (const auto &o : r.offices)
        r.officeIds.append(o.id);
    auto held = officesHeldByServer(db);
    if (!held)
        return held.error();
    r.officesHeldByServer = !held->isEmpty() && *held == QSet<qint64>(r.officeIds.begin(), r.officeIds.end());
    return r;
}

} // namespace perisai::figures
