#pragma once
// One kind's way through an import: check each record against the database, then write the good rows
// as a batch (insert new, update changed, leave unchanged alone, note every before-row for undo).

#include "core/period.h"
#include "fields.h"
#include "issues.h"
#include "lookups.h"
#include "source.h"

#include <QList>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace perisai::storage {
class Database;
}

namespace perisai::imports {

struct ImportContext {
    const storage::Database &db;
    QSqlDatabase conn;
    Kind kind;
    ColumnMap map;
    Lookups &lookups;
    const ImportControl &control;
    bool clearEmpty = false; // see ImportOptions::clearEmpty
};

class Processor {
public:
    virtual ~Processor() = default;
    // Loads what rows are checked against.
    virtual Status prepare() = 0;
    // Checks one data record: keeps a good row, or records why it is rejected.
    virtual void add(const Record &record, IssueSink &issues) = 0;
    // Checks that need every row (the same key twice in the file).
    virtual void finishChecks(IssueSink &issues) { (void)issues; }
    virtual qint64 rows() const = 0;
    // Writes the kept rows as batch `batchId`, in the caller's transaction.
    virtual Result<Counts> write(qint64 batchId) = 0;
    // The months whose summaries the written rows change.
    virtual std::optional<PeriodRange> affectedMonths() const { return std::nullopt; }
    // The offices whose participants the written rows belong to; nullopt: not known (every office).
    virtual std::optional<QList<qint64>> affectedOffices() const { return std::nullopt; }
    // What the summary should say about how the file was read (the channel words seen, say); after the checks.
    virtual QStringList notes() const { return {}; }
    // Signals for a person to review, about rows this batch wrote; returns how many were raised.
    virtual Result<int> raiseFlags(qint64 batchId) { (void)batchId; return 0; }
};

std::unique_ptr<Processor> makeProcessor(ImportContext &context);

// Adds `other` to `range` (either may be empty).
void extend(std::optional<PeriodRange> &range, int fromKey, int toKey);

} // namespace perisai::imports
