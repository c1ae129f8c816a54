#pragma once
// Small facts about a database kept in app_meta: the branch's name, the demo preset, the office shown by default.

#include "core/result.h"

namespace perisai::storage {

class Database;

QString readMeta(const Database &db, const QString &key, const QString &fallback = {});
Status writeMeta(const Database &db, const QString &key, const QString &value);
// True when the database holds no offices yet (a fresh file).
bool isEmpty(const Database &db);

} // namespace perisai::storage
