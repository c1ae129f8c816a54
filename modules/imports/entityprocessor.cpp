// The shared processor of the entity kinds (see entity.h).
#include "entity.h"
#include "tr.h"

#include "storage/bulkwriter.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace perisai::imports {

QString canonical(const QVariant &value, ColumnType type)
{
    if (!value.isValid() || value.isNull())
        return QString();
    switch (type) {
    case ColumnType::Int:
        return QString::number(value.toLongLong());
    case ColumnType::Date:
        return value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString().left(10);
    case ColumnType::Text:
        break;
    }
    const QString text = value.toString();
    return text.isNull() ? QStringLiteral("") : text;
}

namespace {

constexpr int kKeysPerQuery = 500;


QJsonValue jsonOf(const QVariant &value, ColumnType type)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    if (type == ColumnType::Int)
        return QJsonValue(value.toLongLong());
    return canonical(value, type);
}

class EntityProcessor final : public Processor {
public:
    EntityProcessor(ImportContext &context, std::unique_ptr<EntitySpec> spec)
        : m_ctx(context), m_spec(std::move(spec)), m_columns(m_spec->columns()) {}

    Status prepare() override { return m_spec->prepare(m_ctx.lookups); }

    void add(const Record &record, IssueSink &issues) override
    {
        RowReader reader(record, m_ctx.map, issues, m_ctx.clearEmpty);
        auto row = m_spec->convert(reader);
        if (!row || !reader.ok())
            return;
        row->line = record.line;
        const QString key = keyOf(row->values);
        if (const auto it = m_lineOfKey.constFind(key); it != m_lineOfKey.cend()) {
            const int field = m_spec->keyField();
            issues.add(record.line, reader.column(field), reader.value(field),
                       Tr::tr("the same %1 is already on line %2 of this file").arg(m_spec->keyLabel()).arg(*it));
            return;
        }
        m_lineOfKey.insert(key, record.line);
        m_rows.append(std::move(*row));
    }

    qint64 rows() const override { return m_rows.size(); }

    Result<Counts> write(qint64 batchId) override;
    std::optional<PeriodRange> affectedMonths() const override { return m_months; }
    Result<int> raiseFlags(qint64 batchId) override { return m_spec->raiseFlags(m_written, m_ctx, batchId); }

private:
    QString keyOf(const QList<QVariant> &values) const
    {
        QString key;
        for (int i = 0; i < m_spec->keyColumns(); ++i)
            key += canonical(values[i], m_columns[i].type) + QChar(0x1F);
        return key;
    }
    QString selectList() const
    {
        QString sql = QStringLiteral("SELECT id, batch_id");
        sql += m_spec->hasVersion() ? QStringLiteral(", version") : QStringLiteral(", NULL");
        sql += m_spec->hasTimestamps() ? QStringLiteral(", updated_at") : QStringLiteral(", NULL");
        for (const auto &c : m_columns)
            sql += QStringLiteral(", ") + c.name;
        return sql + QStringLiteral(" FROM ") + m_spec->table();
    }
    Status loadExisting();
    Status insertRows(const QList<const EntityRow *> &rows, qint64 batchId);
    Status updateRow(const EntityRow &row, const ExistingRow &before, quint32 changed, qint64 batchId);
    Status recordChanges(const QList<WrittenRow> &updates, qint64 batchId);
    QString beforeJson(const ExistingRow &before) const;

    ImportContext &m_ctx;
    std::unique_ptr<EntitySpec> m_spec;
    QList<ColumnDef> m_columns;
    QList<EntityRow> m_rows;
    QHash<QString, qint64> m_lineOfKey;
    QHash<QString, ExistingRow> m_existing;
    QList<WrittenRow> m_written;
    std::optional<PeriodRange> m_months;
};

