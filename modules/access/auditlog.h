#pragma once
// Reading the audit log: who changed or looked at what, when, filtered by user, table, row and date.
// The same on both databases; on a server the rows are those of the offices the login sees.

#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace perisai::storage {
class Database;
}

namespace perisai::access {

struct AuditFilter {
    QString user;       // exact login; empty: everyone
    QString table;      // empty: every table
    qint64 rowId = 0;   // 0: every row
    QDate from;         // local days, inclusive; invalid: open
    QDate to;
    int limit = 1000;   // newest first
};

struct AuditRow {
    qint64 id = 0;
    QDateTime at; // local time
    QString user;
    QString action;
    QString table;
    qint64 rowId = 0;
    QString summary;
    QJsonObject before;
    QJsonObject after;
};

Result<QList<AuditRow>> readAudit(const storage::Database &db, const AuditFilter &filter);
// The users and tables that occur in the log, for the filter's lists.
Result<QStringList> auditUsers(const storage::Database &db);
Result<QStringList> auditTables(const storage::Database &db);

// What changed: one line per column, "phone: 0812… → 0813…", bookkeeping columns (version, updated_at)
// left out; personal data (NIK, phone, account) masked unless `reveal`.
QStringList describeChange(const AuditRow &row, bool reveal);

} // namespace perisai::access
