// The PKS status report joins the report catalog (the `report` command and the Reports page).
#include "agreementsmodule.h"

#include "agreementservice.h"
#include "reports/reportcatalog.h"
#include "reports/reportdocument.h"
#include "roster/reportchoices.h"
#include "wadahscorecard.h"

#include <QCoreApplication>

namespace perisai::agreements {
namespace {

Result<reports::ReportPtr> buildStatusReportKind(const storage::Database &db, const reports::ReportRequest &request)
{
    // Without a period: the year so far.
    const PeriodRange period = request.period.from.isValid()
                                   ? request.period
                                   : PeriodRange{YearMonth(request.today.year(), 1), YearMonth::fromDate(request.today)};
    QString error;
    reports::ReportPtr doc = buildStatusReport(db, period, request.masked, request.today, &error);
    if (doc)
        return doc;
    return makeError(!error.isEmpty() ? error : QCoreApplication::translate("Report", "the PKS status report could not be built"));
}

} // namespace

void registerReports()
{
    reports::ReportCatalog::add({QStringLiteral("wadah"), QT_TRANSLATE_NOOP("Report", "Wadah scorecard"),
                                 reports::ReportKind::Period | reports::ReportKind::Wadah, &buildWadahScorecard, 30,
                                 &roster::wadahChoices});
    reports::ReportCatalog::add({QStringLiteral("agreements"), QT_TRANSLATE_NOOP("Report", "PKS status"),
                                 reports::ReportKind::OptionalPeriod, &buildStatusReportKind, 50, {}});
}

} // namespace perisai::agreements
