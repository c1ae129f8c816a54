#include "storage/location.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace perisai::storage {

Location Location::sqliteFile(const QString &path)
{
    Location l;
    l.backend = Backend::SQLite;
    l.path = path;
    return l;
}

QString Location::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("perisai.db"));
}

Result<Location> Location::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return makeError(QCoreApplication::translate("Location", "no database given"));
    if (t.startsWith(QLatin1String("postgresql://")) || t.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(t);
        if (!url.isValid() || url.host().isEmpty())
            return makeError(QCoreApplication::translate("Location", "\"%1\" is not a postgresql://user@host:port/dbname URL").arg(t));
        if (!url.password().isEmpty())
            return makeError(QCoreApplication::translate("Location",
                "a password in the database URL is not accepted; use PGPASSWORD or a .pgpass file"));
        Location l;
        l.backend = Backend::PostgreSQL;
        l.host = url.host();
        l.port = url.port(5432);
        l.user = url.userName();
        l.dbName = url.path().mid(1);
        if (l.dbName.isEmpty())
            return makeError(QCoreApplication::translate("Location", "the database URL \"%1\" names no database").arg(t));
        return l;
    }
    if (t.contains(QLatin1String("://")))
        return makeError(QCoreApplication::translate("Location", "\"%1\": only SQLite files and postgresql:// URLs are supported").arg(t));
    return sqliteFile(QFileInfo(t).absoluteFilePath());
}

QString Location::toString() const
{
    if (backend == Backend::SQLite)
        return path;
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + QLatin1Char('@');
    return s + host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + dbName;
}

QString Location::display() const
{
    if (backend == Backend::SQLite)
        return QStringLiteral("SQLite · ") + QDir::toNativeSeparators(path);
    return QStringLiteral("PostgreSQL · ") + toString().mid(13);
}

} // namespace perisai::storage
