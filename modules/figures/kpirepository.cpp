#include "kpirepository.h"

#include "storage/database.h"
#include "storage/query.h"

namespace perisai::performance {

using storage::Query;

Result<std::map<int, KpiRepository::Month>> KpiRepository::months(const PeriodRange &range) const
{
    std::map<int, Month> out;
    if (m_scope.narrowedToAgents()) {
        const Filter f = agentFilter(QStringLiteral("agent_id"));
        Query q(m_db.connection(), QStringLiteral("SELECT period, SUM(acquisitions), SUM(active_recruits) "
                                                  "FROM summary_agent_month WHERE ")
                                       + f.sql + QStringLiteral(" AND period BETWEEN ? AND ? GROUP BY period"));
        bindValues(q, f.values);
        q.bind({range.from.key(), range.to.key()});
        if (auto st = q.exec(); !st)
            return st.error();
        while (q.next())
            out[q.value(0).toInt()] = {q.intValue(1), q.intValue(2), 0};
        return out;
    }
    const Filter f = officeFilter(QStringLiteral("office_id"));
    Query q(m_db.connection(), QStringLiteral("SELECT period, channel, SUM(acquisitions), SUM(active) "
                                              "FROM summary_office_month WHERE ")
                                   + f.sql + QStringLiteral(" AND period BETWEEN ? AND ? GROUP BY period, channel"));
    bindValues(q, f.values);
    q.bind({range.from.key(), range.to.key()});
    if (auto st = q.exec(); !st)
        return st.error();
    while (q.next()) {
        Month &m = out[q.value(0).toInt()];
        if (q.text(1) == QLatin1String("perisai")) {
            m.acquisitions += q.intValue(2);
            m.activePerisai += q.intValue(3);
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
    bindValues(q, f.values);
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
                                   + placeholders(ks.size()) + QStringLiteral(") AND cohort BETWEEN ? AND ? AND ")
                                   + f.sql + QStringLiteral(" AND agent_id <> 0 GROUP BY k, cohort"));
    for (int k : ks)
        q.bind(k);
    q.bind({cohorts.from.key(), cohorts.to.key()});
    bindValues(q, f.values);
    if (auto st = q.exec(); !st)
        return st.error();
    while (q.next())
        out[{q.value(0).toInt(), q.value(1).toInt()}] = q.intValue(2);
    return out;
}

Result<std::vector<KpiRepository::Agent>> KpiRepository::agents() const
{
    const Filter f = agentFilter(QStringLiteral("id"));
    Query q(m_db.connection(), QStringLiteral("SELECT id, code, name, COALESCE(wadah_id, 0), joined_on, status, status_since "
                                              "FROM agents WHERE ")
                                   + f.sql + QStringLiteral(" ORDER BY code"));
    bindValues(q, f.values);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<Agent> out;
    while (q.next()) {
        out.push_back({q.intValue(0), q.text(1), q.text(2), q.intValue(3),
                       {q.value(4).toDate(), q.text(5), q.value(6).toDate()}});
    }
    return out;
}

Result<std::vector<KpiRepository::Wadah>> KpiRepository::wadah() const
{
    Filter f = officeFilter(QStringLiteral("office_id"));
    if (m_scope.wadahId)
        f = {QStringLiteral("id = ?"), {m_scope.wadahId}};
    else if (m_scope.agentId)
        f = {QStringLiteral("id IN (SELECT wadah_id FROM agents WHERE id = ?)"), {m_scope.agentId}};
    Query q(m_db.connection(), QStringLiteral("SELECT id, code, name FROM wadah WHERE ") + f.sql + QStringLiteral(" ORDER BY code"));
    bindValues(q, f.values);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<Wadah> out;
    while (q.next())
        out.push_back({q.intValue(0), q.text(1), q.text(2)});
    return out;
}

Result<std::map<int, qint64>> KpiRepository::productiveByMonth(const PeriodRange &range) const
{
    const Filter f = agentFilter(QStringLiteral("agent_id"));
    Query q(m_db.connection(), QStringLiteral("SELECT period, COUNT(*) FROM summary_agent_month WHERE ") + f.sql
                                   + QStringLiteral(" AND period BETWEEN ? AND ? AND (acquisitions > 0 OR collected > 0)"
                                                    " GROUP BY period"));
    bindValues(q, f.values);
    q.bind({range.from.key(), range.to.key()});
    if (auto st = q.exec(); !st)
        return st.error();
    std::map<int, qint64> out;
    while (q.next())
        out[q.value(0).toInt()] = q.intValue(1);
    return out;
}

Result<std::map<qint64, KpiRepository::AgentFigures>> KpiRepository::byAgent(const PeriodRange &range) const
{
    const Filter f = agentFilter(QStringLiteral("agent_id"));
    Query q(m_db.connection(),
            QStringLiteral("SELECT agent_id, SUM(acquisitions), SUM(CASE WHEN period = ? THEN active_recruits ELSE 0 END),"
                           " SUM(collected) FROM summary_agent_month WHERE ")
                + f.sql + QStringLiteral(" AND period BETWEEN ? AND ? GROUP BY agent_id"));
    q.bind(range.to.key());
    bindValues(q, f.values);
    q.bind({range.from.key(), range.to.key()});
    if (auto st = q.exec(); !st)
        return st.error();
    std::map<qint64, AgentFigures> out;
    while (q.next())
        out[q.intValue(0)] = {q.intValue(1), q.intValue(2), q.intValue(3)};
    return out;
}

} // namespace perisai::performance
