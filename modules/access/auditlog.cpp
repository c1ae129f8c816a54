#include "auditlog.h"

#include "tr.h"
#include "storage/database.h"
#include "storage/query.h"
#include "ui/personaldata.h"

#include <QJsonDocument>
#include <QSet>

namespace perisai::access {

namespace {

QJsonObject parse(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

// The first instant of a local day, as the log stores it (UTC, ISO 8601).
QString utcStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

Result<QStringList> distinct(const storage::Database &db, const char *column)
{
    storage::Query q(db.connection(), QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY 1").arg(QLatin1String(column)));
    if (auto st = q.exec(); !st)
        return st.error();
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

QString valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toVariant().toString();
}

QString shown(const QString &column, const QString &value, bool reveal)
{
    if (value == QStringLiteral("—"))
        return value;
    if (column == QLatin1String("nik"))
        return ui::showNik(value, reveal);
    if (column == QLatin1String("phone"))
        return ui::showPhone(value, reveal);
    if (column == QLatin1String("account_no") || column == QLatin1String("payout_account"))
        return ui::showAccount(value, reveal);
    return value;
}

} // namespace

Result<QList<AuditRow>> readAudit(const storage::Database &db, const AuditFilter &f)
{
    QString sql = QStringLiteral("SELECT id, at, user_name, action, table_name, COALESCE(row_id, 0), COALESCE(summary, ''), "
                                 "COALESCE(before, ''), COALESCE(after, '') FROM audit_log WHERE 1 = 1");
    QVariantList values;
    if (!f.user.isEmpty()) {
        sql += QStringLiteral(" AND user_name = ?");
        values << f.user;
    }
    if (!f.table.isEmpty()) {
        sql += QStringLiteral(" AND table_name = ?");
        values << f.table;
    }
    if (f.rowId != 0) {
        sql += QStringLiteral(" AND row_id = ?");
        values << f.rowId;
    }
    if (f.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        values << utcStart(f.from);
    }
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        values << utcStart(f.to.addDays(1));
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?");
    values << f.limit;
    storage::Query q(db.connection(), sql);
    q.bind(values);
    if (auto st = q.exec(); !st)
        return st.error();
    QList<AuditRow> rows;
    while (q.next()) {
        AuditRow r;
        r.id = q.intValue(0);
        r.at = QDateTime::fromString(q.text(1), Qt::ISODateWithMs).toLocalTime();
        r.user = q.text(2);
        r.action = q.text(3);
        r.table = q.text(4);
        r.rowId = q.intValue(5);
        r.summary = q.text(6);
        r.before = parse(q.text(7));
        r.after = parse(q.text(8));
        rows.append(r);
    }
    return rows;
}

Result<QStringList> auditUsers(const storage::Database &db)
{
    return distinct(db, "user_name");
}

Result<QStringList> auditTables(const storage::Database &db)
{
    return distinct(db, "table_name");
}

QStringList describeChange(const AuditRow &row, bool reveal)
{
    static const QSet<QString> bookkeeping{QStringLiteral("version"), QStringLiteral("updated_at"), QStringLiteral("created_at"),
                                           QStringLiteral("batch_id")};
    QStringList columns = row.after.keys();
    for (const QString &c : row.before.keys())
        if (!columns.contains(c))
            columns << c;
    QStringList lines;
    for (const QString &c : std::as_const(columns)) {
        if (bookkeeping.contains(c))
            continue;
        const QString before = valueText(row.before.value(c));
        const QString after = valueText(row.after.value(c));
        if (row.before.isEmpty())
            lines << QStringLiteral("%1: %2").arg(c, shown(c, after, reveal));
        else if (row.after.isEmpty())
            lines << QStringLiteral("%1: %2").arg(c, shown(c, before, reveal));
        else if (before != after)
            lines << Tr::tr("%1: %2 → %3").arg(c, shown(c, before, reveal), shown(c, after, reveal));
    }
    return lines;
}

} // namespace perisai::access
