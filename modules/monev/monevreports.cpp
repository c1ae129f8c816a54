// The Monev minutes join the report catalog (the `report` command and the Reports page).
#include "monevmodule.h"

#include "monevrepository.h"
#include "monevservice.h"
#include "core/format.h"
#include "reports/reportcatalog.h"

#include <QCoreApplication>

namespace perisai::monev {
namespace {

// A day names the session held then; two sessions that day need the number.
Result<qint64> sessionOf(const storage::Database &db, const reports::ReportRequest &request)
{
    if (request.sessionId > 0 || !request.sessionDate.isValid())
        return request.sessionId;
    auto sessions = MonevService(db).sessions();
    if (!sessions)
        return sessions.error();
    QStringList that;
    qint64 found = 0;
    for (const SessionSummary &s : *sessions) {
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

Result<reports::ReportPtr> buildMinutesReport(const storage::Database &db, const reports::ReportRequest &request)
{
    auto session = sessionOf(db, request);
    if (!session)
        return session.error();
    QString error;
    reports::ReportPtr doc = buildMinutes(db, *session, request.masked, &error);
    if (doc)
        return doc;
    return makeError(!error.isEmpty() ? error
                                      : QCoreApplication::translate("Report", "no Monev session with number %1").arg(*session));
}

// Every session, newest first, its number first: the one the command line takes (report --type monev --session N).
Result<std::vector<reports::Choice>> sessionChoices(const storage::Database &db)
{
    auto sessions = MonevRepository(db).sessions();
    if (!sessions)
        return sessions.error();
    std::vector<reports::Choice> choices;
    for (const SessionSummary &s : *sessions) {
        const QString number = QString::number(s.session.id);
        choices.push_back({number, QCoreApplication::translate("Report", "No. %1 · %2 · %3")
                                       .arg(number, fmt::date(s.session.heldOn), s.session.title)});
    }
    return choices;
}

} // namespace

void registerReports()
{
    reports::ReportCatalog::add({QStringLiteral("monev"), QT_TRANSLATE_NOOP("Report", "Monev minutes"),
                                 reports::ReportKind::Session, &buildMinutesReport, 40, &sessionChoices});
}

} // namespace perisai::monev
