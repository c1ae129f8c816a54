#include "summaries.h"

#include "storage/database.h"
#include "storage/query.h"
#include "storage/transaction.h"
#include "summaryscan.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>

namespace perisai::figures {

using storage::Query;

namespace {

// The offices a refresh covers, as a bound IN list; empty: every office (no condition at all).
struct OfficeSet {
    QList<qint64> ids;

    bool all() const { return ids.isEmpty(); }
    // " AND <column> IN (?, ?)" or nothing.
    QString andIn(const QString &column) const
    {
        if (all())
            return {};
        QStringList marks(ids.size(), QStringLiteral("?"));
        return QStringLiteral(" AND ") + column + QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + QStringLiteral(")");
    }
    QVariantList values() const
    {
        QVariantList v;
        for (qint64 id : ids)
            v << id;
        return v;
    }
};

// PostgreSQL: contributions are joined with participants once, grouped at the finest grain the three
// tables need (summary_work), and the tables are derived from that; acquisitions count by registration
// month; `collected` per agent counts only what agents collected themselves (channel 'agen').
// (SQLite computes the same rows in summaryscan.cpp.) For a set of offices, summary_work holds the
// participants of those offices and the recruits of those offices' agents: an agent's month is recomputed
// from all of its recruits, an office's month and cohorts from all of the office's participants.
QString workSql(const OfficeSet &o)
{
    QString scope;
    if (!o.all())
        scope = QStringLiteral(" AND (TRUE") + o.andIn(QStringLiteral("p.office_id"))
                + QStringLiteral(" OR p.agent_id IN (SELECT id FROM agents WHERE TRUE") + o.andIn(QStringLiteral("office_id"))
                + QStringLiteral("))");
    return QStringLiteral(
               "INSERT INTO summary_work (office_id, agent_id, reg_period, period, paid, amount, by_agent) "
               "SELECT p.office_id, p.agent_id, p.reg_period, c.period, COUNT(*), SUM(c.amount), "
               "       SUM(CASE WHEN c.channel = 'agen' THEN c.amount ELSE 0 END) "
               "FROM contributions c JOIN participants p ON p.id = c.participant_id WHERE c.period BETWEEN ? AND ?")
           + scope + QStringLiteral(" GROUP BY p.office_id, p.agent_id, p.reg_period, c.period");
}

// The agent's office goes with each row: a server keeps summaries to the offices a login sees (0071).
QString agentMonthSql(const OfficeSet &o)
{
    return QStringLiteral(
               "INSERT INTO summary_agent_month (agent_id, period, acquisitions, active_recruits, collected, office_id) "
               "SELECT x.agent_id, x.period, SUM(acq), SUM(act), SUM(col), MIN(a.office_id) FROM ("
               "  SELECT p.agent_id AS agent_id, p.reg_period AS period, 1 AS acq, 0 AS act, 0 AS col"
               "  FROM participants p WHERE p.agent_id IS NOT NULL AND p.reg_period BETWEEN ? AND ?"
               "  UNION ALL"
               "  SELECT agent_id, period, 0, paid, by_agent FROM summary_work WHERE agent_id IS NOT NULL"
               ") x JOIN agents a ON a.id = x.agent_id WHERE TRUE")
           + o.andIn(QStringLiteral("a.office_id")) + QStringLiteral(" GROUP BY x.agent_id, x.period");
}

QString officeMonthSql(const OfficeSet &o)
{
    return QStringLiteral(
               "INSERT INTO summary_office_month (office_id, period, channel, acquisitions, active, collected) "
               "SELECT office_id, period, channel, SUM(acq), SUM(act), SUM(col) FROM ("
               "  SELECT p.office_id AS office_id, p.reg_period AS period,"
               "         CASE WHEN p.agent_id IS NULL THEN 'other' ELSE 'perisai' END AS channel, 1 AS acq, 0 AS act, 0 AS col"
               "  FROM participants p WHERE p.reg_period BETWEEN ? AND ?")
           + o.andIn(QStringLiteral("p.office_id"))
           + QStringLiteral(
               "  UNION ALL"
               "  SELECT office_id, period, CASE WHEN agent_id IS NULL THEN 'other' ELSE 'perisai' END, 0, paid, amount"
               "  FROM summary_work WHERE TRUE")
           + o.andIn(QStringLiteral("office_id")) + QStringLiteral(") x GROUP BY office_id, period, channel");
}

QString cohortSql(const OfficeSet &o)
{
    return QStringLiteral(
               "INSERT INTO summary_cohort (office_id, agent_id, cohort, k, period, paid) "
               "SELECT office_id, COALESCE(agent_id, 0), reg_period,"
               "       (period / 100 * 12 + period % 100) - (reg_period / 100 * 12 + reg_period % 100), period, SUM(paid) "
               "FROM summary_work WHERE period >= reg_period")
           + o.andIn(QStringLiteral("office_id"))
           + QStringLiteral(" GROUP BY office_id, COALESCE(agent_id, 0), reg_period, period "
                            "ORDER BY 1, 2, 3, 4"); // in key order: the primary key grows at its end rather than everywhere
}

// DDL cannot be a prepared statement on PostgreSQL; these texts are ours, with no values in them.
Status ddl(const QSqlDatabase &conn, const char *sql)
{
    QSqlQuery q(conn);
    if (!q.exec(QString::fromLatin1(sql)))
        return makeError(QCoreApplication::translate("Query", "database error: %1").arg(q.lastError().text()));
    return {};
}

// The offices whose summary rows a change to participants of `offices` can alter: those offices, and the
// offices of the agents who recruited there (an agent's month counts all of its recruits).
Result<OfficeSet> reachedOffices(const QSqlDatabase &conn, const QList<qint64> &offices)
{
    OfficeSet given{offices};
    OfficeSet reached{offices};
    if (given.all())
        return reached;
    Query q(conn, QStringLiteral("SELECT DISTINCT a.office_id FROM participants p JOIN agents a ON a.id = p.agent_id WHERE TRUE")
                      + given.andIn(QStringLiteral("p.office_id")));
    if (auto st = q.bind(given.values()).exec(); !st)
        return st.error();
    while (q.next())
        if (!reached.ids.contains(q.intValue(0)))
            reached.ids << q.intValue(0);
    std::sort(reached.ids.begin(), reached.ids.end());
    return reached;
}

} // namespace

Status Summaries::refresh(const PeriodRange &range) { return refresh(range, {}); }

Status Summaries::refresh(const PeriodRange &range, const QList<qint64> &offices)
{
    // All or nothing, and SET LOCAL needs a transaction: a savepoint when the caller (an import) has one.
    return storage::inTransaction(m_db.connection(), [&] { return refreshInTransaction(range, offices); });
}

Status Summaries::refreshInTransaction(const PeriodRange &range, const QList<qint64> &offices)
{
    const QSqlDatabase conn = m_db.connection();
    const int from = range.from.key();
    const int to = range.to.key();
    auto reached = reachedOffices(conn, offices);
    if (!reached)
        return reached.error();
    const OfficeSet &o = *reached;
    for (const char *table : {"summary_agent_month", "summary_office_month", "summary_cohort"}) {
        Query q(conn, QStringLiteral("DELETE FROM %1 WHERE period BETWEEN ? AND ?").arg(QLatin1String(table))
                          + o.andIn(QStringLiteral("office_id")));
        if (auto st = q.bind({from, to}).bind(o.values()).exec(); !st)
            return st;
    }
    // SQLite sorts every row of a GROUP BY: the same rows come from one hash-aggregated pass instead.
    if (m_db.dialect().isSqlite())
        return refreshSummariesByScan(m_db, from, to, o.ids);
    // A year of a large branch groups into ~400 k rows: with the default 4 MB the aggregates spill to disk.
    // JIT compiling these statements took 3.6 of a province month's 4.9 s: they run once, compiled code pays nothing back.
    for (const char *sql : {"SET LOCAL work_mem = '64MB'", "SET LOCAL jit = off", "DROP TABLE IF EXISTS summary_work",
                            "CREATE TEMP TABLE summary_work (office_id BIGINT, agent_id BIGINT, reg_period INTEGER, "
                            "period INTEGER, paid BIGINT, amount BIGINT, by_agent BIGINT)"}) {
        if (auto st = ddl(conn, sql); !st)
            return st;
    }
    Query work(conn, workSql(o));
    if (auto st = work.bind({from, to}).bind(o.values()).bind(o.values()).exec(); !st)
        return st;
    Query agentMonth(conn, agentMonthSql(o));
    if (auto st = agentMonth.bind({from, to}).bind(o.values()).exec(); !st)
        return st;
    Query officeMonth(conn, officeMonthSql(o));
    if (auto st = officeMonth.bind({from, to}).bind(o.values()).bind(o.values()).exec(); !st)
        return st;
    Query cohort(conn, cohortSql(o));
    if (auto st = cohort.bind(o.values()).exec(); !st)
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
