// Undoing an import batch (see batches.h).
#include "batches.h"
#include "tr.h"
#include "entity.h"
#include "officekind.h"

#include "storage/audit.h"
#include "storage/database.h"
#include "storage/query.h"
#include "figures/summaries.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace perisai::imports {
namespace {


std::unique_ptr<EntitySpec> specOf(Kind kind)
{
    switch (kind) {
    case Kind::Agents: return agentsSpec();
    case Kind::Wadah: return wadahSpec();
    case Kind::Participants: return participantsSpec();
    case Kind::Claims: return claimsSpec();
    case Kind::Targets: return targetsSpec();
    case Kind::Workforce: return workforceSpec();
    case Kind::Offices:
    case Kind::Contributions: break;
    }
    return nullptr;
}

// The columns an undo may write back, with their types: nothing named in stored JSON reaches SQL otherwise.
QHash<QString, ColumnType> restorable(Kind kind)
{
    QHash<QString, ColumnType> columns{{QStringLiteral("batch_id"), ColumnType::Int}};
    if (kind == Kind::Contributions) {
        columns.insert(QStringLiteral("amount"), ColumnType::Int);
        columns.insert(QStringLiteral("paid_on"), ColumnType::Date);
        columns.insert(QStringLiteral("channel"), ColumnType::Text);
        return columns;
    }
    if (kind == Kind::Offices) {
        for (const ColumnDef &c : officeColumns())
            columns.insert(c.name, c.type);
        columns.insert(QStringLiteral("version"), ColumnType::Int);
        columns.insert(QStringLiteral("updated_at"), ColumnType::Text);
        return columns;
    }
    const auto spec = specOf(kind);
    for (const ColumnDef &c : spec->columns())
        columns.insert(c.name, c.type);
    if (spec->hasVersion())
        columns.insert(QStringLiteral("version"), ColumnType::Int);
    if (spec->hasTimestamps())
        columns.insert(QStringLiteral("updated_at"), ColumnType::Text);
    return columns;
}

QVariant bindable(const QJsonValue &value, ColumnType type)
{
    if (value.isNull() || value.isUndefined())
        return type == ColumnType::Int ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(QMetaType::fromType<QString>());
    if (type == ColumnType::Int)
        return QVariant(qlonglong(value.toInteger()));
    return value.toString();
}

Status restoreRow(const QSqlDatabase &conn, Kind kind, const QHash<QString, ColumnType> &columns, const QString &rowKey,
                  const QString &beforeJson)
{
    const QJsonObject before = QJsonDocument::fromJson(beforeJson.toUtf8()).object();
    QString sql = QStringLiteral("UPDATE ") + kindTable(kind) + QStringLiteral(" SET ");
    QList<QVariant> values;
    for (auto it = before.begin(); it != before.end(); ++it) {
        const auto column = columns.constFind(it.key());
        if (column == columns.cend())
            return makeError(Tr::tr("the undo record of %1 names an unknown column %2").arg(rowKey, it.key()));
        sql += (values.isEmpty() ? QString() : QStringLiteral(", ")) + it.key() + QStringLiteral(" = ?");
        values.append(bindable(*it, *column));
    }
    storage::Query q(conn, sql + (kind == Kind::Contributions ? QStringLiteral(" WHERE period = ? AND participant_id = ?")
                                                              : QStringLiteral(" WHERE id = ?")));
    for (const QVariant &v : values)
        q.bind(v);
    for (const QString &part : rowKey.split(QLatin1Char(':')))
        q.bind(part.toLongLong());
    return q.exec();
}

// Months whose summaries change when the batch's rows go back: read before anything is undone.
// Rows still carrying the batch id give their months; updated rows also their months from before.
std::optional<PeriodRange> monthsOf(const QSqlDatabase &conn, Kind kind, qint64 batchId,
                                    const QList<std::pair<QString, QString>> &befores)
{
    QStringList queries;
    if (kind == Kind::Contributions)
        queries << QStringLiteral("SELECT MIN(period), MAX(period) FROM contributions WHERE batch_id = ?");
    else if (kind == Kind::Participants)
        queries << QStringLiteral("SELECT MIN(reg_period), MAX(reg_period) FROM participants WHERE batch_id = ?")
                << QStringLiteral("SELECT MIN(c.period), MAX(c.period) FROM contributions c "
                                  "JOIN participants p ON p.id = c.participant_id WHERE p.batch_id = ?");
    else
        return std::nullopt;
    std::optional<PeriodRange> range;
    const auto extendBy = [&range](int fromKey, int toKey) {
        const YearMonth from = YearMonth::fromKey(fromKey), to = YearMonth::fromKey(toKey);
        if (from.isValid() && to.isValid())
            range = range ? PeriodRange{std::min(range->from, from), std::max(range->to, to)} : PeriodRange{from, to};
    };
    for (const QString &sql : queries) {
        storage::Query q(conn, sql);
        q.bind(batchId);
        if (q.exec() && q.next() && !q.value(0).isNull())
            extendBy(q.value(0).toInt(), q.value(1).toInt());
    }
    for (const auto &[key, before] : befores) {
        const int month = kind == Kind::Contributions
                              ? key.section(QLatin1Char(':'), 0, 0).toInt()
                              : QJsonDocument::fromJson(before.toUtf8()).object().value(QStringLiteral("reg_period")).toInt();
        extendBy(month, month);
    }
    return range;
}

bool isReferenceError(const QString &text)
{
    return text.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive) || text.contains(QLatin1String("foreign key"), Qt::CaseInsensitive);
}

} // namespace

