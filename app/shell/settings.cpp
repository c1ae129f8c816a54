#include "shell/settings.h"

#include <QSettings>

namespace perisai::shell {

QString Settings::language()
{
    const QString lang = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("id")).toString();
    return lang == QLatin1String("en") ? lang : QStringLiteral("id");
}

void Settings::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString Settings::lastDatabase()
{
    return QSettings().value(QStringLiteral("database/last")).toString();
}

void Settings::setLastDatabase(const QString &location)
{
    QSettings().setValue(QStringLiteral("database/last"), location);
}

QByteArray Settings::windowGeometry()
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray Settings::windowState()
{
    return QSettings().value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), geometry);
    s.setValue(QStringLiteral("window/state"), state);
}

QString Settings::lastPage()
{
    return QSettings().value(QStringLiteral("window/page")).toString();
}

void Settings::setLastPage(const QString &moduleId)
{
    QSettings().setValue(QStringLiteral("window/page"), moduleId);
}

QStringList Settings::dismissedNotices()
{
    return QSettings().value(QStringLiteral("window/dismissedNotices")).toStringList();
}

void Settings::setDismissedNotices(const QStringList &notices)
{
    QSettings().setValue(QStringLiteral("window/dismissedNotices"), notices);
}

} // namespace perisai::shell
