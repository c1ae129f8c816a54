#pragma once
// Versioned schema upgrades kept as resources (:/sql/NNNN_name.sql). The pending ones are applied in one
// transaction (each a savepoint of it): the database is at its old version or at the new one, never in between.
// A file named NNNN_name.postgresql.sql (or .sqlite.sql) applies to that database only: server roles,
// row-level security and audit triggers have no SQLite counterpart. A SQLite file is copied aside (owner-only,
// complete or not at all) before its first pending migration runs. On PostgreSQL, once the owner role exists
// (0071), migrations run as that role (SET LOCAL ROLE), so that every table keeps one owner whoever logs in to
// upgrade.

#include "core/result.h"
#include "storage/location.h"

#include <QList>
#include <QString>
#include <optional>

namespace perisai::storage {

class Database;

struct Migration {
    int version = 0;
    QString name;
    QString resourcePath;
    // Empty: both databases; otherwise the one it is written for.
    std::optional<Backend> only;
};

class Migrator {
public:
    explicit Migrator(Database &db) : m_db(db) {}

    // The migrations for one kind of database, in version order.
    static QList<Migration> available(Backend backend);
    static int latestVersion(Backend backend);
    int currentVersion() const;  // 0 for an empty database
    // Applies the pending migrations up to `target` (default: all of them).
    Status run(int target = 0);
    QString lastBackupPath() const { return m_backupPath; }

    // Splits a script into statements: a statement ends with ';' at the end of a line, outside a
    // dollar-quoted body ($$ ... $$, $fn$ ... $fn$) of a PostgreSQL function or DO block.
    static QStringList splitStatements(const QString &script);

private:
    Status apply(const Migration &m);
    Status backupSqlite(int fromVersion);
    Status checkMayUpgrade(int current, int latest);

    Database &m_db;
    QString m_backupPath;
};

} // namespace perisai::storage