Result<UndoResult> undoBatch(const storage::Database &db, qint64 batchId)
{
    const QSqlDatabase conn = db.connection();
    storage::Transaction tx(conn);
    if (!tx.started())
        return tx.beginError().error();
    storage::Query info(conn, QStringLiteral("SELECT kind, status, source_file FROM import_batches WHERE id = ?"));
    info.bind(batchId);
    if (auto st = info.exec(); !st)
        return st.error();
    if (!info.next())
        return makeError(Tr::tr("there is no import batch %1").arg(batchId));
    const auto kind = parseKind(info.text(0));
    if (!kind)
        return makeError(Tr::tr("batch %1 is of an unknown kind %2").arg(batchId).arg(info.text(0)));
    if (info.text(1) != QLatin1String("committed"))
        return makeError(Tr::tr("batch %1 was already undone").arg(batchId));
    const QString source = info.text(2);

    storage::Query later(conn, QStringLiteral("SELECT MIN(id) FROM import_batches WHERE kind = ? AND id > ? AND status = 'committed'"));
    later.bind({kindName(*kind), batchId});
    if (auto v = later.scalar(); !v)
        return v.error();
    else if (!v->isNull())
        return makeError(Tr::tr("batch %1 imported %2 after this one; undo batch %1 first").arg(v->toLongLong()).arg(kindLabel(*kind).toLower()));

    UndoResult result;
    const auto columns = restorable(*kind);
    storage::Query changes(conn, QStringLiteral("SELECT row_key, before FROM import_changes WHERE batch_id = ? AND before IS NOT NULL"));
    changes.bind(batchId);
    if (auto st = changes.exec(); !st)
        return st.error();
    QList<std::pair<QString, QString>> befores;
    while (changes.next())
        befores.append({changes.text(0), changes.text(1)});
    const auto months = monthsOf(conn, *kind, batchId, befores);
    for (const auto &[key, before] : befores) {
        if (auto st = restoreRow(conn, *kind, columns, key, before); !st)
            return st.error();
        ++result.restored;
    }
    // What still carries the batch id was inserted by it.
    storage::Query remove(conn, QStringLiteral("DELETE FROM ") + kindTable(*kind) + QStringLiteral(" WHERE batch_id = ?"));
    remove.bind(batchId);
    if (auto st = remove.exec(); !st) {
        if (isReferenceError(st.errorText()))
            return makeError(Tr::tr("rows of batch %1 are still used by other data (for example contributions of these participants, "
                                "or participants of these agents); undo those imports first").arg(batchId));
        return st.error();
    }
    result.removed = remove.numRowsAffected();
    storage::Query flags(conn, QStringLiteral("DELETE FROM review_flags WHERE batch_id = ? AND status = 'open'"));
    flags.bind(batchId);
    if (auto st = flags.exec(); !st)
        return st.error();
    result.flagsRemoved = flags.numRowsAffected();
    storage::Query forget(conn, QStringLiteral("DELETE FROM import_changes WHERE batch_id = ?"));
    forget.bind(batchId);
    storage::Query mark(conn, QStringLiteral("UPDATE import_batches SET status = 'undone', undone_at = ? WHERE id = ?"));
    mark.bind({storage::nowIso(), batchId});
    for (storage::Query *q : {&forget, &mark})
        if (auto st = q->exec(); !st)
            return st.error();
    if (months) {
        if (auto st = figures::Summaries(db).refresh(*months); !st)
            return st.error();
    }
    storage::AuditEntry audit;
    audit.user = db.currentUser();
    audit.action = QStringLiteral("undo");
    audit.table = kindTable(*kind);
    audit.rowId = batchId;
    audit.summary = Tr::tr("Undid import batch %1 (%2): %3 rows restored, %4 removed")
                        .arg(batchId).arg(source).arg(result.restored).arg(result.removed);
    if (auto st = storage::writeAudit(conn, audit); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return result;
}

} // namespace perisai::imports
