#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace perisai::storage {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    QSqlQuery q(m_db);
    if (q.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        m_active = true;
    else
        m_beginError = makeError(QCoreApplication::translate("Transaction", "cannot start a transaction: %1").arg(q.lastError().text()));
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_beginError.ok() ? makeError(QCoreApplication::translate("Transaction", "no transaction to commit")) : m_beginError;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString reason = q.lastError().text();
        rollback();
        return makeError(QCoreApplication::translate("Transaction", "the change could not be saved: %1").arg(reason));
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace perisai::storage
