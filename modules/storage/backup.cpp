#include "storage/backup.h"

#include "core/crashpoint.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

namespace perisai::storage {

namespace {

// Writes the copy of `db` into the empty file `outPath`; errors name `shownPath`.
Status backupInto(const Database &db, const QString &outPath, const QString &shownPath);

} // namespace

Status backupDatabase(const Database &db, const QString &outPath)
{
    if (QFile::exists(outPath))
        return makeError(QCoreApplication::translate("Backup", "%1 exists already; choose a new file name").arg(outPath));
    // The copy holds what the database holds: it is made empty first, readable by its owner alone (VACUUM INTO
    // and pg_dump write into it, keeping its permissions), under a name of its own until it is complete, so
    // that a copy cut short (a crash, a full disk) is never taken for a backup.
    const QString partial = outPath + QStringLiteral(".part");
    QFile::remove(partial); // left by a copy that was cut short before
    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(QCoreApplication::translate("Backup", "backup to %1 failed: %2").arg(outPath, out.errorString()));
    out.close();
    crashPoint("backup: started"); // tests/crash stops here: an empty copy under its temporary name
    Status st = backupInto(db, partial, outPath);
    if (st)
        crashPoint("backup: copied"); // tests/crash stops here: the copy complete, not yet under its name
    if (st && !QFile::rename(partial, outPath))
        st = makeError(QCoreApplication::translate("Backup", "backup to %1 failed: %2 could not be renamed").arg(outPath, partial));
    if (!st)
        QFile::remove(partial);
    return st;
}

namespace {

Status backupInto(const Database &db, const QString &outPath, const QString &shownPath)
{
    if (db.backend() == Backend::SQLite) {
        Query q(db.connection(), QStringLiteral("VACUUM INTO ?"));
        q.bind(outPath);
        if (auto st = q.exec(); !st)
            return makeError(QCoreApplication::translate("Backup", "backup to %1 failed: %2").arg(shownPath, st.error().message));
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

} // namespace

} // namespace perisai::storage
