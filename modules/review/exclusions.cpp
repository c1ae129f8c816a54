#include "exclusions.h"

#include "storage/database.h"
#include "storage/query.h"

namespace perisai::review {

Result<QSet<qint64>> excludedFromIncentives(const storage::Database &db)
{
    storage::Query q(db.connection(), QStringLiteral("SELECT DISTINCT x.participant_id FROM review_case_participants x "
                                                     "JOIN review_cases c ON c.id = x.case_id WHERE c.state = 'confirmed'"));
    if (auto st = q.exec(); !st)
        return st.error();
    QSet<qint64> out;
    while (q.next())
        out.insert(q.intValue(0));
    return out;
}

QString excludedFromIncentivesSql(const QString &participantAlias)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM review_case_participants x JOIN review_cases c ON c.id = x.case_id "
                          "WHERE c.state = 'confirmed' AND x.participant_id = %1.id)")
        .arg(participantAlias);
}

} // namespace perisai::review
