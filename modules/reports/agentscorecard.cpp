#include "reports/agentscorecard.h"

#include "core/format.h"
#include "reports/reportcharts.h"
#include "reports/reportdata.h"
#include "reports/reportlabels.h"
#include "ui/personaldata.h"

#include <QCoreApplication>

namespace perisai::reports {
namespace {

std::vector<double> monthValues(const std::map<int, AgentMonth> &months, const PeriodRange &range)
{
    std::vector<double> values;
    for (YearMonth m = range.from; m <= range.to; m = m.addMonths(1)) {
        auto it = months.find(m.key());
        values.push_back(it == months.end() ? 0.0 : static_cast<double>(it->second.acquisitions));
    }
    return values;
}

qint64 total(const std::map<int, AgentMonth> &months, qint64 AgentMonth::*field)
{
    qint64 sum = 0;
    for (const auto &[key, m] : months)
        sum += m.*field;
    return sum;
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

void addRetention(ReportDocument &doc, const std::map<int, AgentMonth> &months,
                  const std::map<std::pair<int, int>, qint64> &paid, const PeriodRange &period, YearMonth lastObserved)
{
    doc.addHeading(Report::tr("Retention of recruits"));
    const int ks[] = {1, 3, 6, 12};
    QList<QStringList> rows;
    qint64 sizes[4] = {};
    qint64 paidUp[4] = {};
    for (YearMonth c = period.from; c <= period.to; c = c.addMonths(1)) {
        auto m = months.find(c.key());
        const qint64 size = m == months.end() ? 0 : m->second.acquisitions;
        if (size == 0)
            continue;
        QStringList row{fmt::yearMonth(c.year(), c.month()), fmt::number(size)};
        for (int i = 0; i < 4; ++i) {
            if (c.addMonths(ks[i]) > lastObserved) {
                row << QStringLiteral("–");
                continue;
            }
            auto p = paid.find({c.key(), ks[i]});
            const qint64 n = p == paid.end() ? 0 : p->second;
            sizes[i] += size;
            paidUp[i] += n;
            row << fmt::percent(static_cast<double>(n) / static_cast<double>(size));
        }
        rows << row;
    }
    if (!rows.isEmpty()) {
        QStringList all{Report::tr("All recruits of the period"), QString()};
        for (int i = 0; i < 4; ++i)
            all << (sizes[i] ? fmt::percent(static_cast<double>(paidUp[i]) / static_cast<double>(sizes[i])) : QStringLiteral("–"));
        rows << all;
    }
    doc.addTable({Report::tr("Registered in"), Report::tr("Recruits"), Report::tr("Paid month 1"), Report::tr("Month 3"), Report::tr("Month 6"), Report::tr("Month 12")},
                 rows, {1, 2, 3, 4, 5});
    doc.addNote(Report::tr("Share of the recruits registered in a month whose contribution is paid 1, 3, 6 and 12 months "
                   "later; \"–\": not yet observable."));
}

void addTargets(ReportDocument &doc, const std::map<int, qint64> &targets, const std::map<int, AgentMonth> &months,
                const PeriodRange &period)
{
    doc.addHeading(Report::tr("Target achievement"));
    if (targets.empty()) {
        doc.addParagraph(Report::tr("No target is set for this agent in the period."));
        return;
    }
    QList<QStringList> rows;
    for (YearMonth m = period.from; m <= period.to; m = m.addMonths(1)) {
        const qint64 target = targetForRange(targets, {m, m});
        auto it = months.find(m.key());
        const qint64 acq = it == months.end() ? 0 : it->second.acquisitions;
        rows << QStringList{fmt::yearMonth(m.year(), m.month()), fmt::number(target), fmt::number(acq),
                            target ? fmt::percent(static_cast<double>(acq) / static_cast<double>(target)) : QStringLiteral("–")};
    }
    doc.addTable({Report::tr("Month"), Report::tr("Target"), Report::tr("Acquisitions"), Report::tr("Achievement")}, rows, {1, 2, 3});
}

void addAttendance(ReportDocument &doc, const std::vector<AttendanceRow> &sessions)
{
    doc.addHeading(Report::tr("Monev attendance"));
    QList<QStringList> rows;
    int present = 0;
    for (const AttendanceRow &s : sessions) {
        rows << QStringList{fmt::date(s.heldOn), s.title, attendanceLabel(s.attendance)};
        present += s.attendance == QLatin1String("present");
    }
    doc.addTable({Report::tr("Date"), Report::tr("Session"), Report::tr("Attendance")}, rows);
    if (!sessions.empty())
        doc.addNote(Report::tr("Present at %1 of %2 sessions (%3).")
                        .arg(present).arg(sessions.size())
                        .arg(fmt::percent(static_cast<double>(present) / static_cast<double>(sessions.size()))));
}

} // namespace

Result<ReportPtr> buildAgentScorecard(const storage::Database &db, const ReportRequest &request)
{
    const ReportData data(db);
    const PeriodRange &period = request.period;
    auto agent = data.agent(request.agentCode);
    if (!agent)
        return agent.error();
    const QList<qint64> ids{agent->id};
    auto history = data.statusHistory(agent->id);
    auto months = data.agentMonths(ids, period);
    auto previous = data.agentMonths(ids, period.previousYear());
    auto paid = data.cohortPaid(ids, period);
    auto observed = data.lastObserved();
    auto targets = data.targets(QStringLiteral("agen"), agent->code, period.from.year(), period.to.year());
    auto attendance = data.attendance(agent->id, period);
    if (auto st = firstError(history, months, previous, paid, observed, targets, attendance); !st)
        return st.error();

    const bool reveal = !request.masked;
    auto doc = std::make_unique<ReportDocument>(reportMeta(
        db, Report::tr("Agent scorecard"),
        QStringLiteral("%1 · %2 · %3").arg(agent->code, agent->name, periodLabel(period)), agent->office.name, request.masked));
    addIdentity(*doc, *agent, reveal);

    const qint64 acquisitions = total(*months, &AgentMonth::acquisitions);
    const qint64 lastYear = total(*previous, &AgentMonth::acquisitions);
    const TargetProgress progress = targetProgress(*targets, *months, period);
    auto last = months->find(period.to.key());
    doc->addHeading(Report::tr("Results in the period"));
    doc->addKeyFigures({
        {Report::tr("Acquisitions"), fmt::number(acquisitions), periodLabel(period)},
        {Report::tr("Same period last year"), fmt::number(lastYear), Report::tr("change %1").arg(changeLabel(acquisitions, lastYear))},
        targetAchievementFigure(progress.acquisitions, progress.target, progress.partial),
        {Report::tr("Recruits still paying"), fmt::number(last == months->end() ? 0 : last->second.activeRecruits),
         Report::tr("paid up for %1").arg(fmt::yearMonth(period.to.year(), period.to.month()))},
        {Report::tr("Contributions collected"), fmt::rupiahShort(total(*months, &AgentMonth::collected)), Report::tr("by the agent in the period")},
    });
    doc->addChart(charts::bars(charts::monthlyComparison(Report::tr("Acquisitions by month"), period, monthValues(*months, period),
                                                         monthValues(*previous, period.previousYear()))),
                  QSizeF(174, 58));

    addTargets(*doc, *targets, *months, period);
    addRetention(*doc, *months, *paid, period, *observed);

    doc->addHeading(Report::tr("Status history"));
    QList<QStringList> rows;
    for (const StatusChange &c : *history)
        rows << QStringList{fmt::date(c.from), agentStatusLabel(c.status), c.reason,
                            c.automatic ? Report::tr("automatic (no activity)") : c.changedBy};
    doc->addTable({Report::tr("From"), Report::tr("Status"), Report::tr("Reason"), Report::tr("Changed by")}, rows);

    addAttendance(*doc, *attendance);
    return doc;
}

} // namespace perisai::reports
