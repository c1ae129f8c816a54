// The open review cases as an internal PDF for the branch head: each undecided case with what the figures
// show, and the participants behind it (NIK and phone masked unless asked otherwise).
#include "opencasesreport.h"

#include "caserepository.h"
#include "core/format.h"
#include "figures/signalevidence.h"
#include "reports/reportcatalog.h"
#include "storage/meta.h"
#include "ui/personaldata.h"

#include <QCoreApplication>

// The report's words, in their own translation context.
struct OpenCasesReport {
    Q_DECLARE_TR_FUNCTIONS(OpenCasesReport)
};

namespace perisai::review {
namespace {

constexpr int kEvidenceShown = 25; // participants listed per case; the rest are counted

QString monthText(int key)
{
    return key ? fmt::yearMonth(key / 100, key % 100) : QStringLiteral("–");
}

Result<reports::ReportPtr> buildOpenCases(const storage::Database &db, const reports::ReportRequest &request)
{
    CaseFilter f;
    f.undecidedOnly = true;
    if (request.period.from.isValid()) {
        f.periodFrom = request.period.from.key();
        f.periodTo = request.period.to.key();
    }
    CaseRepository repo(db);
    auto cases = repo.list(f);
    if (!cases)
        return cases.error();
    int open = 0, reviewing = 0;
    for (const ReviewCase &c : *cases)
        (c.state == CaseState::Open ? open : reviewing) += 1;

    reports::ReportMeta meta = reports::reportMeta(db, OpenCasesReport::tr("Open review cases"),
                                                   OpenCasesReport::tr("Internal: for the branch head · as of %1").arg(fmt::date(request.today)),
                                                   storage::readMeta(db, QStringLiteral("branch_name")), request.masked);
    auto doc = std::make_unique<reports::ReportDocument>(meta);
    doc->addFigures({{OpenCasesReport::tr("Open"), fmt::number(open)}, {OpenCasesReport::tr("Under review"), fmt::number(reviewing)}});
    doc->addParagraph(OpenCasesReport::tr("Each case is an indicator for a person to review, not a finding. Clear a case with the "
                                          "reason, or confirm it: the participants of a confirmed case count for nothing in "
                                          "incentives, and the roster's rules then dismiss the agent."));
    if (cases->empty())
        doc->addParagraph(OpenCasesReport::tr("No case waits for a decision."));
    for (const ReviewCase &summary : *cases) {
        auto c = repo.load(summary.id);
        if (!c)
            return c.error();
        const QString agent = c->agentCode.isEmpty() ? OpenCasesReport::tr("no agent") : c->agentCode + QStringLiteral(" · ") + c->agentName;
        doc->addHeading(caseKindTitle(c->kind) + QStringLiteral(" — ") + agent);
        doc->addKeyValues({{OpenCasesReport::tr("State"), stateTitle(c->state)},
                           {OpenCasesReport::tr("Wadah"), c->wadahCode.isEmpty() ? QStringLiteral("–") : c->wadahCode},
                           {OpenCasesReport::tr("Period"), c->periodFrom == c->periodTo ? monthText(c->periodFrom)
                                                                                          : monthText(c->periodFrom) + QStringLiteral(" – ") + monthText(c->periodTo)},
                           {OpenCasesReport::tr("Opened"), fmt::date(c->openedAt.toLocalTime().date())}});
        doc->addParagraph(c->detail);
        auto evidence = figures::loadEvidence(db, c->participants.mid(0, kEvidenceShown));
        if (!evidence)
            return evidence.error();
        QList<QStringList> rows;
        for (const figures::EvidenceRow &r : *evidence)
            rows << QStringList{r.kpj, r.name, ui::showNik(r.nik, !request.masked), ui::showPhone(r.phone, !request.masked),
                                fmt::date(r.registeredOn), fmt::number(r.paidMonths.size()),
                                r.paidMonths.isEmpty() ? QStringLiteral("–") : monthText(r.paidMonths.last())};
        doc->addTable({OpenCasesReport::tr("KPJ"), OpenCasesReport::tr("Name"), OpenCasesReport::tr("NIK"), OpenCasesReport::tr("Phone"),
                       OpenCasesReport::tr("Registered"), OpenCasesReport::tr("Months paid"), OpenCasesReport::tr("Last paid")},
                      rows, {5}, {0, 2, 3, 4});
        if (c->participants.size() > kEvidenceShown)
            doc->addNote(OpenCasesReport::tr("and %1 more participants; the Review page lists them all")
                             .arg(fmt::number(c->participants.size() - kEvidenceShown)));
    }
    return doc;
}

} // namespace

void registerReports()
{
    reports::ReportCatalog::add({QStringLiteral("review"), QT_TRANSLATE_NOOP("Report", "Open review cases"),
                                 reports::ReportKind::OptionalPeriod, &buildOpenCases, 60, {}});
}

} // namespace perisai::review
