#include "shell/startup.h"

#include "agreements/documentstore.h"
#include "shell/language.h"
#include "shell/settings.h"
#include "shell/windowcontroller.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

namespace perisai::shell {
namespace {

QString optionValue(const QStringList &args, const QString &name)
{
    const int i = args.indexOf(name);
    if (i >= 0 && i + 1 < args.size())
        return args.at(i + 1);
    for (const QString &a : args)
        if (a.startsWith(name + QLatin1Char('=')))
            return a.mid(name.size() + 1);
    return {};
}

} // namespace

void setupApplication(const QStringList &args)
{
    QApplication::setOrganizationName(QStringLiteral("BPJS Ketenagakerjaan"));
    QApplication::setOrganizationDomain(QStringLiteral("bpjsketenagakerjaan.go.id"));
    QApplication::setApplicationName(QStringLiteral("Perisai Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PERISAI_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app/perisai-desk.svg")));
    QString language = optionValue(args, QStringLiteral("--lang"));
    if (language != QLatin1String("en") && language != QLatin1String("id"))
        language = Settings::language();
    installLanguage(language);
}

int runWindow(const QStringList &args)
{
    const QString lang = optionValue(args, QStringLiteral("--lang"));
    if (!lang.isEmpty() && lang != QLatin1String("id") && lang != QLatin1String("en")) {
        qCritical("perisai-desk: --lang takes id or en, not \"%s\"", qPrintable(lang));
        return 2;
    }
    if (!lang.isEmpty())
        Settings::setLanguage(lang);
    for (const QString &a : args.mid(1)) {
        const QString name = a.section(QLatin1Char('='), 0, 0);
        if (a.startsWith(QLatin1Char('-')) && name != QLatin1String("--database") && name != QLatin1String("--lang")) {
            qCritical("perisai-desk: unknown option %s (see --help)", qPrintable(a));
            return 2;
        }
    }
    ui::applyDeskTheme(*qApp);
    bool screenshotTaken = false;
    auto db = openDatabaseForWindow(optionValue(args, QStringLiteral("--database")), &screenshotTaken);
    if (!db)
        return screenshotTaken ? 0 : 1;
    // Signed PKS documents opened in a viewer are copies in a private temporary folder: none outlives the window.
    agreements::removeExportedDocuments();
    WindowController controller(db);
    controller.show();
    const int rc = QApplication::exec();
    agreements::removeExportedDocuments();
    return rc;
}

} // namespace perisai::shell
