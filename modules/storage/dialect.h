#pragma once
// What differs between SQLite and PostgreSQL, and nothing else. Most SQL is written once for both:
// both speak ON CONFLICT ... DO UPDATE and RETURNING.

#include "storage/location.h"

namespace perisai::storage {

class Dialect {
public:
    explicit Dialect(Backend backend) : m_backend(backend) {}

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::SQLite; }
    bool isPostgres() const { return m_backend == Backend::PostgreSQL; }

    // Replaces the schema tokens ({{pk}}, {{blob}}, {{without_rowid}}) of a migration.
    QString expandSchema(QString sql) const;
    // Appended to a SELECT that is read before an update in the same transaction.
    QString forUpdate() const { return isPostgres() ? QStringLiteral(" FOR UPDATE") : QString(); }
    // Integer division of two integer expressions (both already divide integers; named for readers).
    QString monthIndex(const QString &yyyymmExpr) const; // months since year 0, for cohort distances

private:
    Backend m_backend;
};

} // namespace perisai::storage
