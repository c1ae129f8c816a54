#pragma once
// The entity kinds (agents, wadah, participants, claims, targets, workforce) share one way of writing:
// each row is a set of column values with a natural key; existing rows are found by that key and compared,
// new rows go in through storage::BulkWriter, changed rows are updated, and the before-row of every update
// is kept in import_changes. Rows inserted by a batch carry its batch_id, which is how undo finds them.
// An EntitySpec says only what differs per kind: columns, key, and how a record becomes a row.

#include "processor.h"
#include "rowreader.h"

#include <QList>
#include <QVariant>

namespace perisai::imports {

enum class ColumnType { Text, Int, Date };

struct ColumnDef {
    QString name;
    ColumnType type = ColumnType::Text;
};

struct EntityRow {
    qint64 line = 0;
    // One value per spec column: a value, a typed NULL, or an invalid QVariant (the file does not say).
    QList<QVariant> values;
    // Bit i set: column i's value is only a default for a new row; an existing row keeps its own.
    quint32 insertOnly = 0;
};

// A row as it was in the database before this import.
struct ExistingRow {
    qint64 id = 0;
    QList<QVariant> values;   // spec columns
    QVariant batchId;
    QVariant version;         // tables with a version column
    QVariant updatedAt;       // tables with timestamps
};

// A row the import inserted (before == nullptr) or updated.
struct WrittenRow {
    qint64 id = 0;
    const EntityRow *row = nullptr;
    const ExistingRow *before = nullptr;
};

class EntitySpec {
public:
    virtual ~EntitySpec() = default;
    virtual QString table() const = 0;
    virtual QList<ColumnDef> columns() const = 0; // the natural key's columns first
    virtual int keyColumns() const { return 1; }
    virtual int keyField() const = 0;             // field whose column a duplicate is reported on
    virtual QString keyLabel() const = 0;         // "the same <keyLabel> is already on line N"
    virtual bool hasTimestamps() const { return false; } // created_at, updated_at
    virtual bool hasVersion() const { return false; }
    virtual Status prepare(Lookups &lookups) = 0;
    // The row for a record, or nothing when the reader rejected it.
    virtual std::optional<EntityRow> convert(RowReader &reader) = 0;
    virtual std::optional<PeriodRange> affectedMonths(const QList<WrittenRow> &written, ImportContext &context)
    {
        (void)written, (void)context;
        return std::nullopt;
    }
    virtual Result<int> raiseFlags(const QList<WrittenRow> &written, ImportContext &context, qint64 batchId)
    {
        (void)written, (void)context, (void)batchId;
        return 0;
    }
};

std::unique_ptr<EntitySpec> agentsSpec();
std::unique_ptr<EntitySpec> wadahSpec();
std::unique_ptr<EntitySpec> participantsSpec();
std::unique_ptr<EntitySpec> claimsSpec();
std::unique_ptr<EntitySpec> targetsSpec();
std::unique_ptr<EntitySpec> workforceSpec();

// The comparable text of a stored value: NULL stays a null QString, dates are yyyy-mm-dd.
QString canonical(const QVariant &value, ColumnType type);

std::unique_ptr<Processor> makeEntityProcessor(ImportContext &context, std::unique_ptr<EntitySpec> spec);

} // namespace perisai::imports
