#include "reports/reportcommand.h"

#include "reports/reportcatalog.h"

#include "core/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace perisai::reports {
namespace {

struct ReportCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

// 2025-11-19, 19/11/2025 or 19-11-2025.
QDate parseDay(const QString &text)
{
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("d/M/yyyy"), QStringLiteral("d-M-yyyy")})
        if (const QDate d = QDate::fromString(text, format); d.isValid())
            return d;
    return {};
}

int run(const QStringList &args)
{
    QStringList types;
    for (const ReportKind &k : ReportCatalog::kinds())
        types << k.id;
    cli::Arguments a(QStringLiteral("report"), ReportCommand::tr("Writes a report as an A4 PDF."));
    a.addOption(QStringLiteral("type"), ReportCommand::tr("The report: %1.").arg(types.join(QStringLiteral(", "))), QStringLiteral("TYPE"));
    a.addOption(QStringLiteral("period"), ReportCommand::tr("Months FROM..TO (YYYY-MM..YYYY-MM), one month YYYY-MM or a year YYYY."), QStringLiteral("FROM..TO"));
    a.addOption(QStringLiteral("office"), ReportCommand::tr("Office code (default: the branch)."), QStringLiteral("CODE"));
    a.addOption(QStringLiteral("agent"), ReportCommand::tr("Agent code (--type agent)."), QStringLiteral("CODE"));
    a.addOption(QStringLiteral("wadah"), ReportCommand::tr("Wadah code (--type wadah)."), QStringLiteral("CODE"));
    a.addOption(QStringLiteral("session"), ReportCommand::tr("Monev session (--type monev): its number as the Monev page shows it, "
                                                             "or the day it was held (YYYY-MM-DD or DD/MM/YYYY)."),
                QStringLiteral("NUMBER|DATE"));
    a.addOption(QStringLiteral("unmasked"), ReportCommand::tr("Show personal data (NIK, phone, bank account) in full."));
    a.addOption(QStringLiteral("out"), ReportCommand::tr("The PDF file to write."), QStringLiteral("FILE.pdf"));
    a.addOption(QStringLiteral("force"), ReportCommand::tr("Replace the --out file when it exists already."));
    if (auto exit = a.parse(args))
        return *exit;

    ReportRequest request;
    request.type = a.value(QStringLiteral("type"));
    if (request.type.isEmpty())
        return cli::fail(ReportCommand::tr("report: --type is required (one of: %1)").arg(types.join(QStringLiteral(", "))), cli::Usage);
    const ReportKind *kind = ReportCatalog::find(request.type);
    if (!kind)
        return cli::fail(ReportCommand::tr("report: unknown type \"%1\" (one of: %2)").arg(request.type, types.join(QStringLiteral(", "))), cli::Usage);
    const QString out = a.value(QStringLiteral("out"));
    if (out.isEmpty())
        return cli::fail(ReportCommand::tr("report: --out FILE.pdf is required"), cli::Usage);
    if (a.isSet(QStringLiteral("period"))) {
        auto period = PeriodRange::parse(a.value(QStringLiteral("period")));
        if (!period)
            return cli::fail(ReportCommand::tr("report: --period: %1").arg(period.errorText()), cli::Usage);
        request.period = *period;
    } else if (kind->needsAny(ReportKind::Period)) {
        return cli::fail(ReportCommand::tr("report: --period FROM..TO is required for --type %1").arg(kind->id), cli::Usage);
    }
    request.officeCode = a.value(QStringLiteral("office"));
    request.agentCode = a.value(QStringLiteral("agent"));
    request.wadahCode = a.value(QStringLiteral("wadah"));
    if (a.isSet(QStringLiteral("session"))) {
        // The number shown in the Monev page, or the day the session was held.
        const QString session = a.value(QStringLiteral("session")).trimmed();
        bool ok = false;
        request.sessionId = session.toLongLong(&ok);
        if (!ok) {
            request.sessionId = 0;
            request.sessionDate = parseDay(session);
        }
        if ((ok && request.sessionId <= 0) || (!ok && !request.sessionDate.isValid()))
            return cli::fail(ReportCommand::tr("report: --session takes a session number or the day it was held "
                                               "(YYYY-MM-DD or DD/MM/YYYY), not \"%1\"").arg(session), cli::Usage);
    }
    if (kind->needsAny(ReportKind::Agent) && request.agentCode.isEmpty())
        return cli::fail(ReportCommand::tr("report: --agent CODE is required for --type %1").arg(kind->id), cli::Usage);
    if (kind->needsAny(ReportKind::Wadah) && request.wadahCode.isEmpty())
        return cli::fail(ReportCommand::tr("report: --wadah CODE is required for --type %1").arg(kind->id), cli::Usage);
    if (kind->needsAny(ReportKind::Session) && request.sessionId <= 0 && !request.sessionDate.isValid())
        return cli::fail(ReportCommand::tr("report: --session NUMBER or --session DATE is required for --type %1").arg(kind->id), cli::Usage);
    request.masked = !a.isSet(QStringLiteral("unmasked"));
    auto db = a.openDatabase();
    if (!db)
        return cli::fail(QStringLiteral("report: %1").arg(db.errorText()));
    // Fail before the work when the file may not be written (the database is open now, so it is protected).
    if (auto st = outputs::checkWritable(out, a.isSet(QStringLiteral("force"))); !st)
        return cli::fail(QStringLiteral("report: --out: %1").arg(st.errorText()));
    auto doc = buildReport(**db, request);
    if (!doc)
        return cli::fail(QStringLiteral("report: %1").arg(doc.errorText()));
    if (auto st = (*doc)->writePdf(out); !st)
        return cli::fail(QStringLiteral("report: %1").arg(st.errorText()));
    cli::printLine(ReportCommand::tr("%1: %n page(s)", nullptr, (*doc)->pageCount()).arg(QDir::toNativeSeparators(out)));
    return cli::Success;
}

} // namespace

cli::Command reportCommand()
{
    return {QStringLiteral("report"), ReportCommand::tr("export a PDF report"), &run};
}

} // namespace perisai::reports
