#include "demo/bulkload.h"

#include "storage/query.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace perisai::demo {

// DDL runs unprepared: PostgreSQL cannot PREPARE it, and there are no values to bind.
Status IndexesAside::exec(const QString &sql)
{
    QSqlQuery q(m_sink.connection());
    if (!q.exec(sql))
        return makeError(QCoreApplication::translate("Demo", "cannot rebuild indexes: %1").arg(q.lastError().text()), sql);
    return {};
}

Status IndexesAside::take(const QStringList &tables)
{
    QStringList drops;
    for (const QString &table : tables) {
        if (m_sink.postgres()) {
            // Names and definitions come from the catalog (quoted by the server), never from input.
            storage::Query fks(m_sink.connection(), QStringLiteral(
                "SELECT quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid = CAST(? AS regclass) AND contype = 'f' ORDER BY conname"));
            fks.bind(table);
            if (auto st = fks.exec(); !st)
                return st;
            while (fks.next()) {
                drops << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, fks.text(0));
                m_recreate << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(table, fks.text(0), fks.text(1));
            }
            storage::Query indexes(m_sink.connection(), QStringLiteral(
                "SELECT CAST(indexrelid AS regclass), pg_get_indexdef(indexrelid) FROM pg_index "
                "WHERE indrelid = CAST(? AS regclass) AND NOT indisunique ORDER BY 1"));
            indexes.bind(table);
            if (auto st = indexes.exec(); !st)
                return st;
            while (indexes.next()) {
                drops << QStringLiteral("DROP INDEX %1").arg(indexes.text(0));
                // A partitioned table's index is listed "ON ONLY" the parent: made again on the parent, it
                // must reach every partition.
                m_recreate << indexes.text(1).replace(QLatin1String(" ON ONLY "), QLatin1String(" ON "));
            }
        } else {
            storage::Query indexes(m_sink.connection(), QStringLiteral(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name"));
            indexes.bind(table);
            if (auto st = indexes.exec(); !st)
                return st;
            while (indexes.next()) {
                if (indexes.text(1).contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
                    continue;
                drops << QStringLiteral("DROP INDEX \"%1\"").arg(indexes.text(0));
                m_recreate << indexes.text(1);
            }
        }
    }
    for (const QString &sql : drops)
        if (auto st = exec(sql); !st)
            return st;
    return {};
}

Status IndexesAside::restore()
{
    for (const QString &sql : std::as_const(m_recreate)) {
        if (auto st = exec(sql); !st)
            return st;
        if (!m_sink.advance(1))
            return m_sink.cancelledError();
    }
    m_recreate.clear();
    return {};
}

} // namespace perisai::demo
