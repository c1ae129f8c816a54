#include "storage/query.h"

#include <QCoreApplication>
#include <QSqlError>

namespace perisai::storage {

Query::Query(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

Query &Query::bind(const QVariant &value)
{
    m_query.bindValue(m_position++, value);
    return *this;
}

Query &Query::bind(std::initializer_list<QVariant> values)
{
    for (const auto &v : values)
        bind(v);
    return *this;
}

Query &Query::bind(const QVariantList &values)
{
    for (const auto &v : values)
        bind(v);
    return *this;
}

Query &Query::bind(const QString &name, const QVariant &value)
{
    m_query.bindValue(name, value);
    return *this;
}

Error Query::error() const
{
    const QString detail = m_query.lastError().text().trimmed();
    return makeError(QCoreApplication::translate("Query", "database error: %1").arg(detail),
                     m_sql.simplified().left(120));
}

Status Query::exec()
{
    if (!m_prepared || !m_query.exec())
        return error();
    return {};
}

Result<QVariant> Query::scalar()
{
    if (auto st = exec(); !st)
        return st.error();
    if (!m_query.next())
        return QVariant();
    return m_query.value(0);
}

} // namespace perisai::storage
