// The performance snapshot of a session: each invited agent's figures for the review period, computed once
// from the summary tables and targets when the session is held, then only read (later imports leave it alone).
#include "monevrepository.h"

#include "storage/audit.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace perisai::monev {

using storage::Query;

namespace {

// Target of an agent for the months of `range`: monthly targets where given, else the year's target spread evenly.
int targetFor(const QHash<int, qint64> &monthly, const QHash<int, qint64> &yearly, const PeriodRange &range)
{
    double total = 0;
    for (YearMonth m = range.from; m <= range.to; m = m.addMonths(1)) {
        if (monthly.contains(m.key()))
            total += monthly.value(m.key());
        else if (yearly.contains(m.year()))
            total += yearly.value(m.year()) / 12.0;
    }
    return static_cast<int>(total + 0.5);
}

} // namespace

Result<std::vector<SnapshotRow>> MonevRepository::computeSnapshot(const Session &s) const
{
    const PeriodRange range{YearMonth::fromKey(s.reviewFrom), YearMonth::fromKey(s.reviewTo)};
    if (!range.from.isValid() || !range.to.isValid() || range.to < range.from)
        return makeError(QCoreApplication::translate("monev", "The session has no valid review period"));
    const PeriodRange prev{range.from.addMonths(-range.months()), range.from.addMonths(-1)};
    // Retention at 3 months is measured on the cohorts whose third month falls in the review period.
    const PeriodRange cohorts{range.from.addMonths(-3), range.to.addMonths(-3)};

    std::vector<SnapshotRow> rows;
    QHash<qint64, size_t> index;
    Query q(m_db.connection(), QStringLiteral(
        "SELECT a.id, a.code, a.name, w.name, a.joined_on,"
        " COALESCE(SUM(CASE WHEN x.period BETWEEN ? AND ? THEN x.acquisitions ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN x.period BETWEEN ? AND ? THEN x.acquisitions ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN x.period = ? THEN x.active_recruits ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN x.period BETWEEN ? AND ? THEN x.collected ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN x.period BETWEEN ? AND ? THEN x.acquisitions ELSE 0 END), 0)"
        " FROM monev_attendance m JOIN agents a ON a.id = m.agent_id LEFT JOIN wadah w ON w.id = a.wadah_id"
        " LEFT JOIN summary_agent_month x ON x.agent_id = a.id AND x.period BETWEEN ? AND ?"
        " WHERE m.session_id = ? GROUP BY a.id, a.code, a.name, w.name, a.joined_on ORDER BY a.code"));
    const int lowest = std::min(prev.from, cohorts.from).key();
    q.bind({range.from.key(), range.to.key(), prev.from.key(), prev.to.key(), range.to.key(), range.from.key(), range.to.key(),
            cohorts.from.key(), cohorts.to.key(), lowest, range.to.key(), s.id});
    if (auto st = q.exec(); !st)
        return st.error();
    QHash<qint64, qint64> cohortSize;
    while (q.next()) {
        SnapshotRow r;
        r.agentId = q.intValue(0);
        r.code = q.text(1);
        r.name = q.text(2);
        r.wadahName = q.text(3);
        r.joinedOn = dateFrom(q.value(4));
        r.acquisitions = static_cast<int>(q.intValue(5));
        r.prevAcquisitions = static_cast<int>(q.intValue(6));
        r.activeRecruits = static_cast<int>(q.intValue(7));
        r.collected = q.intValue(8);
        cohortSize.insert(r.agentId, q.intValue(9));
        index.insert(r.agentId, rows.size());
        rows.push_back(r);
    }

    Query paid(m_db.connection(), QStringLiteral(
        "SELECT c.agent_id, SUM(c.paid) FROM summary_cohort c JOIN monev_attendance m ON m.agent_id = c.agent_id"
        " WHERE m.session_id = ? AND c.k = 3 AND c.cohort BETWEEN ? AND ? GROUP BY c.agent_id"));
    paid.bind({s.id, cohorts.from.key(), cohorts.to.key()});
    if (auto st = paid.exec(); !st)
        return st.error();
    QHash<qint64, qint64> paidAt3;
    while (paid.next())
        paidAt3.insert(paid.intValue(0), paid.intValue(1));
    for (SnapshotRow &r : rows) {
        const qint64 base = cohortSize.value(r.agentId);
        if (base > 0)
            r.retention3m = std::min(1.0, double(paidAt3.value(r.agentId)) / double(base));
    }

    Query t(m_db.connection(), QStringLiteral(
        "SELECT a.id, t.year, t.month, t.target FROM targets t JOIN agents a ON a.code = t.code"
        " JOIN monev_attendance m ON m.agent_id = a.id WHERE m.session_id = ? AND t.level = 'agen' AND t.year BETWEEN ? AND ?"));
    t.bind({s.id, range.from.year(), range.to.year()});
    if (auto st = t.exec(); !st)
        return st.error();
    QHash<qint64, QHash<int, qint64>> monthly, yearly;
    while (t.next()) {
        const int month = static_cast<int>(t.intValue(2));
        if (month == 0)
            yearly[t.intValue(0)].insert(static_cast<int>(t.intValue(1)), t.intValue(3));
        else
            monthly[t.intValue(0)].insert(static_cast<int>(t.intValue(1)) * 100 + month, t.intValue(3));
    }
    for (SnapshotRow &r : rows)
        r.target = targetFor(monthly.value(r.agentId), yearly.value(r.agentId), range);

    // Competition ranking by acquisitions: equal figures share a rank (1, 1, 3).
    std::vector<SnapshotRow *> order;
    for (SnapshotRow &r : rows)
        order.push_back(&r);
    std::stable_sort(order.begin(), order.end(), [](auto *a, auto *b) { return a->acquisitions > b->acquisitions; });
    for (size_t i = 0; i < order.size(); ++i)
        order[i]->rank = (i > 0 && order[i]->acquisitions == order[i - 1]->acquisitions) ? order[i - 1]->rank : static_cast<int>(i + 1);
    return rows;
}

