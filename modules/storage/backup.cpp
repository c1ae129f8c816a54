#include "storage/backup.h"

#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

namespace perisai::storage {

Status backupDatabase(const Database &db, const QString &outPath)
{
    if (QFile::exists(outPath))
        return makeError(QCoreApplication::translate("Backup", "%1 exists already; choose a new file name").arg(outPath));
    if (db.backend() == Backend::SQLite) {
        Query q(db.connection(), QStringLiteral("VACUUM INTO ?"));
        q.bind(outPath);
        if (auto st = q.exec(); !st)
            return makeError(QCoreApplication::translate("Backup", "backup to %1 failed: %2").arg(outPath, st.error().message));
        return {};
    }
    const Location &l = db.location();
    QProcess dump;
    QStringList args{QStringLiteral("--format=custom"), QStringLiteral("--file=") + outPath,
                     QStringLiteral("--host=") + l.host, QStringLiteral("--port=") + QString::number(l.port)};
    if (!l.user.isEmpty())
        args << QStringLiteral("--username=") + l.user;
    args << QStringLiteral("--no-password") << l.dbName;
    if (!l.password.isEmpty()) {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), l.password);
        dump.setProcessEnvironment(env);
    }
    dump.start(QStringLiteral("pg_dump"), args);
    if (!dump.waitForFinished(-1) || dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0)
        return makeError(QCoreApplication::translate("Backup", "pg_dump failed: %1")
                             .arg(QString::fromLocal8Bit(dump.readAllStandardError()).trimmed()));
    return {};
}

} // namespace perisai::storage
