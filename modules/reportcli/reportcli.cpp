#include "reportcli/reportcli.h"

#include "agreements/agreementservice.h"
#include "core/format.h"
#include "monev/monevservice.h"
#include "reportcli/summaryreport.h"
#include "reports/reportcommand.h"
#include "reports/reportsmodule.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace perisai::reportcli {
namespace {

using reports::ReportKind;
using reports::ReportPtr;
using reports::ReportRequest;

// The builders of monev and agreements answer null with a reason; the catalog takes a Result.
Result<ReportPtr> fromNullable(ReportPtr doc, const QString &error, const QString &fallback)
{
    if (doc)
        return doc;
    return makeError(error.isEmpty() ? fallback : error);
}

// A day names the session held then; two sessions that day need the number.
Result<qint64> sessionOf(const storage::Database &db, const ReportRequest &request)
{
    if (request.sessionId > 0 || !request.sessionDate.isValid())
        return request.sessionId;
    auto sessions = monev::MonevService(db).sessions();
    if (!sessions)
        return sessions.error();
    QStringList that;
    qint64 found = 0;
    for (const monev::SessionSummary &s : *sessions) {
        if (s.session.heldOn != request.sessionDate)
            continue;
        found = s.session.id;
        that << QCoreApplication::translate("Report", "%1 (%2)").arg(s.session.id).arg(s.session.title);
    }
    const QString day = fmt::date(request.sessionDate);
    if (that.isEmpty())
        return makeError(QCoreApplication::translate("Report", "no Monev session was held on %1").arg(day));
    if (that.size() > 1)
        return makeError(QCoreApplication::translate("Report", "%1 Monev sessions on %2: give one of the numbers %3")
                             .arg(that.size()).arg(day, that.join(QStringLiteral(", "))));
    return found;
}

Result<ReportPtr> buildMinutes(const storage::Database &db, const ReportRequest &request)
{
    auto session = sessionOf(db, request);
    if (!session)
        return session.error();
    QString error;
    ReportPtr doc = monev::buildMinutes(db, *session, request.masked, &error);
    return fromNullable(std::move(doc), error,
                        QCoreApplication::translate("Report", "no Monev session with number %1").arg(*session));
}

Result<ReportPtr> buildAgreementStatus(const storage::Database &db, const ReportRequest &request)
{
    // Without a period: the year so far.
    const PeriodRange period = request.period.from.isValid()
                                   ? request.period
                                   : PeriodRange{YearMonth(request.today.year(), 1), YearMonth::fromDate(request.today)};
    QString error;
    ReportPtr doc = agreements::buildStatusReport(db, period, request.masked, request.today, &error);
    return fromNullable(std::move(doc), error, QCoreApplication::translate("Report", "the PKS status report could not be built"));
}

} // namespace

void registerReports()
{
    reports::ReportCatalog::add({QStringLiteral("summary"), QT_TRANSLATE_NOOP("Report", "Branch performance summary"),
                                 ReportKind::Period | ReportKind::Office, &buildBranchSummary, 10});
    reports::ReportCatalog::add({QStringLiteral("monev"), QT_TRANSLATE_NOOP("Report", "Monev minutes"), ReportKind::Session,
                                 &buildMinutes, 40});
    reports::ReportCatalog::add({QStringLiteral("agreements"), QT_TRANSLATE_NOOP("Report", "PKS status"),
                                 ReportKind::OptionalPeriod,
                                 &buildAgreementStatus, 50});
}

cli::Command reportCommand()
{
    registerReports();
    return reports::reportCommand();
}

std::unique_ptr<ui::Module> createModule()
{
    registerReports();
    return reports::createModule();
}

} // namespace perisai::reportcli
