#pragma once
// A prepared statement with bound values and errors as values. Values are always bound, never pasted.

#include "core/result.h"
#include "storage/values.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>

namespace perisai::storage {

class Query {
public:
    Query(const QSqlDatabase &db, const QString &sql);

    // Positional values in order of the `?` placeholders.
    Query &bind(const QVariant &value);
    Query &bind(std::initializer_list<QVariant> values);
    Query &bind(const QVariantList &values);
    Query &bind(const QString &name, const QVariant &value);

    Status exec();
    // Runs the statement and returns the first column of the first row (or an error / a null QVariant).
    Result<QVariant> scalar();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    qint64 intValue(int column) const { return m_query.value(column).toLongLong(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

private:
    Error error() const;

    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
    int m_position = 0;
};

} // namespace perisai::storage
