#pragma once
// Two desks editing the same row: every editable row carries `version`; an UPDATE ... WHERE version = ?
// that finds nothing means someone else saved first. The error says so, and the audit log says who.

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace perisai::storage {
class Database;
}

namespace perisai::roster {

// The last recorded change of a row, read from audit_log.
struct ChangeInfo {
    QString user;
    QDateTime at;          // local time
    QString action;        // insert, update, status, undo, ...
    QString summary;
    QStringList fields;    // the column names that change touched (before vs after)
    bool known() const { return !user.isEmpty(); }
};

Result<ChangeInfo> readLastChange(const storage::Database &db, const QString &table, qint64 rowId);

// An Error whose `where` marks it as an edit conflict, so the page can offer to reload. Its message names
// who changed the row and when (from the audit log).
Error conflictError(const QString &message);
Status conflictFor(const storage::Database &db, const QString &table, qint64 rowId);
// The same for the other modules' records: `message` says what was not saved and what to do, followed by
// who changed the row last and when ("The session "X" was changed elsewhere...; Changed on another desk by
// budi at 14:02 (place)."). Every edited table (wadah, agents, offices, agreements, Monev sessions, obstacles
// and actions, obstacle categories, review cases) reports a lost race this way.
Error conflictNamed(const storage::Database &db, const QString &table, qint64 rowId, const QString &message);
bool isConflict(const Error &error);
inline bool isConflict(const Status &status) { return !status.ok() && isConflict(status.error()); }

// "Changed on another desk by budi at 14:02 (phone, bank)."
QString describeConflict(const ChangeInfo &change);

// Column names of the JSON a change records, and their labels for people ("phone" -> "Phone").
QStringList changedFields(const QJsonObject &before, const QJsonObject &after);
QStringList fieldLabels(const QStringList &columns);

} // namespace perisai::roster