Status EntityProcessor::loadExisting()
{
    const auto take = [this](storage::Query &q) {
        while (q.next()) {
            ExistingRow e;
            e.id = q.intValue(0);
            e.batchId = q.value(1);
            e.version = q.value(2);
            e.updatedAt = q.value(3);
            for (int i = 0; i < m_columns.size(); ++i)
                e.values.append(q.value(4 + i));
            m_existing.insert(keyOf(e.values), std::move(e));
        }
    };
    if (m_spec->keyColumns() > 1) { // targets, workforce, claims: small tables, read whole
        storage::Query q(m_ctx.conn, selectList());
        if (auto st = q.exec(); !st)
            return st;
        take(q);
        return {};
    }
    for (qsizetype from = 0; from < m_rows.size(); from += kKeysPerQuery) {
        const qsizetype n = std::min<qsizetype>(kKeysPerQuery, m_rows.size() - from);
        QString marks = QStringLiteral("?");
        for (qsizetype i = 1; i < n; ++i)
            marks += QStringLiteral(", ?");
        storage::Query q(m_ctx.conn, selectList() + QStringLiteral(" WHERE ") + m_columns[0].name + QStringLiteral(" IN (") + marks + QLatin1Char(')'));
        for (qsizetype i = 0; i < n; ++i)
            q.bind(m_rows[from + i].values[0]);
        if (auto st = q.exec(); !st)
            return st;
        take(q);
    }
    return {};
}

Result<Counts> EntityProcessor::write(qint64 batchId)
{
    if (auto st = loadExisting(); !st)
        return st.error();
    Counts counts;
    QList<const EntityRow *> inserts;
    QList<WrittenRow> updates;
    qint64 done = 0;
    for (const EntityRow &row : std::as_const(m_rows)) {
        if (++done % 2000 == 0) {
            m_ctx.control.report(Tr::tr("Writing"), done, m_rows.size());
            if (m_ctx.control.cancelled())
                return makeError(Tr::tr("cancelled"));
        }
        const auto it = m_existing.constFind(keyOf(row.values));
        if (it == m_existing.cend()) {
            inserts.append(&row);
            continue;
        }
        quint32 changed = 0;
        for (int i = m_spec->keyColumns(); i < m_columns.size(); ++i) {
            if (!row.values[i].isValid() || (row.insertOnly & (1u << i)))
                continue;
            if (canonical(row.values[i], m_columns[i].type) != canonical(it->values[i], m_columns[i].type))
                changed |= 1u << i;
        }
        if (!changed) {
            ++counts.unchanged;
            continue;
        }
        if (auto st = updateRow(row, *it, changed, batchId); !st)
            return st.error();
        updates.append({it->id, &row, &*it});
    }
    if (auto st = insertRows(inserts, batchId); !st)
        return st.error();
    if (auto st = recordChanges(updates, batchId); !st)
        return st.error();
    counts.inserted = inserts.size();
    counts.updated = updates.size();

    // Ids of the new rows, for the flags and summaries that follow.
    if (!inserts.isEmpty()) {
        QString sql = QStringLiteral("SELECT id");
        for (int i = 0; i < m_spec->keyColumns(); ++i)
            sql += QStringLiteral(", ") + m_columns[i].name;
        storage::Query q(m_ctx.conn, sql + QStringLiteral(" FROM ") + m_spec->table() + QStringLiteral(" WHERE batch_id = ?"));
        q.bind(batchId);
        if (auto st = q.exec(); !st)
            return st.error();
        QHash<QString, qint64> ids;
        while (q.next()) {
            QString key;
            for (int i = 0; i < m_spec->keyColumns(); ++i)
                key += canonical(q.value(1 + i), m_columns[i].type) + QChar(0x1F);
            ids.insert(key, q.intValue(0));
        }
        for (const EntityRow *row : std::as_const(inserts))
            m_written.append({ids.value(keyOf(row->values)), row, nullptr});
    }
    m_written += updates;
    m_months = m_spec->affectedMonths(m_written, m_ctx);
    return counts;
}

