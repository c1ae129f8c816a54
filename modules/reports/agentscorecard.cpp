#include "reports/agentscorecard.h"

#include "core/format.h"
#include "figures/followup.h"
#include "figures/kpiservice.h"
#include "reports/reportcharts.h"
#include "reports/reportdata.h"
#include "reports/reportlabels.h"
#include "ui/personaldata.h"

#include <QCoreApplication>
#include <cmath>

namespace perisai::reports {
namespace {

std::vector<double> acquisitionsOf(const std::vector<figures::MonthFigures> &months, bool lastYear)
{
    std::vector<double> values;
    for (const figures::MonthFigures &m : months)
        values.push_back(static_cast<double>(lastYear ? m.acquisitionsLastYear : m.acquisitions));
    return values;
}

void addIdentity(ReportDocument &doc, const AgentIdentity &a, bool reveal)
{
    doc.addHeading(Report::tr("Identity"));
    const QString wadah = a.wadahCode.isEmpty() ? QStringLiteral("–") : a.wadahCode + QStringLiteral(" · ") + a.wadahName;
    const QString status = a.statusSince.isValid()
                               ? Report::tr("%1 since %2").arg(agentStatusLabel(a.status), fmt::date(a.statusSince))
                               : agentStatusLabel(a.status);
    doc.addKeyValues({
        {Report::tr("Agent code"), a.code},
        {Report::tr("Name"), a.name},
        {Report::tr("NIK"), ui::showNik(a.nik, reveal)},
        {Report::tr("Phone"), ui::showPhone(a.phone, reveal)},
        {Report::tr("Wadah"), wadah},
        {Report::tr("Office"), a.office.name},
        {Report::tr("Joined"), fmt::date(a.joinedOn)},
        {Report::tr("Briefed"), a.briefedOn.isValid() ? fmt::date(a.briefedOn) : Report::tr("not yet")},
        {Report::tr("Bank"), a.bank},
        {Report::tr("Account"), ui::showAccount(a.accountNo, reveal)},
        {Report::tr("BPU participant"), a.bpuParticipant ? Report::tr("Yes, KPJ %1").arg(ui::showAccount(a.kpj, reveal)) : yesNo(false)},
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

void addAttendance(ReportDocument &doc, const std::vector<AttendanceRow> &sessions)
{
    doc.addHeading(Report::tr("Monev attendance"));
    QList<QStringList> rows;
    figures::AttendanceCounts counts;
    for (const AttendanceRow &s : sessions) {
        rows << QStringList{fmt::date(s.heldOn), s.title, attendanceLabel(s.attendance)};
        counts.add(s.attendance);
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
    const ReportData data(db);
    auto agent = data.agent(request.agentCode);
    if (!agent)
        return agent.error();
    // The agent's figures from the figures layer: the same as the roster's, the dashboard's and `kpi --by agent`.
    auto dash = figures::KpiService(db).dashboard({{}, {}, agent->code}, request.period, request.today);
    if (!dash)
        return dash.error();
    const figures::KpiSummary &s = dash->summary;
    const PeriodRange &period = s.period;
    auto history = data.statusHistory(agent->id);
    auto attendance = data.attendance(agent->id, period);
    if (auto st = firstError(history, attendance); !st)
        return st.error();
    const figures::UnitFigures one = dash->byAgent.empty() ? figures::UnitFigures{} : dash->byAgent.front();

    const bool reveal = !request.masked;
    const QString periodText = periodLabel(period) + figures::cutNote(s.figuresPeriod);
    auto doc = std::make_unique<ReportDocument>(reportMeta(
        db, Report::tr("Agent scorecard"),
        QStringLiteral("%1 · %2 · %3").arg(agent->code, agent->name, periodText), agent->office.name, request.masked));
    addIdentity(*doc, *agent, reveal);

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
    doc->addChart(charts::bars(charts::monthlyComparison(Report::tr("Acquisitions by month"), period,
                                                         acquisitionsOf(dash->months, false), acquisitionsOf(dash->months, true))),
                  QSizeF(174, 58));

    addTargets(*doc, *dash);
    addRetention(*doc, *dash, one);

    doc->addHeading(Report::tr("Status history"));
    QList<QStringList> rows;
    for (const StatusChange &c : *history)
        rows << QStringList{fmt::date(c.from), agentStatusLabel(c.status), c.reason,
                            c.automatic ? Report::tr("automatic (no activity)") : c.changedBy};
    doc->addTable({Report::tr("From"), Report::tr("Status"), Report::tr("Reason"), Report::tr("Changed by")}, rows, {}, {0});

    addAttendance(*doc, *attendance);
    return doc;
}

} // namespace perisai::reports