Status MonevRepository::writeSnapshot(qint64 sessionId, const std::vector<SnapshotRow> &rows)
{
    for (const SnapshotRow &r : rows) {
        Query q(m_db.connection(), QStringLiteral(
            "INSERT INTO monev_snapshots (session_id, agent_id, acquisitions, prev_acquisitions, active_recruits, target,"
            " retention_3m, collected, rank) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.bind({sessionId, r.agentId, r.acquisitions, r.prevAcquisitions, r.activeRecruits, r.target,
                r.retention3m ? QVariant(*r.retention3m) : QVariant(QMetaType::fromType<double>()), r.collected, r.rank});
        if (auto st = q.exec(); !st)
            return st;
    }
    return audit(QStringLiteral("insert"), QStringLiteral("monev_snapshots"), sessionId,
                 QStringLiteral("snapshot of %1 agents").arg(rows.size()));
}

Result<std::vector<SnapshotRow>> MonevRepository::snapshot(qint64 sessionId) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT a.id, a.code, a.name, w.name, a.joined_on, n.acquisitions, n.prev_acquisitions, n.active_recruits, n.target,"
        " n.retention_3m, n.collected, n.rank FROM monev_snapshots n JOIN agents a ON a.id = n.agent_id"
        " LEFT JOIN wadah w ON w.id = a.wadah_id WHERE n.session_id = ?"
        " ORDER BY CASE WHEN n.rank IS NULL THEN 1 ELSE 0 END, n.rank, a.code"));
    q.bind(sessionId);
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<SnapshotRow> out;
    while (q.next()) {
        SnapshotRow r;
        r.agentId = q.intValue(0);
        r.code = q.text(1);
        r.name = q.text(2);
        r.wadahName = q.text(3);
        r.joinedOn = dateFrom(q.value(4));
        r.acquisitions = static_cast<int>(q.intValue(5));
        r.prevAcquisitions = static_cast<int>(q.intValue(6));
        r.activeRecruits = static_cast<int>(q.intValue(7));
        r.target = static_cast<int>(q.intValue(8));
        if (!q.value(9).isNull())
            r.retention3m = q.value(9).toDouble();
        r.collected = q.intValue(10);
        r.rank = static_cast<int>(q.intValue(11));
        out.push_back(r);
    }
    return out;
}

} // namespace perisai::monev
