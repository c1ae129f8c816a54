#pragma once
// Versioned schema upgrades kept as resources (:/sql/NNNN_name.sql). The pending ones are applied in one
// transaction (each a savepoint of it): the database is at its old version or at the new one, never in between.
// A SQLite file is copied aside (owner-only, complete or not at all) before its first pending migration runs.

#include "core/result.h"

#include <QList>
#include <QString>

namespace perisai::storage {

class Database;

struct Migration {
    int version = 0;
    QString name;
    QString resourcePath;
};

class Migrator {
public:
    explicit Migrator(Database &db) : m_db(db) {}

    static QList<Migration> available();
    static int latestVersion();
    int currentVersion() const;  // 0 for an empty database
    // Applies the pending migrations up to `target` (default: all of them).
    Status run(int target = 0);
    QString lastBackupPath() const { return m_backupPath; }

    // Splits a script into statements: a statement ends with ';' at the end of a line.
    static QStringList splitStatements(const QString &script);

private:
    Status apply(const Migration &m);
    Status backupSqlite(int fromVersion);

    Database &m_db;
    QString m_backupPath;
};

} // namespace perisai::storage
