#include "agentdetail.h"

#include "figures/kpiscope.h"
#include "roster/agentrepository.h"
#include "storage/values.h"
#include "roster/wadahrepository.h"
#include "storage/database.h"
#include "storage/query.h"

namespace perisai::roster {
using storage::Query;

namespace {

Status loadMonev(const storage::Database &db, AgentDetail &d)
{
    Query q(db.connection(), QStringLiteral(
        "SELECT s.held_on, s.title, a.attendance FROM monev_attendance a JOIN monev_sessions s ON s.id = a.session_id "
        "WHERE a.agent_id = ? ORDER BY s.held_on DESC"));
    if (auto st = q.bind(d.agent.id).exec(); !st)
        return st;
    while (q.next())
        d.monev.append({storage::readDate(q.value(0)), q.text(1), q.text(2)});
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
    if (auto office = figures::officeName(db, d.agent.officeId))
        d.officeName = *office;
    auto computed = figures::agentFigures(db, d.agent.code, {{month.year(), 1}, month}, QDate::currentDate());
    if (!computed)
        return computed.error();
    d.figures = std::move(*computed);
    d.months = QList<AgentMonth>(d.figures.months.begin(), d.figures.months.end());
    for (auto load : {loadMonev, loadAudit})
        if (auto st = load(db, d); !st)
            return st.error();
    auto cases = agentOpenCases(db, agentId);
    if (!cases)
        return cases.error();
    d.openCases = *cases;
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
