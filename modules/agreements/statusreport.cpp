// The PKS status report (PDF): where every wadah's agreement stands for a period.
#include "agreements/agreementrepository.h"
#include "agreements/agreementservice.h"
#include "core/format.h"
#include "figures/agreementfigures.h"
#include "figures/glossary.h"
#include "figures/period.h"
#include "reports/reportdocument.h"
#include "storage/database.h"
#include "storage/meta.h"

#include <QCoreApplication>

// The report's words, in their own translation context (read by lupdate from PksStatusReport::tr).
struct PksStatusReport {
    Q_DECLARE_TR_FUNCTIONS(PksStatusReport)
};

namespace perisai::agreements {
namespace {

QString periodText(const PeriodRange &p)
{
    if (p.from == p.to)
        return fmt::yearMonth(p.from.year(), p.from.month());
    return fmt::yearMonth(p.from.year(), p.from.month()) + QStringLiteral(" – ") + fmt::yearMonth(p.to.year(), p.to.month());
}

QString term(const Agreement &a)
{
    return fmt::date(a.startsOn) + QStringLiteral(" – ") + fmt::date(a.endsOn);
}

QString daysText(qint64 days)
{
    if (days < 0)
        return PksStatusReport::tr("ended %1 days ago").arg(-days);
    return PksStatusReport::tr("%1 days left").arg(days);
}

// Wadah by name (their codes are the desk's own; a reader of the report knows them by name).
QString wadahName(const QString &code, const QString &name)
{
    return name.isEmpty() ? code : name;
}

} // namespace

std::unique_ptr<reports::ReportDocument> buildStatusReport(const storage::Database &db, const PeriodRange &period,
                                                           bool masked, const QDate &today, QString *error)
{
    const QDate asOf = std::min(period.to.lastDay(), today);
    auto stored = AgreementRepository(db).all();
    // The counts, the reminders and the period's renewals and terminations, from one read of the figures layer.
    auto counted = figures::agreementFigures(db, figures::KpiScope{}, asOf, period);
    // The review list counts acquisitions, which the monthly extracts bring: a period past their last month says so.
    auto dataUntil = figures::lastMonthWithData(db);
    if (auto st = firstError(stored, counted, dataUntil); !st) {
        if (error)
            *error = st.errorText();
        return nullptr;
    }
    const std::vector<AgreementRow> rows = deriveRows(*stored, asOf);
    auto reminders = agreementReminders(db, asOf, rows, *counted);
    if (!reminders) {
        if (error)
            *error = reminders.errorText();
        return nullptr;
    }
    const indicators::AgreementCounts &counts = counted->counts;
    const figures::AgreementEvents &events = counted->events;
    QHash<qint64, const AgreementRow *> byId;
    for (const AgreementRow &row : rows)
        byId.insert(row.agreement.id, &row);

    QList<QStringList> inForce, renewed, terminated;
    for (const AgreementRow &row : rows) {
        const Agreement &a = row.agreement;
        if (a.inForceOn(asOf)) {
            inForce << QStringList{wadahName(row.wadahCode, row.wadahName), a.number, term(a), daysText(row.daysLeft), statusLabel(row.status),
                                   a.minMonthlyTarget > 0 ? fmt::number(a.minMonthlyTarget) : QStringLiteral("–")};
        }
    }
    for (const indicators::AgreementTerm &t : events.renewed) {
        if (const AgreementRow *row = byId.value(t.id)) {
            const Agreement &a = row->agreement;
            const AgreementRow *prev = byId.value(t.previousId);
            renewed << QStringList{wadahName(row->wadahCode, row->wadahName), prev ? prev->agreement.number : QStringLiteral("–"),
                                   a.number, term(a), a.signedOn.isValid() ? fmt::date(a.signedOn) : QStringLiteral("–")};
        }
    }
    for (const indicators::AgreementTerm &t : events.terminated) {
        if (const AgreementRow *row = byId.value(t.id)) {
            const Agreement &a = row->agreement;
            terminated << QStringList{wadahName(row->wadahCode, row->wadahName), a.number, term(a), fmt::date(a.terminatedOn), a.terminationReason};
        }
    }

    QList<QStringList> ending;
    for (const auto *list : {&reminders->expiring, &reminders->expired}) {
        for (const ExpiryReminder &r : *list) {
            ending << QStringList{wadahName(r.wadahCode, r.wadahName), r.number, fmt::date(r.endsOn), daysText(r.daysLeft),
                                  r.bucket < 0 ? PksStatusReport::tr("Expired")
                                               : PksStatusReport::tr("within %1 days").arg(r.bucket)};
        }
    }
    QList<QStringList> review;
    for (const ReviewFlag &f : reminders->belowTarget) {
        QStringList months;
        int minimum = 0;
        for (const MonthAgainstTarget &m : f.months) {
            months << QStringLiteral("%1: %2").arg(fmt::monthShort(m.period % 100), fmt::number(m.acquisitions));
            minimum = m.minTarget;
        }
        review << QStringList{wadahName(f.wadahCode, f.wadahName), f.agreementNumber, fmt::number(minimum),
                              months.join(QStringLiteral(" · "))};
    }

    reports::ReportMeta meta;
    meta.title = PksStatusReport::tr("PKS status with wadah");
    meta.subtitle = PksStatusReport::tr("%1 · position on %2")
                        .arg(periodText(period) + figures::cutNote(figures::cutAt(period, *dataUntil)), fmt::date(asOf));
    meta.office = storage::readMeta(db, QStringLiteral("branch_name"));
    meta.source = db.location().display();
    meta.masked = masked;
    auto doc = std::make_unique<reports::ReportDocument>(meta);
    using figures::Term;
    doc->addFigures({{figures::label(Term::AgreementsActive), fmt::number(counts.active)},
                     {figures::label(Term::AgreementsRenewedInPeriod), fmt::number(events.renewed.size())},
                     {PksStatusReport::tr("Ending within 90 days"), fmt::number(counts.expiring90)},
                     {figures::label(Term::AgreementsExpired), fmt::number(counts.expired)},
                     {figures::label(Term::AgreementsTerminatedInPeriod), fmt::number(events.terminated.size())}});
    doc->addParagraph(PksStatusReport::tr("Since 2022 a PKS runs for at most one year, so every wadah renews yearly. A wadah below the "
                            "minimum monthly target of its PKS for %1 months in a row may have its PKS terminated; the list "
                            "at the end is for review, not a decision.").arg(reminders->reviewMonths));

    const QString wadah = PksStatusReport::tr("Wadah");
    const QString number = PksStatusReport::tr("PKS number");
    doc->addHeading(PksStatusReport::tr("In force on %1").arg(fmt::date(asOf)));
    const QString termHeader = PksStatusReport::tr("Term");
    const QString left = PksStatusReport::tr("Time left");
    doc->addTable({wadah, number, termHeader, left, PksStatusReport::tr("Status"), PksStatusReport::tr("Min./month")}, inForce, {5});
    doc->addHeading(PksStatusReport::tr("Renewed in the period"));
    doc->addTable({wadah, PksStatusReport::tr("Previous PKS"), PksStatusReport::tr("New PKS"), PksStatusReport::tr("New term"),
                   PksStatusReport::tr("Signed")},
                  renewed);
    doc->addHeading(PksStatusReport::tr("Ending within 90 days or expired"));
    doc->addTable({wadah, number, PksStatusReport::tr("Ends"), left, PksStatusReport::tr("Reminder")}, ending);
    doc->addHeading(PksStatusReport::tr("Terminated in the period"));
    doc->addTable({wadah, number, termHeader, PksStatusReport::tr("Terminated on"), PksStatusReport::tr("Reason")}, terminated);
    doc->addHeading(PksStatusReport::tr("Wadah for review: below the minimum target %1 months in a row").arg(reminders->reviewMonths));
    doc->addTable({wadah, number, PksStatusReport::tr("Minimum a month"), PksStatusReport::tr("Acquisitions")}, review,
                  {2});
    return doc;
}

} // namespace perisai::agreements
