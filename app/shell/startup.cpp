#include "shell/startup.h"

#include "core/format.h"

#include <QApplication>
#include <QLocale>

namespace perisai::shell {

void setupApplication(const QStringList &args)
{
    QApplication::setOrganizationName(QStringLiteral("BPJS Ketenagakerjaan"));
    QApplication::setOrganizationDomain(QStringLiteral("bpjsketenagakerjaan.go.id"));
    QApplication::setApplicationName(QStringLiteral("Perisai Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PERISAI_VERSION));
    fmt::setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
}

int runWindow(const QStringList &args)
{
    return 0;
}

} // namespace perisai::shell
