#pragma once
// Filling the big tables the way pg_restore does: their secondary indexes and foreign keys are set aside
// while the rows go in, then rebuilt in one pass each (a sorted index build, one anti-join per foreign key)
// instead of being maintained and checked row by row. All of it inside the generation's transaction: on
// failure or cancel the rollback puts the schema back as it was, and after commit it is the same schema.

#include "demo/sink.h"

#include <QStringList>

namespace perisai::demo {

class IndexesAside {
public:
    explicit IndexesAside(Sink &sink) : m_sink(sink) {}

    // Drops the plain (non-unique) indexes of `tables` and, on PostgreSQL, their foreign keys.
    Status take(const QStringList &tables);
    // Creates them again exactly as they were.
    Status restore();

private:
    Status exec(const QString &sql);

    Sink &m_sink;
    QStringList m_tables;
    QStringList m_recreate; // statements that put back what was dropped
};

} // namespace perisai::demo
