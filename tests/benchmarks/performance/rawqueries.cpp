#include "rawqueries.h"

#include "storage/database.h"
#include "storage/query.h"

namespace perisai::bench {

using storage::Query;

namespace {

template <typename F>
Status run(const storage::Database &db, const QString &sql, const QVariantList &values, F row)
{
    Query q(db.connection(), sql);
    for (const auto &v : values)
        q.bind(v);
    if (auto st = q.exec(); !st)
        return st;
    while (q.next())
        row(q);
    return {};
}

} // namespace

Result<RawFigures> rawFigures(const storage::Database &db, const PeriodRange &months, const PeriodRange &period)
{
    RawFigures f;
    const int m0 = months.from.key(), m1 = months.to.key(), p0 = period.from.key(), p1 = period.to.key();
    Status st = run(db, QStringLiteral("SELECT reg_period, COUNT(*) FROM participants WHERE agent_id IS NOT NULL "
                                       "AND reg_period BETWEEN ? AND ? GROUP BY reg_period"),
                    {m0, m1}, [&](const Query &q) { f.acquisitions[q.value(0).toInt()] = q.intValue(1); });
    if (st)
        st = run(db, QStringLiteral("SELECT c.period, CASE WHEN p.agent_id IS NULL THEN 0 ELSE 1 END, COUNT(*) "
                                    "FROM contributions c JOIN participants p ON p.id = c.participant_id "
                                    "WHERE c.period BETWEEN ? AND ? GROUP BY c.period, CASE WHEN p.agent_id IS NULL THEN 0 ELSE 1 END"),
                 {m0, m1}, [&](const Query &q) {
                     (q.intValue(1) ? f.activePerisai : f.activeOther)[q.value(0).toInt()] = q.intValue(2);
                 });
    if (st)
        st = run(db, QStringLiteral("SELECT p.reg_period, (c.period / 100 * 12 + c.period % 100) - (p.reg_period / 100 * 12 + p.reg_period % 100) AS k, COUNT(*) "
                                    "FROM contributions c JOIN participants p ON p.id = c.participant_id "
                                    "WHERE p.agent_id IS NOT NULL AND p.reg_period BETWEEN ? AND ? AND c.period >= p.reg_period "
                                    "AND (c.period / 100 * 12 + c.period % 100) - (p.reg_period / 100 * 12 + p.reg_period % 100) <= 12 "
                                    "GROUP BY p.reg_period, k"),
                 {p0, p1}, [&](const Query &q) { f.cohortPaid[{q.value(0).toInt(), q.value(1).toInt()}] = q.intValue(2); });
    if (st)
        st = run(db, QStringLiteral("SELECT agent_id, COUNT(*) FROM participants WHERE agent_id IS NOT NULL "
                                    "AND reg_period BETWEEN ? AND ? GROUP BY agent_id"),
                 {p0, p1}, [&](const Query &q) { f.agentAcquisitions[q.intValue(0)] = q.intValue(1); });
    if (st)
        st = run(db, QStringLiteral("SELECT p.agent_id, SUM(c.amount) FROM contributions c JOIN participants p ON p.id = c.participant_id "
                                    "WHERE p.agent_id IS NOT NULL AND c.channel = 'agen' AND c.period BETWEEN ? AND ? GROUP BY p.agent_id"),
                 {p0, p1}, [&](const Query &q) { f.agentCollected[q.intValue(0)] = q.intValue(1); });
    if (st)
        st = run(db, QStringLiteral("SELECT period, COUNT(DISTINCT agent_id) FROM ("
                                    " SELECT agent_id, reg_period AS period FROM participants WHERE agent_id IS NOT NULL AND reg_period BETWEEN ? AND ?"
                                    " UNION ALL SELECT p.agent_id, c.period FROM contributions c JOIN participants p ON p.id = c.participant_id"
                                    " WHERE p.agent_id IS NOT NULL AND c.channel = 'agen' AND c.amount > 0 AND c.period BETWEEN ? AND ?"
                                    ") x GROUP BY period"),
                 {p0, p1, p0, p1}, [&](const Query &q) { f.productive[q.value(0).toInt()] = q.intValue(1); });
    if (!st)
        return st.error();
    return f;
}

} // namespace perisai::bench
