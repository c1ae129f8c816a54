#include "kpirepository.h"

#include "storage/database.h"
#include "storage/query.h"

namespace perisai::figures {

using storage::Query;

Result<std::map<int, KpiRepository::Month>> KpiRepository::months(const PeriodRange &range) const
{
    std::map<int, Month> out;
    if (m_scope.narrowedToAgents()) {
        const Filter f = agentFilter(QStringLiteral("agent_id"));
        Query q(m_db.connection(), QStringLiteral("SELECT period, SUM(acquisitions), SUM(active_recruits) "
                                                  "FROM summary_agent_month WHERE ")
                                       + f.sql + QStringLiteral(" AND period BETWEEN ? AND ? GROUP BY period"));
        q.bind(f.values);
        q.bind({range.from.key(), range.to.key()});
        if (auto st = q.exec(); !st)
            return st.error();
        while (q.next())
            out[q.value(0).toInt()] = {q.intValue(1), q.intValue(2), 0};
        return out;
    }
    const Filter f = officeFilter(QStringLiteral("office_id"));
    Query q(m_db.connection(), QStringLiteral("SELECT period, channel, SUM(acquisitions), SUM(active), SUM(collected) "
                                              "FROM summary_office_month WHERE ")
                                   + f.sql + QStringLiteral(" AND period BETWEEN ? AND ? GROUP BY period, channel"));
    q.bind(f.values);
    q.bind({range.from.key(), range.to.key()});
    if (auto st = q.exec(); !st)
        return st.error();
    while (q.next()) {
        Month &m = out[q.value(0).toInt()];
        if (q.text(1) == QLatin1String("perisai")) {
            m.acquisitions += q.intValue(2);
            m.activePerisai += q.intValue(3);
            m.recruitContributions += q.intValue(4);
        } else {
            m.activeOther += q.intValue(3);
        }
    }
    return out;
}

Result<qint64> KpiRepository::activeInOffice(YearMonth month) const
{
    const Filter f = officeFilter(QStringLiteral("office_id"));
    Query q(m_db.connection(), QStringLiteral("SELECT COALESCE(SUM(active), 0) FROM summary_office_month WHERE ")
                                   + f.sql + QStringLiteral(" AND period = ?"));
    q.bind(f.values);
    q.bind(month.key());
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<YearMonth> KpiRepository::lastObserved() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT MAX(period) FROM summary_office_month WHERE active > 0"));
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->isNull() ? YearMonth() : YearMonth::fromKey(v->toInt());
}

Result<std::map<std::pair<int, int>, qint64>> KpiRepository::cohortPaid(const PeriodRange &cohorts, const QList<int> &ks,
                                                                        YearMonth lastObserved) const
{
    std::map<std::pair<int, int>, qint64> out;
    if (!lastObserved.isValid() || ks.isEmpty())
        return out;
    // k IN (...) AND cohort BETWEEN ...: a few range reads of the covering index summary_cohort_k, in its
    // order. Every column used is in the index (no `period` condition: nothing is paid past the data).
    const SqlFilter f = m_scope.narrowedToAgents() ? agentFilter(QStringLiteral("agent_id"))
                                                   : officeFilter(QStringLiteral("office_id"));
    Query q(m_db.connection(), QStringLiteral("SELECT cohort, k, SUM(paid) FROM summary_cohort WHERE k IN (")
                                   + storage::placeholders(ks.size()) + QStringLiteral(") AND cohort BETWEEN ? AND ? AND ")
                                   + f.sql + QStringLiteral(" AND agent_id <> 0 GROUP BY k, cohort"));
    for (int k : ks)
        q.bind(k);
    q.bind({cohorts.from.key(), cohorts.to.key()});
    q.bind(f.values);
    if (auto st = q.exec(); !st)
        return st.error();
    while (q.next())
        out[{q.value(0).toInt(), q.value(1).toInt()}] = q.intValue(2);
    return out;
}

Result<std::map<int, qint64>> KpiRepository::productiveByMonth(const PeriodRange &range) const
{
    // An agent's months carry the agent's office (0083): the whole scope is read by that column.
    const Filter f = m_scope.narrowedToAgents() ? agentFilter(QStringLiteral("agent_id")) : officeFilter(QStringLiteral("office_id"));
    Query q(m_db.connection(), QStringLiteral("SELECT period, COUNT(*) FROM summary_agent_month WHERE ") + f.sql
                                   + QStringLiteral(" AND period BETWEEN ? AND ? AND (acquisitions > 0 OR collected > 0)"
                                                    " GROUP BY period"));
    q.bind(f.values);
    q.bind({range.from.key(), range.to.key()});
    if (auto st = q.exec(); !st)
        return st.error();
    std::map<int, qint64> out;
    while (q.next())
        out[q.value(0).toInt()] = q.intValue(1);
    return out;
}

} // namespace perisai::figures