Status EntityProcessor::insertRows(const QList<const EntityRow *> &rows, qint64 batchId)
{
    if (rows.isEmpty())
        return {};
    QStringList names;
    for (const auto &c : m_columns)
        names.append(c.name);
    names.append(QStringLiteral("batch_id"));
    if (m_spec->hasTimestamps())
        names << QStringLiteral("created_at") << QStringLiteral("updated_at");
    auto writer = storage::BulkWriter::create(m_ctx.db, m_ctx.conn, m_spec->table(), names);
    if (!writer)
        return writer.error();
    const QString now = storage::nowIso();
    for (const EntityRow *row : rows) {
        for (int i = 0; i < m_columns.size(); ++i) {
            const QVariant &v = row->values[i];
            if (!v.isValid() || v.isNull())
                (*writer)->addNull();
            else if (m_columns[i].type == ColumnType::Int)
                (*writer)->addInt(v.toLongLong());
            else
                (*writer)->addText(canonical(v, m_columns[i].type));
        }
        (*writer)->addInt(batchId);
        if (m_spec->hasTimestamps()) {
            (*writer)->addText(now);
            (*writer)->addText(now);
        }
        if (auto st = (*writer)->endRow(); !st)
            return makeError(st.error().message, Tr::tr("line %1").arg(row->line));
    }
    return (*writer)->finish();
}

Status EntityProcessor::updateRow(const EntityRow &row, const ExistingRow &before, quint32 changed, qint64 batchId)
{
    QString sql = QStringLiteral("UPDATE ") + m_spec->table() + QStringLiteral(" SET batch_id = ?");
    for (int i = 0; i < m_columns.size(); ++i)
        if (changed & (1u << i))
            sql += QStringLiteral(", ") + m_columns[i].name + QStringLiteral(" = ?");
    if (m_spec->hasVersion())
        sql += QStringLiteral(", version = version + 1");
    if (m_spec->hasTimestamps())
        sql += QStringLiteral(", updated_at = ?");
    storage::Query q(m_ctx.conn, sql + QStringLiteral(" WHERE id = ?"));
    q.bind(batchId);
    for (int i = 0; i < m_columns.size(); ++i)
        if (changed & (1u << i))
            q.bind(row.values[i]);
    if (m_spec->hasTimestamps())
        q.bind(storage::nowIso());
    q.bind(before.id);
    if (auto st = q.exec(); !st)
        return makeError(st.error().message, Tr::tr("line %1").arg(row.line));
    return {};
}

QString EntityProcessor::beforeJson(const ExistingRow &before) const
{
    QJsonObject o;
    for (int i = 0; i < m_columns.size(); ++i)
        o.insert(m_columns[i].name, jsonOf(before.values[i], m_columns[i].type));
    o.insert(QStringLiteral("batch_id"), jsonOf(before.batchId, ColumnType::Int));
    if (m_spec->hasVersion())
        o.insert(QStringLiteral("version"), jsonOf(before.version, ColumnType::Int));
    if (m_spec->hasTimestamps())
        o.insert(QStringLiteral("updated_at"), jsonOf(before.updatedAt, ColumnType::Text));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status EntityProcessor::recordChanges(const QList<WrittenRow> &updates, qint64 batchId)
{
    if (updates.isEmpty())
        return {};
    auto writer = storage::BulkWriter::create(m_ctx.db, m_ctx.conn, QStringLiteral("import_changes"),
                                              {QStringLiteral("batch_id"), QStringLiteral("table_name"), QStringLiteral("row_key"), QStringLiteral("before")});
    if (!writer)
        return writer.error();
    for (const WrittenRow &w : updates) {
        (*writer)->addInt(batchId);
        (*writer)->addText(m_spec->table());
        (*writer)->addText(QString::number(w.id));
        (*writer)->addText(beforeJson(*w.before));
        if (auto st = (*writer)->endRow(); !st)
            return st;
    }
    return (*writer)->finish();
}

} // namespace

std::unique_ptr<Processor> makeEntityProcessor(ImportContext &context, std::unique_ptr<EntitySpec> spec)
{
    return std::make_unique<EntityProcessor>(context, std::move(spec));
}

} // namespace perisai::imports
