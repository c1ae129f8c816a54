// The Monev minutes join the report catalog (the `report` command and the Reports page).
#include "monevmodule.h"

#include "monevservice.h"
#include "reports/reportcatalog.h"

#include <QCoreApplication>

namespace perisai::monev {
namespace {

Result<reports::ReportPtr> buildMinutesReport(const storage::Database &db, const reports::ReportRequest &request)
{
    QString error;
    reports::ReportPtr doc = buildMinutes(db, request.sessionId, request.masked, &error);
    if (doc)
        return doc;
    return makeError(!error.isEmpty() ? error
                                      : QCoreApplication::translate("Report", "no Monev session with number %1").arg(request.sessionId));
}

} // namespace

void registerReports()
{
    reports::ReportCatalog::add({QStringLiteral("monev"), QT_TRANSLATE_NOOP("Report", "Monev minutes"), reports::ReportKind::Session,
                                 &buildMinutesReport, 40});
}

} // namespace perisai::monev
