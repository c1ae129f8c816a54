#include "reports/wadahscorecard.h"

#include "core/format.h"
#include "reports/reportcharts.h"
#include "reports/reportdata.h"
#include "reports/reportlabels.h"
#include "ui/personaldata.h"

#include <algorithm>

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

void addIdentity(ReportDocument &doc, const WadahIdentity &w, bool reveal)
{
    doc.addHeading(Report::tr("Identity"));
    QString address = w.address;
    if (!w.village.isEmpty())
        address += (address.isEmpty() ? QString() : QStringLiteral(", ")) + w.village;
    doc.addKeyValues({
        {Report::tr("Wadah code"), w.code},
        {Report::tr("Name"), w.name},
        {Report::tr("Kind"), wadahKindLabel(w.kind)},
        {Report::tr("Office"), w.office.name},
        {Report::tr("Address"), address},
        {Report::tr("Supervisor (Pembina)"), w.supervisor},
        {Report::tr("Leader"), w.leader},
        {Report::tr("Phone"), ui::showPhone(w.phone, reveal)},
        {Report::tr("Partner bank"), w.partnerBank},
        {Report::tr("Legal status"), w.legalStatus},
        {Report::tr("Status"), w.status == QLatin1String("active") ? Report::tr("Active") : Report::tr("Inactive")},
    });
}

// The agreement in force on `day`, if any.
const AgreementRow *inForce(const std::vector<AgreementRow> &chain, const QDate &day)
{
    for (const AgreementRow &a : chain) {
        const bool ended = a.status == QLatin1String("terminated") && (!a.terminatedOn.isValid() || a.terminatedOn <= day);
        if (a.status != QLatin1String("draft") && !ended && a.startsOn <= day && day <= a.endsOn)
            return &a;
    }
    return nullptr;
}

void addAgreements(ReportDocument &doc, const std::vector<AgreementRow> &chain, const QDate &today)
{
    doc.addHeading(Report::tr("Partnership agreements (PKS)"));
    QList<QStringList> rows;
    for (const AgreementRow &a : chain) {
        QString status = agreementStatusLabel(a.status);
        if (a.status == QLatin1String("terminated") && a.terminatedOn.isValid())
            status = Report::tr("Terminated %1").arg(fmt::date(a.terminatedOn));
        rows << QStringList{a.number, fmt::date(a.signedOn), fmt::date(a.startsOn), fmt::date(a.endsOn), status,
                            a.targetParticipants ? fmt::number(a.targetParticipants) : QStringLiteral("–")};
    }
    doc.addTable({Report::tr("Number"), Report::tr("Signed"), Report::tr("From"), Report::tr("Until"), Report::tr("Status"),
                  Report::tr("Target")},
                 rows, {5});
    if (const AgreementRow *current = inForce(chain, today)) {
        doc.addNote(Report::tr("On %1, %2 is in force until %3 (%n day(s) left).", nullptr,
                               static_cast<int>(today.daysTo(current->endsOn)))
                        .arg(fmt::date(today), current->number, fmt::date(current->endsOn)));
    } else {
        doc.addNote(Report::tr("On %1 no PKS is in force.").arg(fmt::date(today)));
    }
}

} // namespace

Result<ReportPtr> buildWadahScorecard(const storage::Database &db, const ReportRequest &request)
{
    const ReportData data(db);
    const PeriodRange &period = request.period;
    auto wadah = data.wadah(request.wadahCode);
    if (!wadah)
        return wadah.error();
    auto agents = data.wadahAgents(wadah->id);
    if (!agents)
        return agents.error();
    QList<qint64> ids;
    for (const AgentSummaryRow &a : *agents)
        ids << a.id;
    auto months = data.agentMonths(ids, period);
    auto previous = data.agentMonths(ids, period.previousYear());
    auto perAgent = data.perAgent(ids, period);
    auto perAgentLastYear = data.perAgent(ids, period.previousYear());
    auto targets = data.targets(QStringLiteral("wadah"), wadah->code, period.from.year(), period.to.year());
    auto chain = data.agreements(wadah->id);
    if (auto st = firstError(months, previous, perAgent, perAgentLastYear, targets, chain); !st)
        return st.error();

    auto doc = std::make_unique<ReportDocument>(reportMeta(
        db, Report::tr("Wadah scorecard"), QStringLiteral("%1 · %2 · %3").arg(wadah->code, wadah->name, periodLabel(period)),
        wadah->office.name, request.masked));
    addIdentity(*doc, *wadah, !request.masked);

    AgentMonth sum;
    for (const auto &[id, m] : *perAgent) {
        sum.acquisitions += m.acquisitions;
        sum.activeRecruits += m.activeRecruits;
        sum.collected += m.collected;
    }
    qint64 lastYear = 0;
    for (const auto &[id, m] : *perAgentLastYear)
        lastYear += m.acquisitions;
    const auto active = std::count_if(agents->begin(), agents->end(), [](const AgentSummaryRow &a) { return a.status == QLatin1String("active"); });
    const TargetProgress progress = targetProgress(*targets, *months, period);

    doc->addHeading(Report::tr("Results in the period"));
    doc->addKeyFigures({
        {Report::tr("Active agents"), fmt::number(active), Report::tr("of %1 registered").arg(fmt::number(static_cast<qint64>(agents->size())))},
        {Report::tr("Acquisitions"), fmt::number(sum.acquisitions), periodLabel(period)},
        {Report::tr("Same period last year"), fmt::number(lastYear), Report::tr("change %1").arg(changeLabel(sum.acquisitions, lastYear))},
        targetAchievementFigure(progress.acquisitions, progress.target, progress.partial),
        {Report::tr("Recruits still paying"), fmt::number(sum.activeRecruits),
         Report::tr("paid up for %1").arg(fmt::yearMonth(period.to.year(), period.to.month()))},
        {Report::tr("Contributions collected"), fmt::rupiahShort(sum.collected), Report::tr("by its agents in the period")},
    });
    doc->addChart(charts::bars(charts::monthlyComparison(Report::tr("Acquisitions by month"), period, monthValues(*months, period),
                                                         monthValues(*previous, period.previousYear()))),
                  QSizeF(174, 58));

    doc->addHeading(Report::tr("Agents"));
    std::vector<AgentSummaryRow> sorted = *agents;
    auto acq = [&](qint64 id, const std::map<qint64, AgentMonth> &m) { auto it = m.find(id); return it == m.end() ? AgentMonth() : it->second; };
    std::stable_sort(sorted.begin(), sorted.end(), [&](const AgentSummaryRow &a, const AgentSummaryRow &b) {
        return acq(a.id, *perAgent).acquisitions > acq(b.id, *perAgent).acquisitions;
    });
    QList<QStringList> rows;
    for (const AgentSummaryRow &a : sorted) {
        const AgentMonth now = acq(a.id, *perAgent);
        rows << QStringList{a.code, a.name, agentStatusLabel(a.status), fmt::number(now.acquisitions),
                            fmt::number(acq(a.id, *perAgentLastYear).acquisitions), fmt::number(now.activeRecruits),
                            fmt::rupiah(now.collected)};
    }
    doc->addTable({Report::tr("Code"), Report::tr("Name"), Report::tr("Status"), Report::tr("Acquisitions"),
                   Report::tr("Last year"), Report::tr("Paying"), Report::tr("Collected")},
                  rows, {3, 4, 5, 6});

    addAgreements(*doc, *chain, request.today);
    return doc;
}

} // namespace perisai::reports
