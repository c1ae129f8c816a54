#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace perisai::storage {
namespace {

// How many transactions are open on each of this thread's connections (a connection belongs to one thread).
QHash<QString, int> &openTransactions()
{
    static thread_local QHash<QString, int> open;
    return open;
}

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    int &depth = openTransactions()[m_db.connectionName()];
    QSqlQuery q(m_db);
    if (depth > 0) {
        const QString name = QStringLiteral("perisai_%1").arg(depth);
        if (q.exec(QStringLiteral("SAVEPOINT ") + name)) {
            m_savepoint = name;
            m_active = true;
        }
    } else {
        const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
        m_active = q.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    }
    if (m_active)
        ++depth;
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
    if (!q.exec(nested() ? QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint : QStringLiteral("COMMIT"))) {
        const QString reason = q.lastError().text();
        rollback();
        return makeError(QCoreApplication::translate("Transaction", "the change could not be saved: %1").arg(reason));
    }
    m_active = false;
    --openTransactions()[m_db.connectionName()];
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (nested()) {
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    } else {
        q.exec(QStringLiteral("ROLLBACK"));
    }
    m_active = false;
    --openTransactions()[m_db.connectionName()];
}

} // namespace perisai::storage
