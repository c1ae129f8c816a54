#include "officekind.h"

#include "kindhelpers.h"
#include "offices/office.h"
#include "storage/database.h"
#include "storage/query.h"
#include "tr.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace perisai::imports {
namespace {

// Field indexes follow fieldsOf(Kind::Offices); column indexes follow officeColumns().
enum Field { FCode, FName, FKind, FParent, FRegion, FAddress, FHead };
enum Column { CCode, CName, CKind, CParent, CRegion, CAddress, CHead, ColumnCount };

struct Stored {
    qint64 id = 0;
    QList<QVariant> values; // officeColumns()
    QVariant batchId, version, updatedAt;
    QString kind() const { return values[CKind].toString(); }
};

struct Pending {
    qint64 line = 0;
    QList<QVariant> values; // officeColumns(); parent_id filled at write time, invalid: keep the stored one
    QString parentCode;     // empty: see clearsParent
    bool clearsParent = false; // an empty induk puts the office at the top (a new office, or --clear-empty)
    int parentColumn = -1;
    int kindColumn = -1;
    QString kind() const { return values[CKind].toString(); }
};

int level(const QString &kind)
{
    return int(offices::officeKinds().indexOf(kind));
}

class OfficesProcessor final : public Processor {
public:
    explicit OfficesProcessor(ImportContext &context) : m_ctx(context) {}

    Status prepare() override
    {
        storage::Query q(m_ctx.conn, QStringLiteral(
            "SELECT id, code, name, kind, parent_id, region, address, head_name, batch_id, version, updated_at FROM offices"));
        if (auto st = q.exec(); !st)
            return st;
        while (q.next()) {
            Stored s;
            s.id = q.intValue(0);
            for (int c = 0; c < ColumnCount; ++c)
                s.values.append(q.value(1 + c));
            s.batchId = q.value(8);
            s.version = q.value(9);
            s.updatedAt = q.value(10);
            m_stored.insert(Lookups::codeKey(s.values[CCode].toString()), s);
        }
        auto offices = m_ctx.lookups.offices();
        if (!offices)
            return offices.error();
        m_unknownParent = UnknownCode(CodeKind::Office, **offices);
        return {};
    }

    void add(const Record &record, IssueSink &issues) override
    {
        RowReader r(record, m_ctx.map, issues, m_ctx.clearEmpty);
        const QString code = Lookups::codeKey(r.text(FCode, true));
        const QVariant name = r.textValue(FName, true);
        QString kind;
        if (const QString written = r.text(FKind, true); !written.isEmpty()) {
            kind = offices::parseOfficeKind(written);
            if (kind.isEmpty())
                r.reject(FKind, Tr::tr("unknown kind of office; write KANWIL, KC or KCP"));
        }
        Pending p;
        p.line = record.line;
        p.parentCode = Lookups::codeKey(r.text(FParent));
        p.parentColumn = r.column(FParent);
        p.kindColumn = r.column(FKind);
        p.values = {code, name, kind, QVariant(), r.textValue(FRegion), r.textValue(FAddress), r.textValue(FHead)};
        // Like any empty cell, an empty induk leaves a stored office where it is unless empty cells clear; a new
        // office, or one that becomes a Kanwil, stands at the top.
        const bool clears = r.mapped(FParent) && r.empty(nullInt()).isValid();
        p.clearsParent = p.parentCode.isEmpty() && (!m_stored.contains(code) || clears || (!kind.isEmpty() && offices::parentKindOf(kind).isEmpty()));
        if (!r.ok())
            return;
        if (const auto it = m_lineOfCode.constFind(code); it != m_lineOfCode.cend()) {
            issues.add(record.line, r.column(FCode), code, Tr::tr("the same office code is already on line %1 of this file").arg(*it));
            return;
        }
        m_lineOfCode.insert(code, record.line);
        m_rows.append(p);
    }

    // The tree as a whole: every induk names an office of this file or of the database, of the kind above.
    void finishChecks(IssueSink &issues) override
    {
        QHash<QString, QString> kindOf; // code -> kind, this file's rows over the stored ones
        for (auto it = m_stored.cbegin(); it != m_stored.cend(); ++it)
            kindOf.insert(it.key(), it->kind());
        for (const Pending &p : std::as_const(m_rows))
            kindOf.insert(p.values[CCode].toString(), p.kind());
        for (const Pending &p : std::as_const(m_rows)) {
            const QString kind = p.kind();
            const QString code = p.values[CCode].toString();
            if (p.parentCode.isEmpty()) {
                if (!p.clearsParent && m_stored.value(code).kind() != kind)
                    issues.add(p.line, p.parentColumn >= 0 ? p.parentColumn : p.kindColumn, QString(),
                               Tr::tr("the office changes its kind: write the code of the office above it in the induk column"));
                else if (p.clearsParent && !offices::mayBeTop(kind))
                    issues.add(p.line, p.parentColumn >= 0 ? p.parentColumn : p.kindColumn, QString(),
                               Tr::tr("a KCP stands under its KC: write the KC's code in the induk column"));
                continue;
            }
            if (p.parentCode == code) {
                issues.add(p.line, p.parentColumn, p.parentCode, Tr::tr("an office cannot stand under itself"));
                continue;
            }
            const auto parent = kindOf.constFind(p.parentCode);
            if (parent == kindOf.cend()) {
                issues.add(p.line, p.parentColumn, p.parentCode, m_unknownParent.reason(p.parentCode));
                continue;
            }
            const QString wanted = offices::parentKindOf(kind);
            if (*parent != wanted)
                issues.add(p.line, p.parentColumn, p.parentCode,
                           wanted.isEmpty() ? Tr::tr("a Kanwil stands at the top: leave its induk empty")
                                            : Tr::tr("%1 is a %2, and a %3 stands under a %4")
                                                  .arg(p.parentCode, offices::officeKindShort(*parent), offices::officeKindShort(kind),
                                                       offices::officeKindShort(wanted)));
        }
    }

