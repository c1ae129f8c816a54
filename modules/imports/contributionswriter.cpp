// Writing a contributions file (see contributions.cpp for reading and checking it).
#include "contributions.h"
#include "tr.h"
#include "core/crashpoint.h"

#include "storage/nativestatement.h"
#include "storage/partitions.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace perisai::imports {
namespace {


constexpr qint64 kProgressEvery = 1 << 16;

int parseDateKey(std::string_view s)
{
    if (s.size() < 10)
        return 0;
    return int(storage::toInteger(s.substr(0, 4)) * 10000 + storage::toInteger(s.substr(5, 2)) * 100 + storage::toInteger(s.substr(8, 2)));
}

QString isoDate(int yyyymmdd)
{
    return QStringLiteral("%1-%2-%3").arg(yyyymmdd / 10000, 4, 10, QLatin1Char('0'))
        .arg(yyyymmdd / 100 % 100, 2, 10, QLatin1Char('0')).arg(yyyymmdd % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

Status ContributionsProcessor::loadStored(int from, int to)
{
    m_stored.clear();
    return storage::forEachRow(m_ctx.db,
                              "SELECT period, participant_id, amount, paid_on, channel, batch_id FROM contributions "
                              "WHERE period BETWEEN ? AND ? ORDER BY period, participant_id",
                              {from, to}, [this](const storage::NativeRow &r) {
                                  Stored s;
                                  s.period = int(r.integer(0));
                                  s.participantId = r.integer(1);
                                  s.amount = r.integer(2);
                                  s.paidOn = r.isNull(3) ? 0 : parseDateKey(r.text(3));
                                  s.channel = r.isNull(4) ? -1 : channelId(r.text(4), false);
                                  s.batchId = r.isNull(5) ? 0 : r.integer(5);
                                  m_stored.push_back(s);
                              });
}

void ContributionsProcessor::addDate(storage::BulkWriter &writer, int yyyymmdd)
{
    if (yyyymmdd <= 0) {
        writer.addNull();
        return;
    }
    char text[11];
    const int y = yyyymmdd / 10000, m = yyyymmdd / 100 % 100, d = yyyymmdd % 100;
    text[0] = char('0' + y / 1000), text[1] = char('0' + y / 100 % 10), text[2] = char('0' + y / 10 % 10), text[3] = char('0' + y % 10);
    text[4] = '-', text[5] = char('0' + m / 10), text[6] = char('0' + m % 10);
    text[7] = '-', text[8] = char('0' + d / 10), text[9] = char('0' + d % 10);
    writer.addText(std::string_view(text, 10));
}

void ContributionsProcessor::addChannel(storage::BulkWriter &writer, int channel)
{
    if (channel < 0)
        writer.addNull();
    else
        writer.addText(std::string_view(m_channels[size_t(channel)]));
}

Result<Counts> ContributionsProcessor::write(qint64 batchId)
{
    Counts counts;
    if (m_rows.empty())
        return counts;
    // m_rows is sorted by (period, participant) in finishChecks(), like the primary key.
    if (auto st = loadStored(m_rows.front().period, m_rows.back().period); !st)
        return st.error();
    const bool comparePaid = m_column[3] >= 0;
    const bool compareChannel = m_column[4] >= 0;
    std::vector<const Row *> inserts;
    std::vector<std::pair<const Row *, const Stored *>> updates;
    inserts.reserve(m_rows.size());
    size_t s = 0;
    for (Row &row : m_rows) {
        while (s < m_stored.size() && (m_stored[s].period < row.period
                                       || (m_stored[s].period == row.period && m_stored[s].participantId < row.participantId)))
            ++s;
        if (s < m_stored.size() && m_stored[s].period == row.period && m_stored[s].participantId == row.participantId) {
            const Stored &old = m_stored[s];
            // An empty payment date or channel keeps the stored one unless empty cells were asked to clear.
            if (!m_ctx.clearEmpty) {
                if (row.paidOn == 0)
                    row.paidOn = old.paidOn;
                if (row.channel < 0)
                    row.channel = old.channel;
            }
            const bool same = old.amount == row.amount && (!comparePaid || old.paidOn == row.paidOn)
                              && (!compareChannel || old.channel == row.channel);
            if (same)
                ++counts.unchanged;
            else
                updates.emplace_back(&row, &old);
        } else {
            inserts.push_back(&row);
        }
    }
    if (auto st = insert(inserts, batchId); !st)
        return st.error();
    if (auto st = update(updates, batchId); !st)
        return st.error();
    if (auto st = recordChanges(updates, batchId); !st)
        return st.error();
    counts.inserted = qint64(inserts.size());
    counts.updated = qint64(updates.size());
    for (const Row *r : inserts)
        extend(m_months, r->period, r->period);
    for (const auto &[r, old] : updates)
        extend(m_months, r->period, r->period);
    return counts;
}

// New rows through storage::BulkWriter: multi-row INSERT statements on SQLite, COPY on PostgreSQL.
Status ContributionsProcessor::insert(const std::vector<const Row *> &rows, qint64 batchId)
{
    if (rows.empty())
        return {};
    const QStringList columns{QStringLiteral("period"), QStringLiteral("participant_id"), QStringLiteral("amount"),
                              QStringLiteral("paid_on"), QStringLiteral("channel"), QStringLiteral("batch_id")};
    if (m_ctx.db.dialect().isPostgres()) {
        const auto [first, last] = std::minmax_element(rows.begin(), rows.end(),
                                                       [](const Row *a, const Row *b) { return a->period < b->period; });
        if (auto st = storage::ensureContributionPartitions(m_ctx.db, m_ctx.conn, (*first)->period, (*last)->period); !st)
            return st;
    }
    auto writer = storage::BulkWriter::create(m_ctx.db, m_ctx.conn, QStringLiteral("contributions"), columns);
    if (!writer)
        return writer.error();
    storage::BulkWriter &w = **writer;
    // A refused row is named by its line in the file (the writer may report it some rows later).
    const auto lineOf = [&](const Status &st, const Row *current) {
        const qint64 failed = w.failedRow();
        const Row *r = failed > 0 && failed <= qint64(rows.size()) ? rows[size_t(failed - 1)] : current;
        return makeError(st.error().message, Tr::tr("line %1").arg(r->line));
    };
    qint64 done = 0;
    for (const Row *r : rows) {
        w.addInt(r->period);
        w.addInt(r->participantId);
        w.addInt(r->amount);
        addDate(w, r->paidOn);
        addChannel(w, r->channel);
        w.addInt(batchId);
        if (auto st = w.endRow(); !st)
            return lineOf(st, r);
        if (++done == qint64(rows.size()) / 2)
            crashPoint("import: half written"); // tests/crash stops here
        if (done % kProgressEvery == 0) {
            m_ctx.control.report(Tr::tr("Writing"), done, qint64(rows.size()));
            if (m_ctx.control.cancelled())
                return makeError(Tr::tr("cancelled"));
        }
    }
    m_ctx.control.report(Tr::tr("Writing"), done, qint64(rows.size()));
    if (auto st = w.finish(); !st)
        return w.failedRow() > 0 ? lineOf(st, rows.back()) : st;
    return {};
}

// Changed rows go into a temporary table first: one UPDATE ... FROM instead of a statement per row.
Status ContributionsProcessor::update(const std::vector<std::pair<const Row *, const Stored *>> &rows, qint64 batchId)
{
    if (rows.empty())
        return {};
    const bool postgres = m_ctx.db.dialect().isPostgres();
    // DDL cannot be a prepared statement on PostgreSQL; this text is ours, with no values in it.
    const auto ddl = [this](const QString &sql) -> Status {
        QSqlQuery q(m_ctx.conn);
        if (!q.exec(sql))
            return makeError(Tr::tr("database error: %1").arg(q.lastError().text()));
        return {};
    };
    if (auto st = ddl(QStringLiteral("CREATE TEMP TABLE import_contribution_updates "
                                     "(period INTEGER, participant_id BIGINT, amount BIGINT, paid_on DATE, channel TEXT)")
                      + (postgres ? QStringLiteral(" ON COMMIT DROP") : QString()));
        !st)
        return st;
    {
        auto writer = storage::BulkWriter::create(m_ctx.db, m_ctx.conn, QStringLiteral("import_contribution_updates"),
                                                  {QStringLiteral("period"), QStringLiteral("participant_id"), QStringLiteral("amount"),
                                                   QStringLiteral("paid_on"), QStringLiteral("channel")});
        if (!writer)
            return writer.error();
        storage::BulkWriter &w = **writer;
        for (const auto &[r, old] : rows) {
            w.addInt(r->period);
            w.addInt(r->participantId);
            w.addInt(r->amount);
            addDate(w, m_column[3] >= 0 ? r->paidOn : old->paidOn); // a column the file lacks keeps its value
            addChannel(w, m_column[4] >= 0 ? r->channel : old->channel);
            if (auto st = w.endRow(); !st)
                return st;
        }
        if (auto st = w.finish(); !st)
            return st;
    }
    storage::Query apply(m_ctx.conn, QStringLiteral(
        "UPDATE contributions SET amount = u.amount, paid_on = u.paid_on, channel = u.channel, batch_id = ? "
        "FROM import_contribution_updates u "
        "WHERE contributions.period = u.period AND contributions.participant_id = u.participant_id"));
    apply.bind(batchId);
    if (auto st = apply.exec(); !st)
        return st;
    return ddl(QStringLiteral("DROP TABLE import_contribution_updates"));
}

Status ContributionsProcessor::recordChanges(const std::vector<std::pair<const Row *, const Stored *>> &rows, qint64 batchId)
{
    if (rows.empty())
        return {};
    auto writer = storage::BulkWriter::create(m_ctx.db, m_ctx.conn, QStringLiteral("import_changes"),
                                              {QStringLiteral("batch_id"), QStringLiteral("table_name"), QStringLiteral("row_key"), QStringLiteral("before")});
    if (!writer)
        return writer.error();
    storage::BulkWriter &w = **writer;
    for (const auto &[r, old] : rows) {
        QJsonObject before{{QStringLiteral("amount"), old->amount}};
        before.insert(QStringLiteral("paid_on"), old->paidOn ? QJsonValue(isoDate(old->paidOn)) : QJsonValue(QJsonValue::Null));
        before.insert(QStringLiteral("channel"), old->channel >= 0 ? QJsonValue(QString::fromStdString(m_channels[size_t(old->channel)]))
                                                                   : QJsonValue(QJsonValue::Null));
        before.insert(QStringLiteral("batch_id"), old->batchId ? QJsonValue(old->batchId) : QJsonValue(QJsonValue::Null));
        w.addInt(batchId);
        w.addText(std::string_view("contributions"));
        w.addText(QStringLiteral("%1:%2").arg(old->period).arg(old->participantId));
        w.addText(QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)));
        if (auto st = w.endRow(); !st)
            return st;
    }
    return w.finish();
}

} // namespace perisai::imports
