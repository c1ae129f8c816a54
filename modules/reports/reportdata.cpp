#include "reports/reportdata.h"

#include "core/format.h"

#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <cmath>

namespace perisai::reports {
namespace {

using storage::Query;

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// "?, ?, ?" for the ids, bound in order; "NULL" for none, so that IN (NULL) matches nothing.
QString inList(Query &q, const QList<qint64> &ids)
{
    QStringList marks;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        q.bind(id);
    }
    return marks.isEmpty() ? QStringLiteral("NULL") : marks.join(QStringLiteral(", "));
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.isEmpty() ? QStringLiteral("NULL") : marks.join(QStringLiteral(", "));
}

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

Result<std::map<int, AgentMonth>> ReportData::agentMonths(const QList<qint64> &agentIds, const PeriodRange &range) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT period, SUM(acquisitions), SUM(active_recruits), SUM(collected) FROM summary_agent_month "
        "WHERE period BETWEEN ? AND ? AND agent_id IN (%1) GROUP BY period").arg(placeholders(agentIds.size())));
    q.bind({range.from.key(), range.to.key()});
    inList(q, agentIds);
    if (auto st = q.exec(); !st)
        return st.error();
    std::map<int, AgentMonth> months;
    while (q.next())
        months[q.value(0).toInt()] = {q.intValue(1), q.intValue(2), q.intValue(3)};
    return months;
}

Result<std::map<qint64, AgentMonth>> ReportData::perAgent(const QList<qint64> &agentIds, const PeriodRange &range) const
{
    // Active recruits are a stock, not a flow: the last month of the range, not a sum.
    Query q(m_db.connection(), QStringLiteral(
        "SELECT agent_id, SUM(acquisitions), SUM(CASE WHEN period = ? THEN active_recruits ELSE 0 END), SUM(collected) "
        "FROM summary_agent_month WHERE period BETWEEN ? AND ? AND agent_id IN (%1) GROUP BY agent_id")
                .arg(placeholders(agentIds.size())));
    q.bind({range.to.key(), range.from.key(), range.to.key()});
    inList(q, agentIds);
    if (auto st = q.exec(); !st)
        return st.error();
    std::map<qint64, AgentMonth> rows;
    while (q.next())
        rows[q.intValue(0)] = {q.intValue(1), q.intValue(2), q.intValue(3)};
    return rows;
}

Result<std::map<std::pair<int, int>, qint64>> ReportData::cohortPaid(const QList<qint64> &agentIds, const PeriodRange &cohorts) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT cohort, k, SUM(paid) FROM summary_cohort WHERE cohort BETWEEN ? AND ? AND agent_id IN (%1) "
        "GROUP BY cohort, k").arg(placeholders(agentIds.size())));
    q.bind({cohorts.from.key(), cohorts.to.key()});
    inList(q, agentIds);
    if (auto st = q.exec(); !st)
        return st.error();
    std::map<std::pair<int, int>, qint64> paid;
    while (q.next())
        paid[{q.value(0).toInt(), q.value(1).toInt()}] = q.intValue(2);
    return paid;
}

Result<YearMonth> ReportData::lastObserved() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT MAX(period) FROM contributions"));
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->isNull() ? YearMonth() : YearMonth::fromKey(v->toInt());
}

Result<std::map<int, qint64>> ReportData::targets(const QString &level, const QString &code, int fromYear, int toYear) const
{
    Query q(m_db.connection(), QStringLiteral(
        "SELECT year, month, target FROM targets WHERE level = ? AND code = ? AND year BETWEEN ? AND ?"));
    q.bind({level, code, fromYear, toYear});
    if (auto st = q.exec(); !st)
        return st.error();
    std::map<int, qint64> targets;
    while (q.next())
        targets[q.value(0).toInt() * 100 + q.value(1).toInt()] = q.intValue(2);
    return targets;
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
    Query q(m_db.connection(), QStringLiteral("SELECT MIN(reg_period), MAX(reg_period) FROM participants"));
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next() || q.value(0).isNull())
        return PeriodRange{};
    return PeriodRange{YearMonth::fromKey(q.value(0).toInt()), YearMonth::fromKey(q.value(1).toInt())};
}

namespace {

bool yearHasTargets(const std::map<int, qint64> &targets, int year)
{
    auto it = targets.lower_bound(year * 100);
    return it != targets.end() && it->first <= year * 100 + 12;
}

// A month's share: its own figure in a year with monthly figures, else a twelfth of the year's.
double monthTarget(const std::map<int, qint64> &targets, YearMonth m)
{
    const auto firstMonthly = targets.lower_bound(m.year() * 100 + 1);
    if (firstMonthly != targets.end() && firstMonthly->first <= m.year() * 100 + 12) {
        auto it = targets.find(m.key());
        return it == targets.end() ? 0.0 : static_cast<double>(it->second);
    }
    auto it = targets.find(m.year() * 100);
    return it == targets.end() ? 0.0 : static_cast<double>(it->second) / 12.0;
}

} // namespace

qint64 targetForRange(const std::map<int, qint64> &targets, const PeriodRange &range)
{
    double total = 0;
    for (YearMonth m = range.from; m <= range.to; m = m.addMonths(1))
        total += monthTarget(targets, m);
    return std::llround(total);
}

TargetProgress targetProgress(const std::map<int, qint64> &targets, const std::map<int, AgentMonth> &months,
                              const PeriodRange &range)
{
    TargetProgress progress;
    double target = 0;
    for (YearMonth m = range.from; m <= range.to; m = m.addMonths(1)) {
        if (!yearHasTargets(targets, m.year())) {
            progress.partial = true;
            continue;
        }
        target += monthTarget(targets, m);
        if (auto it = months.find(m.key()); it != months.end())
            progress.acquisitions += it->second.acquisitions;
    }
    progress.target = std::llround(target);
    return progress;
}

} // namespace perisai::reports
