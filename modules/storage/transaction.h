#pragma once
// Every write happens inside one of these: rolled back unless commit() is reached.

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

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Status m_beginError;
};

} // namespace perisai::storage
