#include "storage/meta.h"

#include "storage/database.h"
#include "storage/query.h"

namespace perisai::storage {

QString readMeta(const Database &db, const QString &key, const QString &fallback)
{
    Query q(db.connection(), QStringLiteral("SELECT value FROM app_meta WHERE key = ?"));
    q.bind(key);
    auto v = q.scalar();
    return v.ok() && !v->isNull() ? v->toString() : fallback;
}

Status writeMeta(const Database &db, const QString &key, const QString &value)
{
    Query q(db.connection(), QStringLiteral("INSERT INTO app_meta (key, value) VALUES (?, ?) "
                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    return q.bind({key, value}).exec();
}

bool isEmpty(const Database &db)
{
    Query q(db.connection(), QStringLiteral("SELECT COUNT(*) FROM offices"));
    auto v = q.scalar();
    return v.ok() && v->toLongLong() == 0;
}

DatabaseKind databaseKind(const Database &db)
{
    const QString kind = readMeta(db, QString::fromLatin1(kDatabaseKindKey));
    if (kind == QLatin1String(kDemoKind))
        return DatabaseKind::Demo;
    if (kind == QLatin1String(kBranchKind))
        return DatabaseKind::Branch;
    return readMeta(db, QStringLiteral("demo_seed")).isEmpty() ? DatabaseKind::Unknown : DatabaseKind::Demo;
}

} // namespace perisai::storage
