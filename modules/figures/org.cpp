#include "org.h"

#include "storage/database.h"
#include "storage/query.h"

#include <algorithm>

namespace perisai::figures {

using storage::Query;

const WadahUnit *Org::findWadah(qint64 id) const
{
    auto it = std::find_if(wadah.begin(), wadah.end(), [id](const WadahUnit &w) { return w.id == id; });
    return it == wadah.end() ? nullptr : &*it;
}

const OfficeNode *Org::findOffice(qint64 id) const
{
    auto it = std::find_if(offices.begin(), offices.end(), [id](const OfficeNode &o) { return o.id == id; });
    return it == offices.end() ? nullptr : &*it;
}

QList<OfficeNode> Org::officesOfKind(const QString &kind) const
{
    QList<OfficeNode> out;
    for (const OfficeNode &o : offices) {
        if (o.kind == kind)
            out.append(o);
    }
    return out;
}

SqlFilter Org::officeFilter(const QString &column) const
{
    QList<qint64> ids;
    for (const OfficeNode &o : offices)
        ids << o.id;
    return figures::officeFilter(ids, officesHeldByServer, column);
}

QList<qint64> Org::subtree(qint64 officeId) const
{
    QList<qint64> ids{officeId};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        for (const OfficeNode &o : offices) {
            if (o.parentId == ids[i] && o.id != ids[i])
                ids.append(o.id);
        }
    }
    return ids;
}

Result<Org> loadOrg(const storage::Database &db, const ResolvedScope &scope)
{
    Org org;
    org.offices = scope.offices;
    org.officesHeldByServer = scope.officesHeldByServer;
    const SqlFilter offices = officeFilter(scope, QStringLiteral("office_id"));
    Query w(db.connection(), QStringLiteral("SELECT id, code, name, office_id, status FROM wadah WHERE ") + offices.sql
                                 + QStringLiteral(" ORDER BY code"));
    w.bind(offices.values);
    if (auto st = w.exec(); !st)
        return st.error();
    while (w.next())
        org.wadah.push_back({w.intValue(0), w.text(1), w.text(2), w.intValue(3), w.text(4) != QLatin1String("inactive")});

    Query a(db.connection(), QStringLiteral("SELECT id, code, name, office_id, COALESCE(wadah_id, 0), joined_on, status, "
                                            "status_since FROM agents WHERE ") + offices.sql + QStringLiteral(" ORDER BY code"));
    a.bind(offices.values);
    if (auto st = a.exec(); !st)
        return st.error();
    while (a.next()) {
        org.agents.push_back({a.intValue(0), a.text(1), a.text(2), a.intValue(3), a.intValue(4),
                              {storage::readDate(a.value(5)), a.text(6), storage::readDate(a.value(7))}});
    }
    return org;
}

} // namespace perisai::figures
