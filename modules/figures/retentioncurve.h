#pragma once
// The retention curve (glossary: Retention curve): of the participants registered in the 24 months up to a
// month, the share paid up k = 0..12 months after registration, agents' recruits against other channels.
// Each k counts only the cohorts already k months old.

#include "core/period.h"
#include "core/result.h"
#include "kpiscope.h"

#include <array>
#include <optional>

namespace perisai::storage {
class Database;
}

namespace perisai::figures {

struct RetentionCurve {
    std::array<std::optional<double>, 13> perisai{};
    std::array<std::optional<double>, 13> other{};
    qint64 cohortSize = 0; // agents' recruits in the cohorts looked at
    YearMonth firstCohort; // the first month of the 24 that holds recruits
    YearMonth lastCohort;
};

Result<RetentionCurve> retentionCurve(const storage::Database &db, const ResolvedScope &scope, YearMonth last);

} // namespace perisai::figures
