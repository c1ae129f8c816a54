#include "wadahscorecard.h"

#include "agreementrepository.h"
#include "core/format.h"
#include "figures/agreementfigures.h"
#include "figures/glossary.h"
#include "figures/kpiscope.h"
#include "figures/kpiservice.h"
#include "reports/reportcharts.h"
#include "reports/reportlabels.h"
#include "roster/agentrepository.h"
#include "roster/wadahrepository.h"
#include "ui/personaldata.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <limits>

namespace perisai::agreements {

using namespace reports;

namespace {

// The wadah as the scorecard names it: the roster's row with its office's name.
struct Identity {
    roster::Wadah wadah;
    QString office;
};

Result<Identity> identityOf(const storage::Database &db, const QString &code)
{
    const roster::WadahRepository repository(db);
    auto id = repository.idByCode(code);
    if (!id)
        return id.error();
    if (*id == 0)
        return makeError(QCoreApplication::translate("Report", "no wadah with code \"%1\"").arg(code));
    auto wadah = repository.load(*id);
    if (!wadah)
        return wadah.error();
    auto office = figures::officeName(db, wadah->officeId);
    if (!office)
        return office.error();
    return Identity{*wadah, *office};
}

void addIdentity(ReportDocument &doc, const Identity &identity, bool reveal)
{
    const roster::Wadah &w = identity.wadah;
    doc.addHeading(Report::tr("Identity"));
    QString address = w.address;
    if (!w.village.isEmpty())
        address += (address.isEmpty() ? QString() : QStringLiteral(", ")) + w.village;
    doc.addKeyValues({
        {Report::tr("Wadah code"), w.code},
        {Report::tr("Name"), w.name},
        {Report::tr("Kind"), wadahKindLabel(w.kind)},
        {Report::tr("Office"), identity.office},
        {Report::tr("Address"), address},
        {Report::tr("Supervisor (Pembina)"), w.supervisor},
        {Report::tr("Leader"), w.leaderName},
        {Report::tr("Phone"), ui::showPhone(w.phone, reveal)},
        {Report::tr("Partner bank"), w.partnerBank},
        {Report::tr("Legal status"), w.legalStatus},
        {Report::tr("Status"), w.active ? Report::tr("Active") : Report::tr("Inactive")},
    });
}

// `current`: the wadah's PKS on `day` as the wadah list shows it (the figures layer's rule).
void addAgreements(ReportDocument &doc, const std::vector<Agreement> &chain, const indicators::WadahAgreement &current,
                   const QDate &day)
{
    doc.addHeading(Report::tr("Partnership agreements (PKS)"));
    QList<QStringList> rows;
    for (const Agreement &a : chain) {
        QString status = agreementStatusLabel(storedStatusKey(a.status));
        if (a.status == StoredStatus::Terminated && a.terminatedOn.isValid())
            status = Report::tr("Terminated %1").arg(fmt::date(a.terminatedOn));
        rows << QStringList{a.number, fmt::date(a.signedOn), fmt::date(a.startsOn), fmt::date(a.endsOn), status,
                            a.targetParticipants ? fmt::number(a.targetParticipants) : QStringLiteral("–")};
    }
    doc.addTable({Report::tr("Number"), Report::tr("Signed"), Report::tr("From"), Report::tr("Until"), Report::tr("Status"),
                  figures::label(figures::Term::PksTarget)},
                 rows, {5}, {0, 1, 2, 3});
    using State = indicators::AgreementState;
    if (current.state == State::Active || current.state == State::Expiring) {
        doc.addNote(Report::tr("On %1, %2 is in force until %3 (%n day(s) left).", nullptr,
                               static_cast<int>(day.daysTo(current.endsOn)))
                        .arg(fmt::date(day), current.number, fmt::date(current.endsOn)));
    } else {
        doc.addNote(Report::tr("On %1 no PKS is in force.").arg(fmt::date(day)));
    }
}

} // namespace

Result<ReportPtr> buildWadahScorecard(const storage::Database &db, const ReportRequest &request)
{
    auto identity = identityOf(db, request.wadahCode);
    if (!identity)
        return identity.error();
    const roster::Wadah &wadah = identity->wadah;
    // The wadah's figures (its agents added up) from the figures layer: the dashboard's and `kpi --by wadah`'s.
    auto dash = figures::KpiService(db).dashboard({{}, wadah.code, {}}, request.period, request.today);
    if (!dash)
        return dash.error();
    const figures::KpiSummary &s = dash->summary;
    const PeriodRange &period = s.period;
    auto agents = roster::AgentRepository(db).list(wadah.id); // by code
    auto chain = AgreementRepository(db).forWadah(wadah.id); // oldest first
    if (auto st = firstError(agents, chain); !st)
        return st.error();
    const figures::UnitFigures one = dash->byWadah.empty() ? figures::UnitFigures{} : dash->byWadah.front();

    const QString periodText = periodLabel(period) + figures::cutNote(s.figuresPeriod);
    auto doc = std::make_unique<ReportDocument>(reportMeta(
        db, Report::tr("Wadah scorecard"), QStringLiteral("%1 · %2 · %3").arg(wadah.code, wadah.name, periodText),
        identity->office, request.masked));
    addIdentity(*doc, *identity, !request.masked);

    doc->addHeading(Report::tr("Results in the period"));
    doc->addKeyFigures({
        {figures::label(figures::Term::AgentsActive), fmt::number(one.agentsActive), Report::tr("of %1 registered").arg(fmt::number(one.agentsRegistered))},
        {Report::tr("Acquisitions"), fmt::number(s.acquisitions), periodText},
        {Report::tr("Same period last year"), fmt::number(s.acquisitionsSamePeriodLastYear),
         Report::tr("change %1").arg(changeLabel(s.acquisitions, s.acquisitionsSamePeriodLastYear))},
        targetAchievementFigure(s.achievement, s.target, figures::targetSourceText(s.targetSource)),
        {Report::tr("Recruits still paying"), fmt::number(s.activeRecruits),
         Report::tr("paid up for %1").arg(fmt::yearMonth(period.to.year(), period.to.month()))},
        {Report::tr("Contributions collected"), fmt::rupiahShort(one.collected), Report::tr("by its agents in the period")},
    });
    // A wadah has three targets; say which is which (glossary: Target, PKS target, PKS monthly minimum).
    doc->addNote(Report::tr("Target achievement is measured against the target of the targets table for %1 (%2). The PKS "
                            "target below is what the PKS agrees for its whole term, and its monthly minimum is the "
                            "figure below which the wadah is reviewed.")
                     .arg(periodText, s.target > 0 ? fmt::number(s.target) : QStringLiteral("–")));
    doc->addChart(charts::bars(charts::acquisitionsByMonth(period, dash->months)), QSizeF(174, 58));

    doc->addHeading(Report::tr("Agents"));
    QHash<qint64, const figures::UnitFigures *> byId;
    for (const figures::UnitFigures &u : dash->byAgent)
        byId.insert(u.id, &u);
    std::vector<roster::AgentRow> sorted = *agents;
    auto rankOf = [&](qint64 id) { const auto *u = byId.value(id); return u ? u->rank : std::numeric_limits<int>::max(); };
    std::stable_sort(sorted.begin(), sorted.end(), [&](const roster::AgentRow &a, const roster::AgentRow &b) { return rankOf(a.id) < rankOf(b.id); });
    QList<QStringList> rows;
    for (const roster::AgentRow &a : sorted) {
        const figures::UnitFigures *u = byId.value(a.id);
        const figures::UnitFigures none;
        const figures::UnitFigures &f = u ? *u : none;
        rows << QStringList{a.code, a.name, agentStatusLabel(roster::statusKey(a.status)), fmt::number(f.acquisitions),
                            fmt::number(f.acquisitionsSamePeriodLastYear), fmt::number(f.activeRecruits), fmt::rupiah(f.collected)};
    }
    doc->addTable({Report::tr("Code"), Report::tr("Name"), Report::tr("Status"), Report::tr("Acquisitions"),
                   Report::tr("Last year"), Report::tr("Paying"), Report::tr("Collected")},
                  rows, {3, 4, 5, 6}, {0});

    // On the day the period's "as of" figures are counted: today for a period up to the latest data, else
    // its last day (a scorecard of 2022 says which PKS was in force then).
    auto pks = figures::agreementOfWadah(db, wadah.id, s.asOf);
    if (!pks)
        return pks.error();
    addAgreements(*doc, *chain, *pks, s.asOf);
    return doc;
}

} // namespace perisai::agreements
