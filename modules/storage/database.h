#pragma once
// An open database: where it is, its dialect, and one Qt SQL connection per thread
// (Qt SQL connections belong to the thread that opened them).

#include "core/result.h"
#include "storage/dialect.h"
#include "storage/location.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <memory>

namespace perisai::storage {

// How long a SQLite statement waits for another desk's write lock before it fails.
constexpr int kSqliteBusyTimeoutMs = 10000;

class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and for SQLite creates) the database and checks that it answers. Does not migrate.
    static Result<std::shared_ptr<Database>> open(const Location &location);

    // This thread's connection, opened on first use.
    QSqlDatabase connection() const;
    // Forgets this thread's connection (call at the end of a worker thread).
    void releaseThreadConnection() const;

    const Location &location() const { return m_location; }
    const Dialect &dialect() const { return m_dialect; }
    Backend backend() const { return m_location.backend; }

    // Brings the schema up to date (see Migrator); a SQLite file is copied aside first.
    Status migrate();
    int schemaVersion() const;

    QString currentUser() const { return m_user; }
    void setCurrentUser(const QString &user) { m_user = user; }

private:
    explicit Database(Location location);
    Result<QSqlDatabase> openConnection(const QString &name) const;

    Location m_location;
    Dialect m_dialect;
    QString m_id;
    QString m_user;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connectionNames;
};

using DatabasePtr = std::shared_ptr<Database>;

// UTC timestamp as stored in TEXT columns.
QString nowIso();

// Closes every connection the calling thread opened. The main thread calls it before the application object
// goes: Qt SQL must not close connections after that (thread-local cleanup would, at exit).
void releaseThreadConnections();

} // namespace perisai::storage
