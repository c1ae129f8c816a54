#pragma once
// The incentive rule versions stored in program_rules (rule = 'incentive'), chosen by a month's first day.
// A version is only ever added, with its start date: a version in use is never edited in place, so an
// approved month always reads the rule it was approved under.

#include "core/period.h"
#include "incentives/rule.h"

#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::incentives {

class RuleVersions {
public:
    explicit RuleVersions(const storage::Database &db) : m_db(db) { }

    // Every version, oldest first.
    Result<std::vector<RuleVersion>> all() const;
    // The version in force on the month's first day; an error naming the month when none is.
    Result<RuleVersion> forMonth(YearMonth month) const;
    Result<RuleVersion> byId(qint64 id) const;

    // Adds `rule` from rule.validFrom (the first day of a month, after every stored version's start and
    // after `lastApproved`, the latest month already approved anywhere: its figures must not change).
    // Needs the right to approve (see permissions.h). Audited.
    Result<qint64> add(const RuleVersion &rule, YearMonth lastApproved) const;

private:
    const storage::Database &m_db;
};

} // namespace perisai::incentives
