#pragma once
// Reference figures per region and year (labour force, informal workers, working population), e.g. from
// BPS: read, and replaced as a whole set in one transaction with an audit entry per change.

#include "core/result.h"

#include <QString>
#include <optional>
#include <vector>

namespace perisai::storage {
class Database;
}

namespace perisai::figures {

struct WorkforceRow {
    QString region;
    int year = 0;
    std::optional<qint64> labourForce;
    std::optional<qint64> informalWorkers;
    std::optional<qint64> workingPopulation;
    std::optional<qint64> batchId; // the import that brought it, kept when a change is undone

    bool operator==(const WorkforceRow &) const = default;
};

Result<std::vector<WorkforceRow>> loadWorkforce(const storage::Database &db);
// Checks rows as a person entered them: a region, a plausible year, no negative figure, each region and
// year once, informal workers not above the labour force. The message names the row (1-based).
Status validateWorkforce(const std::vector<WorkforceRow> &rows);
// Makes the table hold exactly `rows`: deletes, inserts and updates what differs, all or nothing. With
// `expected` (the rows as this desk read them), nothing is written when the table holds anything else: another
// desk saved meanwhile, and the message says who and when.
Status replaceWorkforce(const storage::Database &db, const std::vector<WorkforceRow> &rows, const QString &user,
                        const std::optional<std::vector<WorkforceRow>> &expected = std::nullopt);

} // namespace perisai::figures
