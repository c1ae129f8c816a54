#pragma once
// Every write happens inside one of these: rolled back unless commit() is reached.
//
// Transactions nest: one begun on a connection that is already inside a transaction of this thread is a
// savepoint of the outer one, so that work written as a whole of its own (a service's method) can also be
// part of a larger whole (the demo data, written all or nothing). An inner commit keeps its changes for the
// outer transaction to commit; an inner rollback undoes its own changes only.

#include "core/result.h"

#include <QSqlDatabase>

namespace perisai::storage {

class Transaction {
public:
    // SQLite: BEGIN IMMEDIATE takes the write lock up front, so two desks never deadlock half-way.
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool started() const { return m_active; }
    Status beginError() const { return m_beginError; }
    Status commit();
    void rollback();
    // Whether this one is a savepoint inside an outer transaction.
    bool nested() const { return !m_savepoint.isEmpty(); }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Status m_beginError;
    QString m_savepoint; // the savepoint's name when nested
};

// Runs `work` (returning a Status or a Result) in one transaction of the calling thread's connection: all
// of it is written, or nothing. A failure of `work` rolls back and is returned as it is.
template <typename Work>
auto inTransaction(const QSqlDatabase &connection, Work work) -> decltype(work())
{
    Transaction tx(connection);
    if (!tx.started())
        return tx.beginError().error();
    auto result = work();
    if (!result)
        return result;
    if (auto st = tx.commit(); !st)
        return st.error();
    return result;
}

} // namespace perisai::storage
