#pragma once
// Runs a piece of work in one transaction: all of it is written, or nothing.

#include "storage/database.h"
#include "storage/transaction.h"

namespace perisai::monev {

template <typename F>
auto inTransaction(const storage::Database &db, F work) -> decltype(work())
{
    storage::Transaction tx(db.connection());
    if (!tx.started())
        return tx.beginError().error();
    auto result = work();
    if (!result)
        return result;
    if (auto st = tx.commit(); !st)
        return st.error();
    return result;
}

} // namespace perisai::monev
