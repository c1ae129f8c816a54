#pragma once
// What the incentives read from review: the participants of confirmed review cases. interfaces.md says
// "a participant in a confirmed fraud case counts for nothing": no acquisition incentive for registering
// them, no contribution incentive on what they pay. Only confirmed cases exclude; open, under-review and
// cleared cases change nothing.
//
// Two ways to ask, the same answer:
//   excludedFromIncentives(db)       the participant ids, for a run that works in memory
//   excludedFromIncentivesSql("p")   a condition for a WHERE clause, true for a participant that still
//                                    counts (no bound values: it names only tables and the alias)
// A confirmation is written in one transaction with its audit line, so a run started after it sees it.

#include "core/result.h"

#include <QSet>
#include <QString>

namespace perisai::storage {
class Database;
}

namespace perisai::review {

Result<QSet<qint64>> excludedFromIncentives(const storage::Database &db);
QString excludedFromIncentivesSql(const QString &participantAlias);

} // namespace perisai::review