    qint64 rows() const override { return m_rows.size(); }

    Result<Counts> write(qint64 batchId) override
    {
        QList<const Pending *> order;
        for (const Pending &p : std::as_const(m_rows))
            order.append(&p);
        std::stable_sort(order.begin(), order.end(), [](const Pending *a, const Pending *b) { return level(a->kind()) < level(b->kind()); });
        QHash<QString, qint64> idOf;
        for (auto it = m_stored.cbegin(); it != m_stored.cend(); ++it)
            idOf.insert(it.key(), it->id);
        Counts counts;
        const QString now = storage::nowIso();
        for (const Pending *p : std::as_const(order)) {
            QList<QVariant> values = p->values;
            if (!p->parentCode.isEmpty())
                values[CParent] = idOf.value(p->parentCode);
            else if (p->clearsParent)
                values[CParent] = nullInt();
            const QString code = values[CCode].toString();
            const auto stored = m_stored.constFind(code);
            if (stored == m_stored.cend()) {
                auto id = insert(values, batchId, now);
                if (!id)
                    return makeError(id.error().message, Tr::tr("line %1").arg(p->line));
                idOf.insert(code, *id);
                ++counts.inserted;
                continue;
            }
            QList<int> changed;
            for (int c = CName; c < ColumnCount; ++c)
                if (values[c].isValid() && canonical(values[c], columnType(c)) != canonical(stored->values[c], columnType(c)))
                    changed.append(c);
            if (changed.isEmpty()) {
                ++counts.unchanged;
                continue;
            }
            if (auto st = update(*stored, values, changed, batchId, now); !st)
                return makeError(st.error().message, Tr::tr("line %1").arg(p->line));
            ++counts.updated;
        }
        return counts;
    }

private:
    static ColumnType columnType(int column) { return column == CParent ? ColumnType::Int : ColumnType::Text; }

    Result<qint64> insert(const QList<QVariant> &values, qint64 batchId, const QString &now)
    {
        storage::Query q(m_ctx.conn, QStringLiteral(
            "INSERT INTO offices (code, name, kind, parent_id, region, address, head_name, batch_id, version, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"));
        for (int c = 0; c < ColumnCount; ++c) {
            const QVariant &v = values[c];
            q.bind(v.isValid() ? v : (c == CParent ? nullInt() : nullText()));
        }
        q.bind({batchId, now, now});
        auto id = q.scalar();
        if (!id)
            return id.error();
        return id->toLongLong();
    }

    Status update(const Stored &before, const QList<QVariant> &values, const QList<int> &changed, qint64 batchId, const QString &now)
    {
        // The row as it was, for undo (the columns of officeColumns(), its batch, version and time).
        QJsonObject json;
        const QList<ColumnDef> columns = officeColumns();
        for (int c = 0; c < ColumnCount; ++c) {
            const QVariant &v = before.values[c];
            json.insert(columns[c].name, v.isNull() ? QJsonValue() : c == CParent ? QJsonValue(v.toLongLong()) : QJsonValue(v.toString()));
        }
        json.insert(QStringLiteral("batch_id"), before.batchId.isNull() ? QJsonValue() : QJsonValue(before.batchId.toLongLong()));
        json.insert(QStringLiteral("version"), before.version.toLongLong());
        json.insert(QStringLiteral("updated_at"), before.updatedAt.toString());
        storage::Query change(m_ctx.conn, QStringLiteral("INSERT INTO import_changes (batch_id, table_name, row_key, before) VALUES (?, ?, ?, ?)"));
        change.bind({batchId, QStringLiteral("offices"), QString::number(before.id),
                     QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))});
        if (auto st = change.exec(); !st)
            return st;
        QString sql = QStringLiteral("UPDATE offices SET batch_id = ?, version = version + 1, updated_at = ?");
        for (int c : changed)
            sql += QStringLiteral(", ") + columns[c].name + QStringLiteral(" = ?");
        storage::Query q(m_ctx.conn, sql + QStringLiteral(" WHERE id = ?"));
        q.bind({batchId, now});
        for (int c : changed)
            q.bind(values[c]);
        q.bind(before.id);
        return q.exec();
    }

    ImportContext &m_ctx;
    QHash<QString, Stored> m_stored;
    QList<Pending> m_rows;
    QHash<QString, qint64> m_lineOfCode;
    UnknownCode m_unknownParent;
};

} // namespace

QList<ColumnDef> officeColumns()
{
    return {{QStringLiteral("code")}, {QStringLiteral("name")}, {QStringLiteral("kind")}, {QStringLiteral("parent_id"), ColumnType::Int},
            {QStringLiteral("region")}, {QStringLiteral("address")}, {QStringLiteral("head_name")}};
}

std::unique_ptr<Processor> makeOfficesProcessor(ImportContext &context)
{
    return std::make_unique<OfficesProcessor>(context);
}

} // namespace perisai::imports
