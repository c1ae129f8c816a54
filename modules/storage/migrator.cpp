#include "storage/migrator.h"

#include "core/crashpoint.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace perisai::storage {

QList<Migration> Migrator::available(Backend backend)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_(.+?)(?:\\.(postgresql|sqlite))?\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = re.match(file);
        if (!m.hasMatch())
            continue;
        Migration migration{m.captured(1).toInt(), m.captured(2), dir.filePath(file), std::nullopt};
        if (!m.captured(3).isEmpty())
            migration.only = m.captured(3) == QLatin1String("postgresql") ? Backend::PostgreSQL : Backend::SQLite;
        if (!migration.only || *migration.only == backend)
            list.append(migration);
    }
    std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

int Migrator::latestVersion(Backend backend)
{
    const auto list = available(backend);
    return list.isEmpty() ? 0 : list.last().version;
}

int Migrator::currentVersion() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QStringList Migrator::splitStatements(const QString &script)
{
    static const QRegularExpression dollarQuote(QStringLiteral("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"));
    QStringList statements;
    QString current;
    QString openTag; // the $tag$ of a body being read; empty outside one
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (openTag.isEmpty() && (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty()))
            continue;
        for (auto it = dollarQuote.globalMatch(line); it.hasNext();) {
            const QString tag = it.next().captured(0);
            if (openTag.isEmpty())
                openTag = tag;
            else if (tag == openTag)
                openTag.clear();
        }
        current += line + QLatin1Char('\n');
        if (openTag.isEmpty() && trimmed.endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            statements.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Status Migrator::run(int target)
{
    QSqlDatabase conn = m_db.connection();
    // A server's daily login may not create tables at all (not even IF NOT EXISTS): look first.
    QSqlQuery exists(conn);
    const bool known = m_db.backend() == Backend::PostgreSQL
        && exists.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")) && exists.next()
        && exists.value(0).toBool();
    QSqlQuery create(conn);
    if (!known && !create.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                              "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")))
        return makeError(QCoreApplication::translate("Migrator", "cannot prepare the database for its schema: %1")
                             .arg(create.lastError().text()));

    const int current = currentVersion();
    const int latest = latestVersion(m_db.backend());
    if (current > latest)
        return makeError(QCoreApplication::translate("Migrator",
            "the database has schema version %1, newer than this program knows (%2); install a newer Perisai Desk")
                             .arg(current).arg(latest));

    if (auto st = checkMayUpgrade(current, latest); !st)
        return st;
    QList<Migration> pending;
    for (const Migration &m : available(m_db.backend()))
        if (m.version > current && (target <= 0 || m.version <= target))
            pending.append(m);
    if (pending.isEmpty())
        return {};
    if (current > 0 && m_db.backend() == Backend::SQLite)
        if (auto st = backupSqlite(current); !st)
            return st;
    crashPoint("migration: begin"); // tests/crash stops here (and at the points below)
    // All pending migrations in one transaction (each a savepoint of it): a crash or a failure part-way leaves
    // the database at the version it had, never at one in between.
    Transaction all(conn);
    if (!all.started())
        return all.beginError();
    for (const Migration &m : pending) {
        if (auto st = apply(m); !st)
            return st;
        crashPoint(QStringLiteral("migration: %1 applied").arg(m.version).toUtf8().constData());
    }
    crashPoint("migration: commit");
    return all.commit();
}

Status Migrator::apply(const Migration &m)
{
    QFile file(m.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("Migrator", "migration %1 is missing").arg(m.resourcePath));
    const QString script = m_db.dialect().expandSchema(QString::fromUtf8(file.readAll()));

    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn);
    if (!tx.started())
        return tx.beginError();
    if (m_db.backend() == Backend::PostgreSQL) {
        // Once this database has its owner role, new tables, views and functions belong to it, whoever
        // logged in to upgrade (a superuser or a member of the owner role).
        QSqlQuery owner(conn);
        if (owner.exec(QStringLiteral("SELECT CASE WHEN to_regclass('perisai_logins') IS NOT NULL AND EXISTS "
                                      "(SELECT 1 FROM pg_roles WHERE rolname = 'perisai_owner') "
                                      "THEN pg_has_role(current_user, 'perisai_owner', 'MEMBER') ELSE false END"))
            && owner.next() && owner.value(0).toBool()) {
            QSqlQuery setRole(conn);
            if (!setRole.exec(QStringLiteral("SET LOCAL ROLE perisai_owner")))
                return makeError(QCoreApplication::translate("Migrator", "schema upgrade %1 (%2) failed: %3")
                                     .arg(m.version).arg(m.name, setRole.lastError().text()));
        }
    }
    for (const QString &statement : splitStatements(script)) {
        // DDL cannot be a prepared statement on PostgreSQL; migration text is ours, never user input.
        QSqlQuery q(conn);
        if (!q.exec(statement))
            return makeError(QCoreApplication::translate("Migrator", "schema upgrade %1 (%2) failed: %3")
                                 .arg(m.version).arg(m.name, q.lastError().text()));
    }
    Query record(conn, QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
    record.bind({m.version, m.name, nowIso()});
    if (auto st = record.exec(); !st)
        return st;
    return tx.commit();
}

Status Migrator::checkMayUpgrade(int current, int latest)
{
    if (m_db.backend() != Backend::PostgreSQL || current >= latest)
        return {};
    // A server set up for several desks is upgraded by its owner role (or a superuser), never by a desk's
    // daily login: say so, rather than fail half-way with "permission denied".
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT to_regclass('perisai_logins') IS NOT NULL, "
                               "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
                               "CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'perisai_owner') "
                               "THEN pg_has_role(current_user, 'perisai_owner', 'MEMBER') ELSE false END"))
        || !q.next())
        return {};
    if (q.value(0).toBool() && !q.value(1).toBool() && !q.value(2).toBool())
        return makeError(QCoreApplication::translate("Migrator",
            "the database needs schema upgrade %1 -> %2, which only its owner role (perisai_owner) or a superuser "
            "may run; ask the server's administrator to start Perisai Desk once with that login")
                             .arg(current).arg(latest));
    return {};
}

Status Migrator::backupSqlite(int fromVersion)
{
    const QFileInfo info(m_db.location().path);
    // A copy left unfinished by an upgrade that was cut short (a crash, a kill) is no backup, and it holds the
    // database's personal data: it goes.
    QDir folder = info.absoluteDir();
    for (const QString &part : folder.entryList({info.completeBaseName() + QStringLiteral(".v*.bak.part")}, QDir::Files))
        folder.remove(part);
    m_backupPath = info.absolutePath() + QLatin1Char('/') + info.completeBaseName()
        + QStringLiteral(".v%1-%2.bak").arg(fromVersion).arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    return backupDatabase(m_db, m_backupPath);
}

} // namespace perisai::storage
