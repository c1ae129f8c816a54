#include "agentscorecard.h"

#include "agentrepository.h"
#include "core/format.h"
#include "figures/followup.h"
#include "figures/kpiscope.h"
#include "figures/kpiservice.h"
#include "reports/reportcharts.h"
#include "reports/reportlabels.h"
#include "ui/personaldata.h"
#include "wadahrepository.h"

#include <QCoreApplication>

namespace perisai::roster {

using namespace reports;

namespace {

// The agent as the scorecard names it: the roster's row with its wadah and office.
struct Identity {
    Agent agent;
    QString wadah;  // "W-001 · Koperasi Tani", "–" without one
    QString office; // its name
};

Result<Identity> identityOf(const storage::Database &db, const QString &code)
{
    const AgentRepository agents(db);
    auto id = agents.idByCode(code);
    if (!id)
        return id.error();
    if (*id == 0)
        return makeError(QCoreApplication::translate("Report", "no agent with code \"%1\"").arg(code));
    auto agent = agents.load(*id);
    if (!agent)
        return agent.error();
    auto office = figures::officeName(db, agent->officeId);
    if (!office)
        return office.error();
    Identity identity{*agent, QStringLiteral("–"), *office};
    if (agent->wadahId) {
        auto wadah = WadahRepository(db).load(agent->wadahId);
        if (!wadah)
            return wadah.error();
        identity.wadah = wadah->code + QStringLiteral(" · ") + wadah->name;
    }
    return identity;
}

void addIdentity(ReportDocument &doc, const Identity &identity, bool reveal)
{
    const Agent &a = identity.agent;
    doc.addHeading(Report::tr("Identity"));
    const QString status = a.statusSince.isValid()
                               ? Report::tr("%1 since %2").arg(agentStatusLabel(statusKey(a.status)), fmt::date(a.statusSince))
                               : agentStatusLabel(statusKey(a.status));
    doc.addKeyValues({
        {Report::tr("Agent code"), a.code},
        {Report::tr("Name"), a.name},
        {Report::tr("NIK"), ui::showNik(a.nik, reveal)},
        {Report::tr("Phone"), ui::showPhone(a.phone, reveal)},
        {Report::tr("Wadah"), identity.wadah},
        {Report::tr("Office"), identity.office},
        {Report::tr("Joined"), fmt::date(a.joinedOn)},
        {Report::tr("Briefed"), a.briefedOn.isValid() ? fmt::date(a.briefedOn) : Report::tr("not yet")},
        {Report::tr("Bank"), a.bank},
        {Report::tr("Account"), ui::showAccount(a.accountNo, reveal)},
        {Report::tr("BPU participant"), a.isBpuParticipant ? Report::tr("Yes, KPJ %1").arg(ui::showAccount(a.kpj, reveal)) : yesNo(false)},
        {Report::tr("Status"), status},
    });
}

// The cohort table of the figures layer (k = 1, 3, 6, 12) and its total: the agent's retention as the
// roster, the dashboard and `kpi --by agent` give it.
void addRetention(ReportDocument &doc, const figures::DashboardData &d, const figures::UnitFigures &agent)
{
    doc.addHeading(Report::tr("Retention of recruits"));
    QList<QStringList> rows;
    for (const indicators::CohortRow &c : d.cohorts) {
        if (c.size == 0)
            continue;
        QStringList row{fmt::yearMonth(c.cohort.year(), c.cohort.month()), fmt::number(c.size)};
        for (int k : figures::kRetentionMonths)
            row << (static_cast<size_t>(k) < c.shares.size() ? fmt::percent(c.shares[static_cast<size_t>(k)]) : QStringLiteral("–"));
        rows << row;
    }
    if (!rows.isEmpty()) {
        QStringList all{Report::tr("All recruits of the period"), QString()};
        for (int k : figures::kRetentionMonths)
            all << fmt::percent(agent.retention(k));
        rows << all;
    }
    doc.addTable({Report::tr("Registered in"), Report::tr("Recruits"), Report::tr("Paid month 1"), Report::tr("Month 3"), Report::tr("Month 6"), Report::tr("Month 12")},
                 rows, {1, 2, 3, 4, 5});
    doc.addNote(Report::tr("Share of the recruits registered in a month whose contribution is paid 1, 3, 6 and 12 months "
                   "later; \"–\": not yet observable."));
}

void addTargets(ReportDocument &doc, const figures::DashboardData &d)
{
    doc.addHeading(Report::tr("Target achievement"));
    if (d.summary.target <= 0) {
        doc.addParagraph(Report::tr("No target is set for this agent in the period."));
        return;
    }
    QList<QStringList> rows;
    for (const figures::MonthFigures &m : d.months) {
        const qint64 target = m.wholeTarget();
        rows << QStringList{fmt::yearMonth(m.month.year(), m.month.month()), fmt::number(target), fmt::number(m.acquisitions),
                            target ? fmt::percent(m.achievement(d.summary.cap).ratio) : QStringLiteral("–")};
    }
    doc.addTable({Report::tr("Month"), Report::tr("Target"), Report::tr("Acquisitions"), Report::tr("Achievement")}, rows, {1, 2, 3});
}

void addAttendance(ReportDocument &doc, const std::vector<figures::AttendanceMark> &sessions)
{
    doc.addHeading(Report::tr("Monev attendance"));
    QList<QStringList> rows;
    figures::AttendanceCounts counts;
    for (const figures::AttendanceMark &s : sessions) {
        rows << QStringList{fmt::date(s.heldOn), s.title, attendanceLabel(s.mark)};
        counts.add(s.mark);
    }
    doc.addTable({Report::tr("Date"), Report::tr("Session"), Report::tr("Attendance")}, rows, {}, {0});
    if (!sessions.empty())
        doc.addNote(Report::tr("Present at %1 of %2 sessions (%3).")
                        .arg(counts.present).arg(counts.invited)
                        .arg(fmt::percent(counts.rate())));
}

} // namespace

Result<ReportPtr> buildAgentScorecard(const storage::Database &db, const ReportRequest &request)
{
    auto identity = identityOf(db, request.agentCode);
    if (!identity)
        return identity.error();
    const Agent &agent = identity->agent;
    // The agent's figures from the figures layer: the same as the roster's, the dashboard's and `kpi --by agent`.
    auto dash = figures::KpiService(db).dashboard({{}, {}, agent.code}, request.period, request.today);
    if (!dash)
        return dash.error();
    const figures::KpiSummary &s = dash->summary;
    const PeriodRange &period = s.period;
    auto history = AgentRepository(db).history(agent.id); // newest first
    auto attendance = figures::agentAttendance(db, agent.id, period);
    if (auto st = firstError(history, attendance); !st)
        return st.error();
    const figures::UnitFigures one = dash->byAgent.empty() ? figures::UnitFigures{} : dash->byAgent.front();

    const bool reveal = !request.masked;
    const QString periodText = periodLabel(period) + figures::cutNote(s.figuresPeriod);
    auto doc = std::make_unique<ReportDocument>(reportMeta(
        db, Report::tr("Agent scorecard"),
        QStringLiteral("%1 · %2 · %3").arg(agent.code, agent.name, periodText), identity->office, request.masked));
    addIdentity(*doc, *identity, reveal);

    doc->addHeading(Report::tr("Results in the period"));
    doc->addKeyFigures({
        {Report::tr("Acquisitions"), fmt::number(s.acquisitions), periodText},
        {Report::tr("Same period last year"), fmt::number(s.acquisitionsSamePeriodLastYear),
         Report::tr("change %1").arg(changeLabel(s.acquisitions, s.acquisitionsSamePeriodLastYear))},
        targetAchievementFigure(s.achievement, s.target, figures::targetSourceText(s.targetSource)),
        {Report::tr("Recruits still paying"), fmt::number(s.activeRecruits),
         Report::tr("paid up for %1").arg(fmt::yearMonth(period.to.year(), period.to.month()))},
        {Report::tr("Contributions collected"), fmt::rupiahShort(one.collected), Report::tr("by the agent in the period")},
    });
    doc->addChart(charts::bars(charts::acquisitionsByMonth(period, dash->months)), QSizeF(174, 58));

    addTargets(*doc, *dash);
    addRetention(*doc, *dash, one);

    doc->addHeading(Report::tr("Status history"));
    QList<QStringList> rows;
    for (auto c = history->crbegin(); c != history->crend(); ++c) // oldest first
        rows << QStringList{fmt::date(c->fromDate), agentStatusLabel(statusKey(c->status)), c->reason,
                            c->automatic ? Report::tr("automatic (no activity)") : c->changedBy};
    doc->addTable({Report::tr("From"), Report::tr("Status"), Report::tr("Reason"), Report::tr("Changed by")}, rows, {}, {0});

    addAttendance(*doc, *attendance);
    return doc;
}

} // namespace perisai::roster
