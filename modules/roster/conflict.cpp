#include "conflict.h"

#include "core/format.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace perisai::roster {
namespace {
const QString kConflict = QStringLiteral("edit-conflict");
}

Result<ChangeInfo> readLastChange(const storage::Database &db, const QString &table, qint64 rowId)
{
    storage::Query q(db.connection(), QStringLiteral(
        "SELECT user_name, at, action, summary, before, after FROM audit_log WHERE table_name = ? AND row_id = ? "
        "AND action <> 'reveal' ORDER BY id DESC LIMIT 1")); // looking is not changing
    if (auto st = q.bind({table, rowId}).exec(); !st)
        return st.error();
    ChangeInfo info;
    if (!q.next())
        return info;
    info.user = q.text(0);
    info.at = QDateTime::fromString(q.text(1), Qt::ISODateWithMs).toLocalTime();
    info.action = q.text(2);
    info.summary = q.text(3);
    info.fields = changedFields(QJsonDocument::fromJson(q.text(4).toUtf8()).object(),
                                QJsonDocument::fromJson(q.text(5).toUtf8()).object());
    return info;
}

Error conflictError(const QString &message)
{
    return makeError(message, kConflict);
}

Status conflictFor(const storage::Database &db, const QString &table, qint64 rowId)
{
    auto change = readLastChange(db, table, rowId);
    return conflictError(describeConflict(change ? *change : ChangeInfo{}));
}

Error conflictNamed(const storage::Database &db, const QString &table, qint64 rowId, const QString &message)
{
    auto change = readLastChange(db, table, rowId);
    if (!change || !change->known())
        return conflictError(message);
    return conflictError(message + QLatin1Char(' ') + describeConflict(*change));
}

bool isConflict(const Error &error)
{
    return error.where == kConflict;
}

QString describeConflict(const ChangeInfo &change)
{
    if (!change.known())
        return QCoreApplication::translate("roster", "Someone else changed or removed this record since you opened it.");
    const QString when = QStringLiteral("%1 %2").arg(fmt::date(change.at.date()), change.at.time().toString(QStringLiteral("HH:mm")));
    const QStringList fields = fieldLabels(change.fields);
    if (fields.isEmpty())
        return QCoreApplication::translate("roster", "Changed on another desk by %1 at %2.").arg(change.user, when);
    return QCoreApplication::translate("roster", "Changed on another desk by %1 at %2 (%3).")
        .arg(change.user, when, fields.join(QStringLiteral(", ")));
}

QStringList changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QStringList fields;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (before.value(it.key()) != it.value())
            fields << it.key();
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()) && !after.isEmpty())
            fields << it.key();
    return fields;
}

QStringList fieldLabels(const QStringList &columns)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("roster", "code")},
        {QStringLiteral("nik"), QT_TRANSLATE_NOOP("roster", "NIK")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("roster", "name")},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("roster", "sex")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("roster", "birth date")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("roster", "phone")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("roster", "address")},
        {QStringLiteral("wadah_id"), QT_TRANSLATE_NOOP("roster", "wadah")},
        {QStringLiteral("office_id"), QT_TRANSLATE_NOOP("roster", "KCP")},
        {QStringLiteral("joined_on"), QT_TRANSLATE_NOOP("roster", "join date")},
        {QStringLiteral("bank"), QT_TRANSLATE_NOOP("roster", "bank")},
        {QStringLiteral("account_no"), QT_TRANSLATE_NOOP("roster", "account number")},
        {QStringLiteral("kpj"), QT_TRANSLATE_NOOP("roster", "KPJ")},
        {QStringLiteral("is_bpu_participant"), QT_TRANSLATE_NOOP("roster", "BPU participant")},
        {QStringLiteral("has_account"), QT_TRANSLATE_NOOP("roster", "has an account")},
        {QStringLiteral("has_device"), QT_TRANSLATE_NOOP("roster", "has a device")},
        {QStringLiteral("is_agency_employee"), QT_TRANSLATE_NOOP("roster", "agency employee")},
        {QStringLiteral("briefed_on"), QT_TRANSLATE_NOOP("roster", "briefing date")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("roster", "notes")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("roster", "status")},
        {QStringLiteral("status_since"), QT_TRANSLATE_NOOP("roster", "status date")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("roster", "kind")},
        {QStringLiteral("village"), QT_TRANSLATE_NOOP("roster", "village")},
        {QStringLiteral("supervisor"), QT_TRANSLATE_NOOP("roster", "supervisor")},
        {QStringLiteral("leader_name"), QT_TRANSLATE_NOOP("roster", "leader")},
        {QStringLiteral("partner_bank"), QT_TRANSLATE_NOOP("roster", "partner bank")},
        {QStringLiteral("legal_status"), QT_TRANSLATE_NOOP("roster", "legal status")},
        {QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("roster", "office above")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("roster", "region")},
        {QStringLiteral("head_name"), QT_TRANSLATE_NOOP("roster", "head")},
        {QStringLiteral("closed_on"), QT_TRANSLATE_NOOP("roster", "closing date")},
    };
    QStringList out;
    for (const QString &c : columns) {
        const char *label = labels.value(c, nullptr);
        out << (label ? QCoreApplication::translate("roster", label) : c);
    }
    return out;
}

} // namespace perisai::roster
