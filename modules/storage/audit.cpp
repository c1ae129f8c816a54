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
    Query q(conn, QStringLiteral("INSERT INTO audit_log (at, user_name, action, table_name, row_id, summary, before, after) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind({nowIso(), e.user, e.action, e.table, e.rowId, e.summary, json(e.before), json(e.after)});
    return q.exec();
}

} // namespace perisai::storage
