#include "incentives/payees.h"

#include "storage/database.h"
#include "storage/query.h"
#include "storage/values.h"

namespace perisai::incentives {

namespace {

Status read(const storage::Database &db, const QString &sql, const QList<qint64> &officeIds, QHash<qint64, Payee> &into)
{
    storage::Query q(db.connection(), sql.arg(storage::placeholders(officeIds.size())));
    for (qint64 id : officeIds)
        q.bind(id);
    if (auto st = q.exec(); !st)
        return st;
    while (q.next())
        into.insert(q.intValue(0), {q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)});
    return {};
}

} // namespace

Result<Payees> loadPayees(const storage::Database &db, const QList<qint64> &officeIds)
{
    Payees payees;
    if (auto st
        = read(db, QStringLiteral("SELECT id, code, name, '', partner_bank, payout_account FROM wadah WHERE office_id IN (%1)"),
               officeIds, payees.wadah);
        !st)
        return st.error();
    if (auto st = read(db, QStringLiteral("SELECT id, code, name, nik, bank, account_no FROM agents WHERE office_id IN (%1)"),
                       officeIds, payees.agents);
        !st)
        return st.error();
    return payees;
}

} // namespace perisai::incentives
