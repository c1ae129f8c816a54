#include "reports/reportdata.h"

#include "core/format.h"
#include "figures/period.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>

namespace perisai::reports {
namespace {

using storage::iso;
using storage::Query;

template <typename T, typename Read>
Result<std::vector<T>> readAll(Query &q, Read read)
{
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<T> rows;
    while (q.next())
        rows.push_back(read(q));
    return rows;
}

Result<std::vector<Choice>> choices(const storage::Database &db, const QString &sql)
{
    Query q(db.connection(), sql);
    return readAll<Choice>(q, [](Query &r) { return Choice{r.text(0), r.text(0) + QStringLiteral(" · ") + r.text(1)}; });
}

} // namespace

Result<AgentIdentity> ReportData::agent(const QString &code) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT a.id, a.code, a.nik, a.name, a.sex, a.birth_date, a.phone, a.address, a.joined_on, a.bank, a.account_no,"
        " a.kpj, a.is_bpu_participant, a.has_account, a.has_device, a.briefed_on, a.status, a.status_since,"
        " a.wadah_id, w.code, w.name, o.id, o.code, o.name "
        "FROM agents a JOIN offices o ON o.id = a.office_id LEFT JOIN wadah w ON w.id = a.wadah_id WHERE a.code = ?"));
    q.bind(code);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return makeError(QCoreApplication::translate("Report", "no agent with code \"%1\"").arg(code));
    AgentIdentity a;
    a.id = q.intValue(0);
    a.code = q.text(1);
    a.nik = q.text(2);
    a.name = q.text(3);
    a.sex = q.text(4);
    a.birthDate = q.value(5).toDate();
    a.phone = q.text(6);
    a.address = q.text(7);
    a.joinedOn = q.value(8).toDate();
    a.bank = q.text(9);
    a.accountNo = q.text(10);
    a.kpj = q.text(11);
    a.bpuParticipant = q.intValue(12) != 0;
    a.hasAccount = q.intValue(13) != 0;
    a.hasDevice = q.intValue(14) != 0;
    a.briefedOn = q.value(15).toDate();
    a.status = q.text(16);
    a.statusSince = q.value(17).toDate();
    a.wadahId = q.intValue(18);
    a.wadahCode = q.text(19);
    a.wadahName = q.text(20);
    a.office = {q.intValue(21), q.text(22), q.text(23)};
    return a;
}

Result<std::vector<StatusChange>> ReportData::statusHistory(qint64 agentId) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT from_date, status, reason, automatic, changed_by FROM agent_status_history "
        "WHERE agent_id = ? ORDER BY from_date, id"));
    q.bind(agentId);
    return readAll<StatusChange>(q, [](Query &r) {
        return StatusChange{r.value(0).toDate(), r.text(1), r.text(2), r.intValue(3) != 0, r.text(4)};
    });
}

Result<std::vector<AttendanceRow>> ReportData::attendance(qint64 agentId, const PeriodRange &range) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT s.held_on, s.title, a.attendance FROM monev_attendance a JOIN monev_sessions s ON s.id = a.session_id "
        "WHERE a.agent_id = ? AND s.status IN ('held', 'closed') AND s.held_on BETWEEN ? AND ? ORDER BY s.held_on, s.id"));
    q.bind({agentId, iso(range.from.firstDay()), iso(range.to.lastDay())});
    return readAll<AttendanceRow>(q, [](Query &r) { return AttendanceRow{r.value(0).toDate(), r.text(1), r.text(2)}; });
}

Result<WadahIdentity> ReportData::wadah(const QString &code) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT w.id, w.code, w.name, w.kind, w.address, w.village, w.supervisor, w.leader_name, w.phone, w.partner_bank,"
        " w.legal_status, w.status, o.id, o.code, o.name FROM wadah w JOIN offices o ON o.id = w.office_id WHERE w.code = ?"));
    q.bind(code);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return makeError(QCoreApplication::translate("Report", "no wadah with code \"%1\"").arg(code));
    WadahIdentity w;
    w.id = q.intValue(0);
    w.code = q.text(1);
    w.name = q.text(2);
    w.kind = q.text(3);
    w.address = q.text(4);
    w.village = q.text(5);
    w.supervisor = q.text(6);
    w.leader = q.text(7);
    w.phone = q.text(8);
    w.partnerBank = q.text(9);
    w.legalStatus = q.text(10);
    w.status = q.text(11);
    w.office = {q.intValue(12), q.text(13), q.text(14)};
    return w;
}

Result<std::vector<AgentSummaryRow>> ReportData::wadahAgents(qint64 wadahId) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT id, code, name, status, joined_on FROM agents WHERE wadah_id = ? ORDER BY code"));
    q.bind(wadahId);
    return readAll<AgentSummaryRow>(q, [](Query &r) {
        return AgentSummaryRow{r.intValue(0), r.text(1), r.text(2), r.text(3), r.value(4).toDate()};
    });
}

Result<std::vector<AgreementRow>> ReportData::agreements(qint64 wadahId) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT id, previous_id, number, status, signatory_branch, signatory_wadah, termination_reason, signed_on,"
        " starts_on, ends_on, terminated_on, target_participants FROM agreements WHERE wadah_id = ? ORDER BY starts_on, id"));
    q.bind(wadahId);
    return readAll<AgreementRow>(q, [](Query &r) {
        AgreementRow a;
        a.id = r.intValue(0);
        a.previousId = r.intValue(1);
        a.number = r.text(2);
        a.status = r.text(3);
        a.signatoryBranch = r.text(4);
        a.signatoryWadah = r.text(5);
        a.terminationReason = r.text(6);
        a.signedOn = r.value(7).toDate();
        a.startsOn = r.value(8).toDate();
        a.endsOn = r.value(9).toDate();
        a.terminatedOn = r.value(10).toDate();
        a.targetParticipants = r.intValue(11);
        return a;
    });
}

Result<std::vector<Choice>> ReportData::offices() const
{
    return choices(m_db, QStringLiteral("SELECT code, name FROM offices ORDER BY CASE kind WHEN 'kanwil' THEN 0 WHEN 'kc' THEN 1 ELSE 2 END, code"));
}

Result<std::vector<Choice>> ReportData::agentChoices() const
{
    return choices(m_db, QStringLiteral("SELECT code, name FROM agents ORDER BY code"));
}

Result<std::vector<Choice>> ReportData::wadahChoices() const
{
    return choices(m_db, QStringLiteral("SELECT code, name FROM wadah ORDER BY code"));
}

Result<std::vector<Choice>> ReportData::sessionChoices() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT id, held_on, title FROM monev_sessions ORDER BY held_on DESC, id DESC"));
    return readAll<Choice>(q, [](Query &r) {
        // The number first: the one the command line takes (report --type monev --session N).
        return Choice{r.text(0), QCoreApplication::translate("Report", "No. %1 · %2 · %3")
                                     .arg(r.text(0), fmt::date(r.value(1).toDate()), r.text(2))};
    });
}

Result<PeriodRange> ReportData::dataRange() const
{
    // The first month with registrations up to the last month with data (where every period is cut).
    Query q(m_db.connection(), QStringLiteral("SELECT MIN(reg_period) FROM participants"));
    auto first = q.scalar();
    if (!first)
        return first.error();
    auto last = figures::lastMonthWithData(m_db);
    if (!last)
        return last.error();
    if (first->isNull() || !last->isValid())
        return PeriodRange{};
    return PeriodRange{YearMonth::fromKey(first->toInt()), *last};
}

} // namespace perisai::reports
