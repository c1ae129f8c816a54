#include "incentives/permissions.h"

#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>

namespace perisai::incentives {

Status mayApprove(const storage::Database &db, const QString &user)
{
    storage::Query q(db.connection(), QStringLiteral("SELECT role, active FROM users WHERE login = ?"));
    q.bind(user);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return {};
    const QString role = q.text(0);
    if (q.intValue(1) == 0 || (role != QLatin1String("head") && role != QLatin1String("admin")))
        return makeError(
            QCoreApplication::translate("Incentives", "only a branch head or an admin may approve incentives (%1 is %2)")
                .arg(user, role));
    return {};
}

} // namespace perisai::incentives
