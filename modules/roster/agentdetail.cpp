#include "agentdetail.h"

#include "roster/agentrepository.h"
#include "roster/sqlvalues.h"
#include "roster/wadahrepository.h"
#include "storage/database.h"
#include "storage/query.h"

namespace perisai::roster {
using storage::Query;

qint64 AgentDetail::yearAcquisitions() const
{
    qint64 sum = 0;
    for (const AgentMonth &m : months)
        if (m.period / 100 == month.year() && m.period <= month.key())
            sum += m.acquisitions;
    return sum;
}

qint64 AgentDetail::activeRecruitsNow() const
{
    return months.isEmpty() ? 0 : months.last().activeRecruits;
}

namespace {

Status loadMonths(const storage::Database &db, AgentDetail &d)
{
    const YearMonth first = d.month.addMonths(-23);
    Query q(db.connection(), QStringLiteral(
        "SELECT period, acquisitions, active_recruits, collected FROM summary_agent_month "
        "WHERE agent_id = ? AND period BETWEEN ? AND ?"));
    if (auto st = q.bind({d.agent.id, first.key(), d.month.key()}).exec(); !st)
        return st;
    std::map<int, AgentMonth> found;
    while (q.next())
        found[q.value(0).toInt()] = {q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()};
    for (YearMonth m = first; m <= d.month; m = m.addMonths(1)) {
        auto it = found.find(m.key());
        d.months.append(it != found.end() ? it->second : AgentMonth{m.key(), 0, 0, 0});
    }
    return {};
}

// Retention at k months: of the recruits of every cohort at least k months old, the share paid for cohort + k.
Status loadRetention(const storage::Database &db, AgentDetail &d)
{
    std::map<int, qint64> cohortSize;
    Query sizes(db.connection(), QStringLiteral(
        "SELECT period, acquisitions FROM summary_agent_month WHERE agent_id = ? AND acquisitions > 0 AND period <= ?"));
    if (auto st = sizes.bind({d.agent.id, d.month.key()}).exec(); !st)
        return st;
    while (sizes.next())
        cohortSize[sizes.value(0).toInt()] = sizes.value(1).toLongLong();
    Query paid(db.connection(), QStringLiteral(
        "SELECT cohort, k, SUM(paid) FROM summary_cohort WHERE agent_id = ? AND k IN (1, 3, 6, 12) AND period <= ? "
        "GROUP BY cohort, k"));
    if (auto st = paid.bind({d.agent.id, d.month.key()}).exec(); !st)
        return st;
    std::map<int, qint64> paidAt;
    while (paid.next())
        paidAt[paid.value(1).toInt()] += paid.value(2).toLongLong();
    for (int k : {1, 3, 6, 12}) {
        qint64 base = 0;
        for (const auto &[cohort, size] : cohortSize)
            if (YearMonth::fromKey(cohort).addMonths(k) <= d.month)
                base += size;
        d.retentionBase[k] = base;
        if (base > 0)
            d.retention[k] = double(paidAt[k]) / double(base);
    }
    return {};
}

Status loadMonev(const storage::Database &db, AgentDetail &d)
{
    Query q(db.connection(), QStringLiteral(
        "SELECT s.held_on, s.title, a.attendance FROM monev_attendance a JOIN monev_sessions s ON s.id = a.session_id "
        "WHERE a.agent_id = ? ORDER BY s.held_on DESC"));
    if (auto st = q.bind(d.agent.id).exec(); !st)
        return st;
    while (q.next())
        d.monev.append({readDate(q.value(0)), q.text(1), q.text(2)});
    return {};
}

Status loadAudit(const storage::Database &db, AgentDetail &d)
{
    Query q(db.connection(), QStringLiteral(
        "SELECT at, user_name, action, summary FROM audit_log WHERE table_name = 'agents' AND row_id = ? ORDER BY id DESC LIMIT 100"));
    if (auto st = q.bind(d.agent.id).exec(); !st)
        return st;
    while (q.next())
        d.audit.append({QDateTime::fromString(q.text(0), Qt::ISODateWithMs).toLocalTime(), q.text(1), q.text(2), q.text(3)});
    return {};
}

} // namespace

Result<AgentDetail> loadAgentDetail(const storage::Database &db, qint64 agentId, YearMonth month)
{
    AgentRepository agents(db);
    auto agent = agents.load(agentId);
    if (!agent)
        return agent.error();
    AgentDetail d;
    d.agent = *agent;
    d.month = month;
    if (d.agent.wadahId > 0)
        if (auto w = WadahRepository(db).load(d.agent.wadahId)) {
            d.wadahName = w->code + QStringLiteral(" · ") + w->name;
            d.partnerBank = w->partnerBank;
        }
    Query office(db.connection(), QStringLiteral("SELECT code, name FROM offices WHERE id = ?"));
    if (office.bind(d.agent.officeId).exec().ok() && office.next())
        d.officeName = office.text(1);
    Query recruits(db.connection(), QStringLiteral("SELECT COUNT(*) FROM participants WHERE agent_id = ?"));
    if (auto n = recruits.bind(agentId).scalar(); n)
        d.recruits = n->toLongLong();
    Query target(db.connection(), QStringLiteral(
        "SELECT COALESCE(MAX(CASE WHEN month = 0 THEN target END), SUM(CASE WHEN month > 0 THEN target ELSE 0 END)) "
        "FROM targets WHERE level = 'agen' AND code = ? AND year = ?"));
    if (auto t = target.bind({d.agent.code, month.year()}).scalar(); t)
        d.yearTarget = t->toLongLong();
    for (auto load : {loadMonths, loadRetention, loadMonev, loadAudit})
        if (auto st = load(db, d); !st)
            return st.error();
    auto history = agents.history(agentId);
    if (!history)
        return history.error();
    d.history = *history;
    auto notes = agents.notes(agentId);
    if (!notes)
        return notes.error();
    d.notes = *notes;
    return d;
}

} // namespace perisai::roster
