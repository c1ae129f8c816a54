#include "summaries.h"

#include "storage/database.h"
#include "storage/query.h"
#include "summaryscan.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace perisai::figures {

using storage::Query;

namespace {

// Each statement takes the range's first and last month (YYYYMM) as bound values, repeated as needed.
const char *const kDelete[] = {
    "DELETE FROM summary_agent_month WHERE period BETWEEN ? AND ?",
    "DELETE FROM summary_office_month WHERE period BETWEEN ? AND ?",
    "DELETE FROM summary_cohort WHERE period BETWEEN ? AND ?",
};

// PostgreSQL: contributions are joined with participants once, grouped at the finest grain the three
// tables need (summary_work), and the tables are derived from that; acquisitions count by registration
// month; `collected` per agent counts only what agents collected themselves (channel 'agen').
// (SQLite computes the same rows in summaryscan.cpp.)
const char *const kWork =
    "INSERT INTO summary_work (office_id, agent_id, reg_period, period, paid, amount, by_agent) "
    "SELECT p.office_id, p.agent_id, p.reg_period, c.period, COUNT(*), SUM(c.amount), "
    "       SUM(CASE WHEN c.channel = 'agen' THEN c.amount ELSE 0 END) "
    "FROM contributions c JOIN participants p ON p.id = c.participant_id WHERE c.period BETWEEN ? AND ? "
    "GROUP BY p.office_id, p.agent_id, p.reg_period, c.period";

// The agent's office goes with each row: a server keeps summaries to the offices a login sees (0071).
const char *const kAgentMonth =
    "INSERT INTO summary_agent_month (agent_id, period, acquisitions, active_recruits, collected, office_id) "
    "SELECT x.agent_id, x.period, SUM(acq), SUM(act), SUM(col), MIN(a.office_id) FROM ("
    "  SELECT p.agent_id AS agent_id, p.reg_period AS period, 1 AS acq, 0 AS act, 0 AS col"
    "  FROM participants p WHERE p.agent_id IS NOT NULL AND p.reg_period BETWEEN ? AND ?"
    "  UNION ALL"
    "  SELECT agent_id, period, 0, paid, by_agent FROM summary_work WHERE agent_id IS NOT NULL"
    ") x JOIN agents a ON a.id = x.agent_id GROUP BY x.agent_id, x.period";

const char *const kOfficeMonth =
    "INSERT INTO summary_office_month (office_id, period, channel, acquisitions, active, collected) "
    "SELECT office_id, period, channel, SUM(acq), SUM(act), SUM(col) FROM ("
    "  SELECT p.office_id AS office_id, p.reg_period AS period,"
    "         CASE WHEN p.agent_id IS NULL THEN 'other' ELSE 'perisai' END AS channel, 1 AS acq, 0 AS act, 0 AS col"
    "  FROM participants p WHERE p.reg_period BETWEEN ? AND ?"
    "  UNION ALL"
    "  SELECT office_id, period, CASE WHEN agent_id IS NULL THEN 'other' ELSE 'perisai' END, 0, paid, amount FROM summary_work"
    ") x GROUP BY office_id, period, channel";

const char *const kCohort =
    "INSERT INTO summary_cohort (office_id, agent_id, cohort, k, period, paid) "
    "SELECT office_id, COALESCE(agent_id, 0), reg_period,"
    "       (period / 100 * 12 + period % 100) - (reg_period / 100 * 12 + reg_period % 100), period, SUM(paid) "
    "FROM summary_work WHERE period >= reg_period "
    "GROUP BY office_id, COALESCE(agent_id, 0), reg_period, period "
    "ORDER BY 1, 2, 3, 4"; // in key order: the primary key grows at its end rather than everywhere

// DDL cannot be a prepared statement on PostgreSQL; these texts are ours, with no values in them.
Status ddl(const QSqlDatabase &conn, const char *sql)
{
    QSqlQuery q(conn);
    if (!q.exec(QString::fromLatin1(sql)))
        return makeError(QCoreApplication::translate("Query", "database error: %1").arg(q.lastError().text()));
    return {};
}

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
    if (m_db.dialect().isSqlite()) {
        if (auto st = refreshSummariesByScan(m_db, from, to); !st)
            return st;
        Query office(conn, QStringLiteral("UPDATE summary_agent_month SET office_id = COALESCE((SELECT a.office_id FROM agents a "
                                          "WHERE a.id = summary_agent_month.agent_id), 0) WHERE period BETWEEN ? AND ?"));
        return office.bind({from, to}).exec();
    }
    // A year of a large branch groups into ~400 k rows: with the default 4 MB the aggregates spill to disk.
    for (const char *sql : {"SET LOCAL work_mem = '64MB'", "DROP TABLE IF EXISTS summary_work",
                            "CREATE TEMP TABLE summary_work (office_id BIGINT, agent_id BIGINT, reg_period INTEGER, "
                            "period INTEGER, paid BIGINT, amount BIGINT, by_agent BIGINT)"}) {
        if (auto st = ddl(conn, sql); !st)
            return st;
    }
    Query work(conn, QString::fromLatin1(kWork));
    if (auto st = work.bind({from, to}).exec(); !st)
        return st;
    for (const char *sql : {kAgentMonth, kOfficeMonth}) {
        Query q(conn, QString::fromLatin1(sql));
        if (auto st = q.bind({from, to}).exec(); !st)
            return st;
    }
    Query cohort(conn, QString::fromLatin1(kCohort));
    if (auto st = cohort.exec(); !st)
        return st;
    return ddl(conn, "DROP TABLE summary_work");
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

} // namespace perisai::figures
