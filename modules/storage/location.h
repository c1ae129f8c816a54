#pragma once
// Where the data lives: a SQLite file path, or a postgresql://user@host:port/dbname URL.
// A password never comes from the URL on the command line: libpq reads PGPASSWORD or ~/.pgpass.

#include "core/result.h"

namespace perisai::storage {

enum class Backend { SQLite, PostgreSQL };

struct Location {
    Backend backend = Backend::SQLite;
    QString path;       // SQLite
    QString host;       // PostgreSQL
    int port = 5432;
    QString user;
    QString dbName;
    QString password;   // only when given by the connection dialog (kept in memory)

    static Result<Location> parse(const QString &text);
    static Location sqliteFile(const QString &path);
    // The user's data folder file used when no --database is given.
    static QString defaultSqlitePath();

    QString toString() const;  // round-trips through parse(); never contains the password
    QString display() const;   // for the status bar: "SQLite · perisai.db" / "PostgreSQL · user@host:port/db"
};

} // namespace perisai::storage
