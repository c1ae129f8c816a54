#pragma once
// Who is paid: the wadah's partner bank and account (where the month is transferred) and the agents'
// identity for their statements. Roster data, read here for the payout files; no figure comes from here.

#include "core/result.h"

#include <QHash>
#include <QString>

namespace perisai::storage {
class Database;
}

namespace perisai::incentives {

struct Payee {
    QString code;
    QString name;
    QString nik; // agents only
    QString bank;
    QString account;
};

struct Payees {
    QHash<qint64, Payee> wadah; // by id
    QHash<qint64, Payee> agents; // by id
};

Result<Payees> loadPayees(const storage::Database &db, const QList<qint64> &officeIds);

} // namespace perisai::incentives
