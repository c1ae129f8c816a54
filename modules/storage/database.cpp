#include "storage/database.h"

#include "core/outputfile.h"
#include "storage/migrator.h"
#include "storage/query.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QHash>
#include <QThread>
#include <QThreadStorage>

namespace perisai::storage {
namespace {

QAtomicInt nextId;
QAtomicInt nextConnection;

// This thread's connections, by database id. A thread's address can be reused after it ends (the thread
// pool does this), so names come from a counter, and the connections go when the thread ends. QThreadStorage,
// not thread_local: Qt deletes it before QThread::wait() returns, while a thread_local is destroyed after
// that, when the process may already be tearing Qt SQL down at exit.
struct ThreadConnections {
    QHash<QString, QString> names;
    void release()
    {
        for (const QString &name : std::as_const(names)) {
            if (!QSqlDatabase::contains(name))
                continue; // already removed with its Database
            { QSqlDatabase::database(name, false).close(); }
            QSqlDatabase::removeDatabase(name);
        }
        names.clear();
    }
    ~ThreadConnections() { release(); }
};
QThreadStorage<ThreadConnections> connectionsOfThread;

ThreadConnections &threadConnections()
{
    return connectionsOfThread.localData();
}

QString connectionName(const QString &dbId)
{
    QHash<QString, QString> &names = threadConnections().names;
    auto it = names.find(dbId);
    if (it == names.end())
        it = names.insert(dbId, QStringLiteral("perisai-%1-%2").arg(dbId).arg(nextConnection.fetchAndAddRelaxed(1)));
    return it.value();
}

} // namespace

void releaseThreadConnections()
{
    threadConnections().release();
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

namespace {

// The database file and its journals: no export or report may be written over them.
QStringList sqliteFiles(const QString &path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

} // namespace

Database::Database(Location location)
    : m_location(std::move(location)), m_dialect(m_location.backend), m_id(QString::number(nextId.fetchAndAddRelaxed(1)))
{
    m_user = qEnvironmentVariable("USER", QStringLiteral("desk"));
    if (m_location.backend == Backend::SQLite)
        for (const QString &file : sqliteFiles(m_location.path))
            outputs::protect(file);
}

Database::~Database()
{
    if (m_location.backend == Backend::SQLite)
        for (const QString &file : sqliteFiles(m_location.path))
            outputs::unprotect(file);
    releaseThreadConnection();
    // Other threads' connections cannot be touched from here; removing them closes them.
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

Result<std::shared_ptr<Database>> Database::open(const Location &location)
{
    if (location.backend == Backend::SQLite) {
        const QFileInfo info(location.path);
        if (info.exists() && info.isDir())
            return makeError(QCoreApplication::translate("Database", "%1 is a folder, not a database file").arg(location.path));
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(QCoreApplication::translate("Database", "cannot create the folder %1").arg(info.absolutePath()));
        if (!info.exists()) {
            // A new database holds personal data: its owner alone may read it. SQLite creates the file with
            // 0644 less the umask; an empty file made here first is a valid empty database, and SQLite gives
            // its -wal, -shm and -journal files the database file's permissions.
            QFile file(location.path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                && !QFileInfo::exists(location.path))
                return makeError(QCoreApplication::translate("Database", "cannot create the database file %1: %2")
                                     .arg(location.path, file.errorString()));
        }
    }
    std::shared_ptr<Database> db(new Database(location));
    auto conn = db->openConnection(connectionName(db->m_id));
    if (!conn)
        return conn.error();
    if (location.backend == Backend::PostgreSQL) {
        // On a server the audit names the role that made the change, not the desk's operating-system user.
        QSqlQuery who(*conn);
        if (who.exec(QStringLiteral("SELECT session_user")) && who.next())
            db->m_user = who.value(0).toString();
    }
    return db;
}

Result<QSqlDatabase> Database::openConnection(const QString &name) const
{
    const bool sqlite = m_location.backend == Backend::SQLite;
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    if (sqlite) {
        db.setDatabaseName(m_location.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kSqliteBusyTimeoutMs));
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setDatabaseName(m_location.dbName);
        if (!m_location.password.isEmpty())
            db.setPassword(m_location.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=perisai-desk"));
    }
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.insert(name);
    }
    if (!db.open()) {
        const QString reason = db.lastError().text().trimmed();
        return makeError(sqlite ? QCoreApplication::translate("Database", "cannot open the database file %1: %2").arg(m_location.path, reason)
                                : QCoreApplication::translate("Database", "cannot reach the PostgreSQL server %1: %2").arg(m_location.display(), reason));
    }
    QSqlQuery q(db);
    if (sqlite) {
        // WAL: readers never block the writer; NORMAL sync is safe with WAL (a crash loses no committed data
        // that matters, and never corrupts). Foreign keys are off by default in SQLite.
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                                   "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-65536"}) {
            if (!q.exec(QString::fromLatin1(pragma)))
                return makeError(QCoreApplication::translate("Database", "%1 is not a usable SQLite database: %2")
                                     .arg(m_location.path, q.lastError().text()));
        }
        // A file that is not a database fails only on first read.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return makeError(QCoreApplication::translate("Database", "%1 is not a SQLite database: %2")
                                 .arg(m_location.path, q.lastError().text()));
    } else {
        q.exec(QStringLiteral("SET client_min_messages = warning"));
    }
    return db;
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName(m_id);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    auto db = openConnection(name);
    if (!db) {
        qWarning("%s", qPrintable(db.errorText()));
        return QSqlDatabase::database(name, false);
    }
    return *db;
}

void Database::releaseThreadConnection() const
{
    const QString name = threadConnections().names.take(m_id);
    if (name.isEmpty())
        return;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connectionNames.remove(name))
            return;
    }
    { QSqlDatabase::database(name, false).close(); }
    QSqlDatabase::removeDatabase(name);
}

Status Database::migrate()
{
    Migrator migrator(*this);
    return migrator.run();
}

int Database::schemaVersion() const
{
    Migrator migrator(const_cast<Database &>(*this));
    return migrator.currentVersion();
}

} // namespace perisai::storage
