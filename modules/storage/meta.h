#pragma once
// Small facts about a database kept in app_meta: the branch's name, the demo preset, the office shown by default.

#include "core/result.h"

namespace perisai::storage {

class Database;

QString readMeta(const Database &db, const QString &key, const QString &fallback = {});
Status writeMeta(const Database &db, const QString &key, const QString &value);
// True when the database holds no offices yet (a fresh file).
bool isEmpty(const Database &db);

// What a database holds, as app_meta 'database_kind' says: demo data made by the generator, or a branch's own.
// Demo files made before the key existed are known by their 'demo_seed'.
enum class DatabaseKind { Unknown, Demo, Branch };
DatabaseKind databaseKind(const Database &db);
inline bool isDemo(const Database &db) { return databaseKind(db) == DatabaseKind::Demo; }
// The app_meta key and its values, for the writers (demo generator, first-day set-up).
inline constexpr const char *kDatabaseKindKey = "database_kind";
inline constexpr const char *kDemoKind = "demo";
inline constexpr const char *kBranchKind = "branch";

} // namespace perisai::storage
