#include "workforcerepository.h"

#include "storage/audit.h"
#include "storage/database.h"
#include "storage/query.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <algorithm>
#include <map>

namespace perisai::figures {

using storage::Query;

namespace {

struct Workforce {
    Q_DECLARE_TR_FUNCTIONS(Workforce)
};

QVariant value(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optional(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QJsonObject json(const WorkforceRow &r)
{
    QJsonObject o{{QStringLiteral("region"), r.region}, {QStringLiteral("year"), r.year}};
    if (r.labourForce)
        o[QStringLiteral("labour_force")] = double(*r.labourForce);
    if (r.informalWorkers)
        o[QStringLiteral("informal_workers")] = double(*r.informalWorkers);
    if (r.workingPopulation)
        o[QStringLiteral("working_population")] = double(*r.workingPopulation);
    return o;
}

using Key = std::pair<QString, int>;

bool sameRows(std::vector<WorkforceRow> a, std::vector<WorkforceRow> b)
{
    for (auto *rows : {&a, &b})
        for (WorkforceRow &r : *rows)
            r.region = r.region.trimmed();
    auto byKey = [](const WorkforceRow &x, const WorkforceRow &y) {
        return std::pair(x.region, x.year) < std::pair(y.region, y.year);
    };
    std::sort(a.begin(), a.end(), byKey);
    std::sort(b.begin(), b.end(), byKey);
    return a == b;
}

// The refusal when the stored figures are no longer those the desk read: who saved them last, and when.
Error changedElsewhere(const storage::Database &db)
{
    Query q(db.connection(), QStringLiteral("SELECT user_name, at FROM audit_log WHERE table_name = 'workforce' "
                                            "AND action <> 'reveal' ORDER BY id DESC LIMIT 1"));
    if (q.exec() && q.next()) {
        const QDateTime at = QDateTime::fromString(q.text(1), Qt::ISODateWithMs).toLocalTime();
        return makeError(Workforce::tr("The reference figures were changed on another desk by %1 at %2 since they were "
                                       "read here; nothing was saved. Open them again.")
                             .arg(q.text(0), at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    return makeError(Workforce::tr("The reference figures were changed elsewhere since they were read here; nothing was "
                                   "saved. Open them again."));
}

} // namespace

Result<std::vector<WorkforceRow>> loadWorkforce(const storage::Database &db)
{
    Query q(db.connection(), QStringLiteral("SELECT region, year, labour_force, informal_workers, working_population, batch_id "
                                            "FROM workforce ORDER BY region, year"));
    if (auto st = q.exec(); !st)
        return st.error();
    std::vector<WorkforceRow> rows;
    while (q.next())
        rows.push_back({q.text(0), q.value(1).toInt(), optional(q.value(2)), optional(q.value(3)), optional(q.value(4)),
                        optional(q.value(5))});
    return rows;
}

Status validateWorkforce(const std::vector<WorkforceRow> &rows)
{
    std::map<Key, size_t> seen;
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto &r = rows[i];
        const QString where = Workforce::tr("row %1").arg(i + 1);
        if (r.region.trimmed().isEmpty())
            return makeError(Workforce::tr("the region is empty"), where);
        if (r.year < 1990 || r.year > 2100)
            return makeError(Workforce::tr("%1 is not a plausible year").arg(r.year), where);
        for (const auto &v : {r.labourForce, r.informalWorkers, r.workingPopulation}) {
            if (v && *v < 0)
                return makeError(Workforce::tr("figures cannot be negative"), where);
        }
        if (r.labourForce && r.informalWorkers && *r.informalWorkers > *r.labourForce)
            return makeError(Workforce::tr("more informal workers than the labour force"), where);
        const Key key{r.region.trimmed().toLower(), r.year};
        if (auto it = seen.find(key); it != seen.end())
            return makeError(Workforce::tr("%1 %2 is already in row %3").arg(r.region.trimmed()).arg(r.year).arg(it->second + 1), where);
        seen[key] = i;
    }
    return {};
}

Status replaceWorkforce(const storage::Database &db, const std::vector<WorkforceRow> &rows, const QString &user,
                        const std::optional<std::vector<WorkforceRow>> &expected)
{
    if (auto st = validateWorkforce(rows); !st)
        return st;
    const auto conn = db.connection();
    storage::Transaction tx(conn);
    if (!tx.started())
        return tx.beginError();
    // Read inside the transaction: SQLite lets one writer at a time, and on a server a second desk's rows
    // committed meanwhile are seen here.
    auto before = loadWorkforce(db);
    if (!before)
        return before.error();
    if (expected && !sameRows(*before, *expected))
        return changedElsewhere(db);
    std::map<Key, WorkforceRow> wanted;
    for (auto r : rows) {
        r.region = r.region.trimmed();
        wanted[{r.region, r.year}] = r;
    }
    std::map<Key, WorkforceRow> existing;
    for (const auto &r : *before)
        existing[{r.region, r.year}] = r;

    for (const auto &[key, old] : existing) {
        if (wanted.count(key))
            continue;
        // The row's id goes into the audit (on a server, the description joins the server's own audit row).
        Query del(conn, QStringLiteral("DELETE FROM workforce WHERE region = ? AND year = ? RETURNING id"));
        auto deleted = del.bind({key.first, key.second}).scalar();
        if (!deleted)
            return deleted.error();
        if (auto st = storage::writeAudit(conn, {user, QStringLiteral("delete"), QStringLiteral("workforce"), deleted->toLongLong(),
                                                 Workforce::tr("Reference figures %1 %2 deleted").arg(key.first).arg(key.second),
                                                 json(old), {}});
            !st)
            return st;
    }
    for (const auto &[key, r] : wanted) {
        const auto old = existing.find(key);
        if (old != existing.end() && old->second == r)
            continue;
        Query up(conn, QStringLiteral("INSERT INTO workforce (region, year, labour_force, informal_workers, working_population, batch_id) "
                                      "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (region, year) DO UPDATE SET "
                                      "labour_force = excluded.labour_force, informal_workers = excluded.informal_workers, "
                                      "working_population = excluded.working_population, batch_id = excluded.batch_id RETURNING id"));
        up.bind({r.region, r.year, value(r.labourForce), value(r.informalWorkers), value(r.workingPopulation), value(r.batchId)});
        auto id = up.scalar();
        if (!id)
            return id.error();
        const bool inserted = old == existing.end();
        if (auto st = storage::writeAudit(conn, {user, inserted ? QStringLiteral("insert") : QStringLiteral("update"),
                                                 QStringLiteral("workforce"), id->toLongLong(),
                                                 Workforce::tr("Reference figures %1 %2 saved").arg(r.region).arg(r.year),
                                                 inserted ? QJsonObject() : json(old->second), json(r)});
            !st)
            return st;
    }
    return tx.commit();
}

} // namespace perisai::figures
