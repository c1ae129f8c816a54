#include "storage/audit.h"

#include "storage/database.h"
#include "storage/query.h"

#include <QJsonDocument>

namespace perisai::storage {

Status writeAudit(const QSqlDatabase &conn, const AuditEntry &e)
{
    auto json = [](const QJsonObject &o) {
        return o.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                           : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    if (conn.driverName() == QLatin1String("QPSQL")) {
        // On a server the triggers have already written who changed the row, when, and the row before and
        // after; the program adds its description to that row. What is not a change (a reveal, an import's
        // summary) becomes a row of its own, which the server names after the login and stamps with its clock.
        Query q(conn, QStringLiteral("SELECT perisai_audit_note(?, ?, ?, ?, ?, ?)"));
        q.bind({e.table, e.rowId, e.action, e.summary, json(e.before), json(e.after)});
        return q.exec();
    }
    Query q(conn, QStringLiteral("INSERT INTO audit_log (at, user_name, action, table_name, row_id, summary, before, after) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind({nowIso(), e.user, e.action, e.table, e.rowId, e.summary, json(e.before), json(e.after)});
    return q.exec();
}

} // namespace perisai::storage
