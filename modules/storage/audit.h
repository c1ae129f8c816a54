#pragma once
// The audit log: who changed what, when, with the row before and after (JSON).

#include "core/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace perisai::storage {

struct AuditEntry {
    QString user;
    QString action;   // insert, update, delete, status, import, undo, reveal (personal data shown in a form)
    QString table;
    qint64 rowId = 0;
    QString summary;  // one line a person reads in the history
    QJsonObject before;
    QJsonObject after;
};

// Written in the caller's transaction, so the log and the change stand or fall together. On PostgreSQL the
// server's triggers record the change itself (who = the login, not `user`); this adds the summary to it.
Status writeAudit(const QSqlDatabase &conn, const AuditEntry &entry);

} // namespace perisai::storage
