#include "scopelists.h"

#include "period.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QSet>

namespace perisai::figures {

using storage::Query;

namespace {

void walk(const QList<OfficeNode> &offices, qint64 parent, int depth, std::vector<std::pair<OfficeNode, int>> &out)
{
    for (const auto &o : offices) {
        if (o.parentId == parent && o.id != parent) {
            out.emplace_back(o, depth);
            walk(offices, o.id, depth + 1, out);
        }
    }
}

Result<std::vector<ScopeItem>> loadItems(const storage::Database &db, const QString &sql)
{
    Query q(db.connection(), sql);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<ScopeItem> out;
    while (q.next())
        out.push_back({q.intValue(0), q.text(1), q.text(2), q.intValue(3), q.intValue(4)});
    return out;
}

} // namespace

std::vector<std::pair<OfficeNode, int>> officeTree(const QList<OfficeNode> &offices)
{
    // The tops: offices without a parent, and on a server those whose parent the login does not see (a KC
    // login sees its branch and KCP, not its kanwil).
    QSet<qint64> seen;
    for (const auto &o : offices)
        seen.insert(o.id);
    std::vector<std::pair<OfficeNode, int>> out;
    for (const auto &o : offices) {
        if (o.parentId == 0 || !seen.contains(o.parentId)) {
            out.emplace_back(o, 0);
            walk(offices, o.id, 1, out);
        }
    }
    return out;
}

QList<qint64> subtreeIds(const QList<OfficeNode> &offices, qint64 officeId)
{
    QList<qint64> ids{officeId};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        for (const auto &o : offices) {
            if (o.parentId == ids[i] && !ids.contains(o.id))
                ids.append(o.id);
        }
    }
    return ids;
}

Result<ScopeLists> loadScopeLists(const storage::Database &db)
{
    ScopeLists lists;
    auto offices = loadOffices(db);
    if (!offices)
        return offices.error();
    lists.offices = *offices;
    lists.defaultOffice = defaultOfficeCode(db, lists.offices);
    auto wadah = loadItems(db, QStringLiteral("SELECT id, code, name, office_id, 0 FROM wadah ORDER BY name"));
    if (!wadah)
        return wadah.error();
    lists.wadah = std::move(*wadah);
    auto agents = loadItems(db, QStringLiteral("SELECT id, code, name, office_id, COALESCE(wadah_id, 0) FROM agents "
                                               "WHERE status <> 'candidate' ORDER BY name"));
    if (!agents)
        return agents.error();
    lists.agents = std::move(*agents);
    // The summaries are small: their first month is the data's; the last is the last month with data.
    Query range(db.connection(), QStringLiteral("SELECT MIN(period) FROM summary_office_month"));
    auto first = range.scalar();
    if (!first)
        return first.error();
    auto last = lastMonthWithData(db);
    if (!last)
        return last.error();
    if (!first->isNull() && last->isValid())
        lists.dataRange = {YearMonth::fromKey(first->toInt()), *last};
    return lists;
}

} // namespace perisai::figures
