#include "agentfigures.h"

#include "storage/database.h"
#include "storage/query.h"

#include <map>

namespace perisai::figures {

using storage::Query;

Result<std::vector<UnitMonth>> agentMonths(const storage::Database &db, const QList<qint64> &agentIds, const PeriodRange &range)
{
    Query q(db.connection(), QStringLiteral("SELECT period, SUM(acquisitions), SUM(active_recruits), SUM(collected) "
                                            "FROM summary_agent_month WHERE agent_id IN (%1) AND period BETWEEN ? AND ? "
                                            "GROUP BY period").arg(storage::placeholders(agentIds.size())));
    q.bind(storage::idValues(agentIds)).bind({range.from.key(), range.to.key()});
    if (auto st = q.exec(); !st)
        return st.error();
    std::map<int, UnitMonth> found;
    while (q.next()) {
        const int period = static_cast<int>(q.intValue(0));
        found[period] = {period, q.intValue(1), q.intValue(2), q.intValue(3)};
    }
    std::vector<UnitMonth> months;
    for (YearMonth m = range.from; m <= range.to; m = m.addMonths(1)) {
        auto it = found.find(m.key());
        months.push_back(it != found.end() ? it->second : UnitMonth{m.key(), 0, 0, 0});
    }
    return months;
}

Result<AgentFigures> agentFigures(const storage::Database &db, const QString &agentCode, const PeriodRange &asked,
                                  const QDate &today, int monthsShown)
{
    auto table = unitFigures(db, {{}, {}, agentCode}, UnitLevel::Agent, asked, today);
    if (!table)
        return table.error();
    AgentFigures out;
    out.period = table->period;
    if (!table->rows.empty())
        out.figures = table->rows.front();
    const YearMonth last = out.period.range.to;
    auto months = agentMonths(db, {out.figures.id}, {last.addMonths(-(monthsShown - 1)), last});
    if (!months)
        return months.error();
    out.months = std::move(*months);
    Query all(db.connection(), QStringLiteral("SELECT COALESCE(SUM(acquisitions), 0) FROM summary_agent_month WHERE agent_id = ?"));
    all.bind(out.figures.id);
    auto n = all.scalar();
    if (!n)
        return n.error();
    out.recruitsAllTime = n->toLongLong();
    return out;
}

Result<QHash<qint64, QHash<int, int>>> wadahMonths(const storage::Database &db, const PeriodRange &range)
{
    Query q(db.connection(), QStringLiteral("SELECT g.wadah_id, s.period, SUM(s.acquisitions) FROM summary_agent_month s "
                                            "JOIN agents g ON g.id = s.agent_id WHERE g.wadah_id IS NOT NULL "
                                            "AND s.period BETWEEN ? AND ? GROUP BY g.wadah_id, s.period"));
    q.bind({range.from.key(), range.to.key()});
    if (auto st = q.exec(); !st)
        return st.error();
    QHash<qint64, QHash<int, int>> out;
    while (q.next())
        out[q.intValue(0)][static_cast<int>(q.intValue(1))] = static_cast<int>(q.intValue(2));
    return out;
}

} // namespace perisai::figures
