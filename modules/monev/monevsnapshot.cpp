// The performance snapshot of a session: each invited agent's figures for the review period, computed once
// from the summary tables and targets when the session is held, then only read (later imports leave it alone).
#include "monevrepository.h"

#include "figures/unitfigures.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace perisai::monev {

using storage::Query;

namespace {

// The figures layer's agent figures of `range` for the office's agents; none (all zero) when the data do not
// reach the range yet: a session held before its review period's data arrived still gets its snapshot.
Result<QHash<qint64, figures::UnitFigures>> agentFigures(const storage::Database &db, const QString &officeCode,
                                                         const PeriodRange &range, const QDate &today)
{
    QHash<qint64, figures::UnitFigures> out;
    auto until = figures::lastMonthWithData(db);
    if (!until)
        return until.error();
    if (until->isValid() && range.from > *until)
        return out;
    auto table = figures::unitFigures(db, {officeCode, {}, {}}, figures::UnitLevel::Agent, range, today);
    if (!table)
        return table.error();
    for (const figures::UnitFigures &u : table->rows)
        out.insert(u.id, u);
    return out;
}

} // namespace

Result<std::vector<SnapshotRow>> MonevRepository::computeSnapshot(const Session &s) const
{
    const PeriodRange range{YearMonth::fromKey(s.reviewFrom), YearMonth::fromKey(s.reviewTo)};
    if (!range.from.isValid() || !range.to.isValid() || range.to < range.from)
        return makeError(QCoreApplication::translate("monev", "The session has no valid review period"));
    // The previous period of equal length; and the cohorts whose third month falls in the review period
    // (glossary: Retention due at 3 months).
    const PeriodRange previous{range.from.addMonths(-range.months()), range.from.addMonths(-1)};
    const PeriodRange due{range.from.addMonths(-3), range.to.addMonths(-3)};
    QString officeCode;
    if (auto offices = figures::loadOffices(m_db); offices) {
        for (const figures::OfficeNode &o : *offices) {
            if (o.id == s.officeId)
                officeCode = o.code;
        }
    }
    const QDate today = QDate::currentDate();
    auto now = agentFigures(m_db, officeCode, range, today);
    auto before = agentFigures(m_db, officeCode, previous, today);
    // A quarter's previous period is the quarter three months back: the cohorts due now. Read once.
    auto cohorts = due.from == previous.from && due.to == previous.to ? before : agentFigures(m_db, officeCode, due, today);
    auto invited = attendees(s.id);
    if (auto st = firstError(now, before, cohorts, invited); !st)
        return st.error();

    std::vector<figures::UnitFigures> units;
    std::vector<SnapshotRow> rows;
    for (const Attendee &a : *invited) {
        const figures::UnitFigures u = now->value(a.agentId);
        SnapshotRow r;
        r.agentId = a.agentId;
        r.code = a.code;
        r.name = a.name;
        r.wadahName = a.wadahName;
        r.joinedOn = u.joinedOn;
        r.acquisitions = static_cast<int>(u.acquisitions);
        r.prevAcquisitions = static_cast<int>(before->value(a.agentId).acquisitions);
        r.activeRecruits = static_cast<int>(u.activeRecruits);
        r.collected = u.collected;
        r.target = static_cast<int>(u.target.value);
        r.retention3m = cohorts->value(a.agentId).retention(3);
        rows.push_back(r);
        units.push_back(u);
    }
    // The glossary's rank, among the agents invited.
    figures::detail::rank(units);
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i].rank = units[i].rank;
    std::stable_sort(rows.begin(), rows.end(), [](const SnapshotRow &a, const SnapshotRow &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.code < b.code;
    });
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
        r.joinedOn = storage::readDate(q.value(4));
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
