#include "storage/summaries.h"

#include "storage/database.h"
#include "storage/query.h"
#include "storage/summaryscan.h"

namespace perisai::storage {
namespace {

// Each statement takes the range's first and last month (YYYYMM) as bound values, repeated as needed.
const char *const kDelete[] = {
    "DELETE FROM summary_agent_month WHERE period BETWEEN ? AND ?",
    "DELETE FROM summary_office_month WHERE period BETWEEN ? AND ?",
    "DELETE FROM summary_cohort WHERE period BETWEEN ? AND ?",
};

// Acquisitions count by registration month; active recruits by the month a contribution covers;
// `collected` counts only what agents collected themselves (channel 'agen').
const char *const kAgentMonth =
    "INSERT INTO summary_agent_month (agent_id, period, acquisitions, active_recruits, collected) "
    "SELECT agent_id, period, SUM(acq), SUM(act), SUM(col) FROM ("
    "  SELECT p.agent_id AS agent_id, p.reg_period AS period, 1 AS acq, 0 AS act, 0 AS col"
    "  FROM participants p WHERE p.agent_id IS NOT NULL AND p.reg_period BETWEEN ? AND ?"
    "  UNION ALL"
    "  SELECT p.agent_id, c.period, 0, 1, CASE WHEN c.channel = 'agen' THEN c.amount ELSE 0 END"
    "  FROM contributions c JOIN participants p ON p.id = c.participant_id"
    "  WHERE p.agent_id IS NOT NULL AND c.period BETWEEN ? AND ?"
    ") x GROUP BY agent_id, period";

const char *const kOfficeMonth =
    "INSERT INTO summary_office_month (office_id, period, channel, acquisitions, active, collected) "
    "SELECT office_id, period, channel, SUM(acq), SUM(act), SUM(col) FROM ("
    "  SELECT p.office_id AS office_id, p.reg_period AS period,"
    "         CASE WHEN p.agent_id IS NULL THEN 'other' ELSE 'perisai' END AS channel, 1 AS acq, 0 AS act, 0 AS col"
    "  FROM participants p WHERE p.reg_period BETWEEN ? AND ?"
    "  UNION ALL"
    "  SELECT p.office_id, c.period, CASE WHEN p.agent_id IS NULL THEN 'other' ELSE 'perisai' END, 0, 1, c.amount"
    "  FROM contributions c JOIN participants p ON p.id = c.participant_id WHERE c.period BETWEEN ? AND ?"
    ") x GROUP BY office_id, period, channel";

const char *const kCohort =
    "INSERT INTO summary_cohort (office_id, agent_id, cohort, k, period, paid) "
    "SELECT p.office_id, COALESCE(p.agent_id, 0), p.reg_period,"
    "       (c.period / 100 * 12 + c.period % 100) - (p.reg_period / 100 * 12 + p.reg_period % 100),"
    "       c.period, COUNT(*)"
    "FROM contributions c JOIN participants p ON p.id = c.participant_id "
    "WHERE c.period BETWEEN ? AND ? AND c.period >= p.reg_period "
    "GROUP BY p.office_id, COALESCE(p.agent_id, 0), p.reg_period, c.period";

} // namespace

Status Summaries::refresh(const PeriodRange &range)
{
    const QSqlDatabase conn = m_db.connection();
    const int from = range.from.key();
    const int to = range.to.key();
    for (const char *sql : kDelete) {
        Query q(conn, QString::fromLatin1(sql));
        if (auto st = q.bind({from, to}).exec(); !st)
            return st;
    }
    // SQLite sorts every row of a GROUP BY: the same rows come from one hash-aggregated pass instead.
    if (m_db.dialect().isSqlite())
        return refreshSummariesByScan(conn, from, to);
    for (const char *sql : {kAgentMonth, kOfficeMonth}) {
        Query q(conn, QString::fromLatin1(sql));
        if (auto st = q.bind({from, to, from, to}).exec(); !st)
            return st;
    }
    Query cohort(conn, QString::fromLatin1(kCohort));
    return cohort.bind({from, to}).exec();
}

Result<PeriodRange> Summaries::dataRange()
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT MIN(m), MAX(m) FROM ("
        " SELECT MIN(reg_period) AS m FROM participants UNION ALL SELECT MAX(reg_period) FROM participants"
        " UNION ALL SELECT MIN(period) FROM contributions UNION ALL SELECT MAX(period) FROM contributions) x"));
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next() || q.value(0).isNull())
        return PeriodRange{};
    return PeriodRange{YearMonth::fromKey(q.value(0).toInt()), YearMonth::fromKey(q.value(1).toInt())};
}

Status Summaries::refreshAll()
{
    auto range = dataRange();
    if (!range)
        return range.error();
    if (!range->from.isValid())
        return {};
    return refresh(*range);
}

} // namespace perisai::storage
